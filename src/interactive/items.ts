/**
 * What the interactive coder shows, built from an analysis: every kept segment as an item (with the
 * automatic suggestions, their polarity and confidence, and other coders' codes), and what this
 * coder already decided for each (codings and `decided:` entries of their codings file). Pure.
 */
import { anchorQuote, fold } from '../codings/anchor.js';
import { segmentAt } from '../codings/resolve.js';
import type { Matcher } from '../codebook/compile.js';
import type { CodedSegment } from '../model/analysis.js';
import { labelOf, type Codebook } from '../model/codebook.js';
import { autoCodes } from '../passes/code.js';
import type { Learner } from '../passes/learn.js';
import { findMatches } from '../passes/match.js';
import { tokenize } from '../text/tokenize.js';
import type { CodeChoice, Decision, Item, Suggestion } from './state.js';

/**
 * @param minConfidence segments coded by hand get no automatic codes in an analysis (their hand
 *   codes are the evidence); the coder still sees suggestions for them, computed here.
 */
export function buildItems(segments: CodedSegment[], matcher: Matcher, lang: string, cb: Codebook, coder: string, minConfidence: number, learner?: Learner): Item[] {
  const items: Item[] = [];
  segments.forEach((s, i) => {
    const seg = s.reduced.segment;
    if (!s.reduced.kept) return;
    const handCoded = s.codes.some((c) => c.origin !== 'auto');
    const auto = handCoded ? autoCodes(s.reduced.text, s.lang, matcher, learner ? { minConfidence, learner } : { minConfidence }) : [...s.codes, ...s.suggestions].filter((c) => c.origin === 'auto');
    const codes = new Set(auto.map((c) => c.code));
    const toks = tokenize(s.reduced.text);
    const highlights = findMatches(s.reduced.text, matcher.forLang(s.lang))
      .filter((m) => codes.has(m.term.code))
      .map((m) => [toks[m.first]!.start, toks[m.last]!.end] as [number, number]);
    const prev = segments[i - 1];
    const item: Item = {
      transcript: s.transcript.meta.id, segment: seg.id, lines: seg.lines, text: s.reduced.text, highlights,
      suggestions: asSuggestions(auto, cb, lang),
    };
    const others: Record<string, string[]> = {};
    for (const c of s.codes) {
      const who = c.origin.startsWith('manual:') ? c.origin.slice(7) : undefined;
      if (who && who !== coder) (others[who] ??= []).push(c.code);
    }
    if (Object.keys(others).length) item.others = others;
    if (seg.speaker) item.speaker = seg.speaker;
    if (s.transcript.meta.informant) item.informant = s.transcript.meta.informant;
    if (prev && prev.transcript === s.transcript) item.previous = { text: prev.reduced.text, ...(prev.reduced.segment.speaker ? { speaker: prev.reduced.segment.speaker } : {}) };
    items.push(item);
  });
  return items;
}

function asSuggestions(auto: ReturnType<typeof autoCodes>, cb: Codebook, lang: string): Suggestion[] {
  return auto.map((c) => ({
    code: c.code, label: labelOf(cb.codes.find((x) => x.id === c.code)!, lang), terms: c.terms, polarity: c.polarity,
    ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
  }));
}

/** How many of the next undecided segments are re-ranked after each save (the rest when reached). */
export const RERANK_AHEAD = 50;

/**
 * The suggestions of the next undecided items after `from`, again, with a learner that has learned
 * from the codings saved so far: the coder's own decisions re-rank what comes next. Highlights stay.
 */
export function rerank(items: Item[], from: number, decided: ReadonlySet<string>, langOf: (segment: string) => string, matcher: Matcher, cb: Codebook, lang: string, minConfidence: number, learner: Learner): Item[] {
  let left = RERANK_AHEAD;
  return items.map((it, i) => (i <= from || left <= 0 || decided.has(it.segment) ? it
    : (left--, { ...it, suggestions: asSuggestions(autoCodes(it.text, langOf(it.segment), matcher, { minConfidence, learner }), cb, lang) })));
}

/** A `decided:` entry of the codings file, as written (memo included). */
export interface DecidedEntry {
  transcript: string;
  quote: string;
  line?: number;
  memo?: string;
}

/** Per segment id: this coder's codings (polarity, memo, quote) and decided entries, as the codings file holds them. */
export function savedDecisions(segments: CodedSegment[], decided: DecidedEntry[], coder: string): Record<string, Decision> {
  const out: Record<string, Decision> = {};
  for (const s of segments) {
    const seg = s.reduced.segment;
    const whole = fold(s.transcript.text.slice(seg.offsets[0], seg.offsets[1])).text;
    for (const c of s.codes.filter((x) => x.origin === `manual:${coder}`)) {
      const quote = c.terms[0] ?? '';
      const d = (out[seg.id] ??= { codes: [] });
      d.codes.push({ code: c.code, polarity: c.polarity, saved: quote, ...(c.memo ? { memo: c.memo } : {}), ...(fold(quote).text !== whole ? { quote } : {}) });
    }
  }
  const byTranscript = new Map(segments.map((s) => [s.transcript.meta.id, s.transcript]));
  for (const d of decided) {
    const t = byTranscript.get(d.transcript);
    if (!t) continue;
    const hit = anchorQuote(t.text, d.quote, d.line !== undefined ? { line: d.line } : {});
    const seg = hit.anchor && segmentAt(t.segments, hit.anchor.start, hit.anchor.end);
    if (!seg) continue;
    const at = (out[seg.id] ??= { codes: [] });
    if (d.memo) at.memo = d.memo;
  }
  return out;
}

/** The codebook as the coder sees it: labels, definitions and criteria in `lang`, and search text in every language. */
export function codeChoices(cb: Codebook, lang: string): CodeChoice[] {
  return cb.codes.map((c) => {
    const other = lang === 'id' ? 'en' : 'id';
    const choice: CodeChoice = {
      id: c.id, label: labelOf(c, lang), definition: (c.definition[lang] ?? c.definition[other] ?? '').replace(/\s+/g, ' ').trim(),
      include: c.include[lang] ?? c.include[other] ?? [], exclude: c.exclude[lang] ?? c.exclude[other] ?? [],
      search: [c.id, ...Object.values(c.label), ...Object.values(c.definition)].join(' \n ').toLowerCase(),
    };
    if (c.parent) choice.parent = c.parent;
    return choice;
  });
}
