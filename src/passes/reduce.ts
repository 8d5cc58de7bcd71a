/**
 * Data reduction (Miles & Huberman): keep the informants' substantive segments, drop interviewer
 * turns (kept as context), fillers and back-channels, greetings and closings, segments without
 * content words, and exact duplicates; report what was dropped and why. Pure.
 */
import { DROP_REASONS, type DropReason, type ReducedSegment, type ReducedTranscript } from '../model/analysis.js';
import type { Transcript } from '../model/transcript.js';
import { FILLERS, GREETINGS } from '../text/cues.js';
import { EDGE_PLEASANTRIES } from '../text/pleasantries.js';
import { normalizeText } from '../text/normalize.js';
import { isStopword } from '../text/stopwords.js';
import { tokenize, words, type Token } from '../text/tokenize.js';

export interface ReduceContext {
  /** Project language, used when a transcript does not say. */
  language: string;
}

export function reduceTranscript(t: Transcript, ctx: ReduceContext): ReducedTranscript {
  return reduceWithTokens(t, ctx).reduced;
}

/** reduceTranscript, and the tokens of each segment's normalised text (for coding without tokenising twice). */
export function reduceWithTokens(t: Transcript, ctx: ReduceContext): { reduced: ReducedTranscript; tokens: Token[][] } {
  const lang = t.meta.language ?? ctx.language;
  const seen = new SameWords();
  const tokens: Token[][] = [];
  const segments: ReducedSegment[] = t.segments.map((segment) => {
    const text = normalizeText(segment.text);
    const toks = tokenize(text);
    tokens.push(toks);
    const r: ReducedSegment = { segment, text, words: toks.length, kept: true };
    const reason = !segment.codable ? 'interviewer' : dropReason(toks.map((x) => x.word), lang);
    if (reason) {
      r.kept = false;
      r.reason = reason;
    } else if (!seen.add(toks)) {
      r.kept = false;
      r.reason = 'duplicate';
    }
    return r;
  });
  if (t.meta.method !== 'document' && t.meta.method !== 'observation') dropPleasantEdges(segments, tokens, lang);
  const dropped = Object.fromEntries(DROP_REASONS.map((d) => [d, 0])) as Record<DropReason, number>;
  for (const s of segments) if (s.reason) dropped[s.reason] += 1;
  const kept = segments.filter((s) => s.kept);
  const reduced: ReducedTranscript = {
    transcript: t,
    lang,
    segments,
    report: {
      transcript: t.meta.id,
      segments: segments.length,
      kept: kept.length,
      dropped,
      wordsBefore: segments.reduce((n, s) => n + s.words, 0),
      wordsAfter: kept.reduce((n, s) => n + s.words, 0),
    },
  };
  return { reduced, tokens };
}

/**
 * Segments told apart by their words (an exact duplicate is the same words in the same order),
 * without joining the words into a key: a hash over the tokens' lexicon ids, then a word-by-word
 * check of the segments with that hash. Joining cost a tenth of reducing the 40 MB bench corpus.
 */
class SameWords {
  private readonly byHash = new Map<number, Token[][]>();

  /** Adds the words of `toks`; false when the same words were added before. */
  add(toks: Token[]): boolean {
    let h = toks.length;
    for (const t of toks) h = Math.imul(h ^ (t.id >= 0 ? t.id : wordHash(t.word)), 0x01000193);
    const list = this.byHash.get(h);
    if (!list) {
      this.byHash.set(h, [toks]);
      return true;
    }
    if (list.some((other) => sameWords(other, toks))) return false;
    list.push(toks);
    return true;
  }
}

/** The same words in the same order: the same lexicon id, or the same word where the lexicon was full (id −1). */
function sameWords(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || (x.id < 0 && x.word !== y.word)) return false;
  }
  return true;
}

function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Small talk before the first and after the last substantive answer of an interview: the informant's
 * segments at either edge that hold only greetings, fillers, stop words and EDGE_PLEASANTRIES are
 * dropped as `greeting`. The scan stops at the first segment that says anything else, so no content
 * is lost; interviewer turns do not stop it.
 */
function dropPleasantEdges(segments: ReducedSegment[], tokens: Token[][], lang: string): void {
  const codable = segments.map((s, i) => i).filter((i) => segments[i]!.segment.codable);
  const scan = (order: number[]) => {
    for (const i of order) {
      const s = segments[i]!;
      if (!s.kept) continue;
      if (!onlyPleasantries(tokens[i]!, lang)) return;
      s.kept = false;
      s.reason = 'greeting';
    }
  };
  scan(codable);
  scan([...codable].reverse());
}

/** True when every word is part of a greeting, filler or edge pleasantry, or a stop word (stops at the first other word). */
function onlyPleasantries(toks: readonly Token[], lang: string): boolean {
  const { fillers, greetings, edges } = phrases(lang);
  const at = (i: number) => toks[i]?.word;
  for (let i = 0; i < toks.length; ) {
    const n = matchAt(at, i, greetings) || matchAt(at, i, edges) || matchAt(at, i, fillers);
    if (n) i += n;
    else if (isStopword(toks[i]!.word, lang) || /^\d+$/.test(toks[i]!.word)) i += 1;
    else return false;
  }
  return true;
}


/** Phrases (as words) by their first word, longest first within each word: one lookup per position. */
type PhraseIndex = Map<string, string[][]>;

interface PhraseSet {
  fillers: PhraseIndex;
  greetings: PhraseIndex;
  edges: PhraseIndex;
}

const phraseSets = new Map<string, PhraseSet>();

function phrases(lang: string): PhraseSet {
  let p = phraseSets.get(lang);
  if (!p) {
    const split = (l: string[]): PhraseIndex => {
      const index: PhraseIndex = new Map();
      for (const p of l.map((x) => words(x)).sort((a, b) => b.length - a.length)) {
        if (!p.length) continue;
        const list = index.get(p[0]!);
        if (list) list.push(p);
        else index.set(p[0]!, [p]);
      }
      return index;
    };
    const both = (lists: Record<string, string[]>) => split([...(lists[lang] ?? []), ...(lang === 'en' ? [] : lists.en ?? [])]);
    p = { fillers: both(FILLERS), greetings: both(GREETINGS), edges: both(EDGE_PLEASANTRIES) };
    phraseSets.set(lang, p);
  }
  return p;
}

/**
 * Why a segment without interviewer status would be dropped: only greetings (and fillers/stop words) →
 * greeting; only fillers (and stop words) → filler; no content word → no-content. Else undefined: keep.
 */
export function dropReason(ws: readonly string[], lang: string): DropReason | undefined {
  if (ws.length === 0) return 'no-content';
  const { fillers, greetings } = phrases(lang);
  const at = (k: number) => ws[k];
  let sawGreeting = false;
  let sawFiller = false;
  for (let i = 0; i < ws.length; ) {
    const g = matchAt(at, i, greetings);
    if (g) { sawGreeting = true; i += g; continue; }
    const f = matchAt(at, i, fillers);
    if (f) { sawFiller = true; i += f; continue; }
    if (!isStopword(ws[i]!, lang) && !/^\d+$/.test(ws[i]!)) return undefined; // a content word: keep
    i += 1;
  }
  if (sawGreeting) return 'greeting';
  if (sawFiller) return 'filler';
  return 'no-content';
}

/** The length of the longest phrase of `index` that starts at word `i` (words read through `at`), or 0. */
function matchAt(at: (i: number) => string | undefined, i: number, index: PhraseIndex): number {
  const first = at(i);
  const list = first === undefined ? undefined : index.get(first);
  if (!list) return 0;
  for (const p of list) if (p.every((w, k) => at(i + k) === w)) return p.length;
  return 0;
}
