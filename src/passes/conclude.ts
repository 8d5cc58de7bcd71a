/**
 * Prepares the conclusion draft's input: per code the triangulation status, who said what, and the
 * quotes to cite, chosen by the rules in chooseQuotes. Pure.
 */
import type { Matcher } from '../codebook/compile.js';
import { evidenceByCode, provenance, type Evidence } from '../analysis/evidence.js';
import { limitCues } from '../analysis/limit-cues.js';
import type { TriangulationRow } from '../analysis/triangulate.js';
import type { CodedSegment, ReducedTranscript } from '../model/analysis.js';
import { DROP_REASONS, type DropReason } from '../model/analysis.js';
import { depthOf, isLeaf, kindOf, labelOf, type Codebook } from '../model/codebook.js';
import type { ConclusionInput, Quote } from '../model/conclusion.js';
import type { Method } from '../model/transcript.js';
import { findMatches } from './match.js';
import { tokenize } from '../text/tokenize.js';

export interface ConcludeContext {
  lang: 'id' | 'en';
  coders: string[];
  auto: 'on' | 'suggest' | 'off';
  minGroups: number;
  minMethods: number;
  minConfidence: number;
  /** The compiled codebook: finds limit cues for a code in a candidate headline quote. */
  matcher?: Matcher;
}

/** Quotes per indicator in the draft. */
const SUPPORT_QUOTES = 3;
const LIMIT_QUOTES = 2;

export function prepareConclusions(
  reduced: ReducedTranscript[], segments: CodedSegment[], cb: Codebook, tri: TriangulationRow[], ctx: ConcludeContext,
): ConclusionInput {
  const ev = evidenceByCode(segments, cb);
  const triById = new Map(tri.map((t) => [t.code, t]));
  const byId = new Map(cb.codes.map((c) => [c.id, c]));
  const dropped = Object.fromEntries(DROP_REASONS.map((d) => [d, 0])) as Record<DropReason, number>;
  for (const r of reduced) for (const d of DROP_REASONS) dropped[d] += r.report.dropped[d];
  const kept = segments.filter((s) => s.reduced.kept);
  const quotes = chooseQuotes(cb, ev, ctx.matcher);
  return {
    lang: ctx.lang,
    codebook: { id: cb.id, title: cb.title[ctx.lang] ?? cb.title.id ?? cb.title.en ?? cb.id, references: cb.references },
    informants: reduced.map(({ transcript: { meta: m } }) => {
      const i: ConclusionInput['informants'][number] = { transcript: m.id, method: m.method };
      if (m.informant) i.informant = m.informant;
      if (m.role) i.role = m.role;
      if (m.group) i.group = m.group;
      if (m.date) i.date = m.date;
      return i;
    }),
    reduction: {
      segments: reduced.reduce((n, r) => n + r.report.segments, 0),
      kept: reduced.reduce((n, r) => n + r.report.kept, 0),
      wordsBefore: reduced.reduce((n, r) => n + r.report.wordsBefore, 0),
      wordsAfter: reduced.reduce((n, r) => n + r.report.wordsAfter, 0),
      dropped,
    },
    coded: {
      segments: kept.length, coded: kept.filter((s) => s.codes.length).length, coders: ctx.coders, auto: ctx.auto,
      minConfidence: ctx.minConfidence,
    },
    triangulation: { minGroups: ctx.minGroups, minMethods: ctx.minMethods },
    indicators: cb.codes.map((code) => {
      const t = triById.get(code.id)!;
      const list = ev.get(code.id)!;
      const parent = code.parent ? byId.get(code.parent) : undefined;
      const chosen = quotes.get(code.id)!;
      const ind: ConclusionInput['indicators'][number] = {
        id: code.id,
        label: labelOf(code, ctx.lang),
        kind: kindOf(cb, code.id),
        depth: depthOf(cb, code.id),
        isLeaf: isLeaf(cb, code),
        status: t.status,
        segments: t.segments,
        informants: t.informants,
        groups: t.groupList,
        methods: t.methodList as Method[],
        support: t.support,
        limit: t.limit,
        supportGroups: t.supportGroups,
        supportMethods: t.supportMethods as Method[],
        limitGroups: t.limitGroups,
        limitMethods: t.limitMethods as Method[],
        autoOnly: t.autoOnly,
        kappa: t.kappa,
        supportFrom: sources(list.filter((e) => e.polarity === 'support')),
        limitFrom: sources(list.filter((e) => e.polarity === 'limit')),
        supportQuotes: chosen.support.map(quoteOf),
        limitQuotes: chosen.limit.map((e) => withLimitWords(quoteOf(e), e, code.id, ctx.matcher)),
      };
      const def = code.definition[ctx.lang] ?? code.definition.id ?? code.definition.en;
      if (def) ind.definition = def;
      if (parent) ind.parentLabel = labelOf(parent, ctx.lang);
      return ind;
    }),
  };
}

function citeAs(e: Evidence): string {
  const m = e.segment.transcript.meta;
  return m.role ?? m.informant ?? m.id;
}

function sources(list: Evidence[]): string[] {
  return [...new Set(list.map(citeAs))];
}

/**
 * The quotes of the draft, per code. The rules:
 * - a supporting quote has support polarity and no limit cue for the code (no keyword of the code,
 *   or of a sub-code, sits in a limiting clause), so a section never opens on a limit;
 * - a segment is quoted under at most one indicator (leaves with the fewest candidates choose first,
 *   then in codebook order; supporting quotes before limiting ones), except that an indicator whose
 *   every limit is quoted elsewhere still gets one limit quote;
 * - a quote with no limiting cue at all before one with cues elsewhere in it; then hand-coded
 *   evidence before automatic, higher confidence, higher score, earlier segment;
 * - different stakeholder groups first, then different informants, then the rest.
 * Parent codes (dimensions) get quotes from their own evidence without taking any from the leaves.
 */
export function chooseQuotes(cb: Codebook, ev: Map<string, Evidence[]>, matcher?: Matcher): Map<string, { support: Evidence[]; limit: Evidence[] }> {
  const out = new Map(cb.codes.map((c) => [c.id, { support: [] as Evidence[], limit: [] as Evidence[] }]));
  const family = (id: string) => new Set([id, ...cb.codes.filter((c) => matcher?.paths.get(c.id)?.includes(id)).map((c) => c.id)]);
  // the codes whose keywords sit in a limiting clause, once per segment (a segment may be long)
  const limitedCodes = new Map<string, ReadonlyMap<string, string>>();
  const limitedIn = (e: Evidence): ReadonlyMap<string, string> => {
    let codes = limitedCodes.get(segmentId(e));
    if (!codes) limitedCodes.set(segmentId(e), (codes = matcher ? limitedMatches(e, matcher) : new Map()));
    return codes;
  };
  const free = new Map<string, boolean>();
  const cueFree = (e: Evidence): boolean => {
    let v = free.get(segmentId(e));
    if (v === undefined) free.set(segmentId(e), (v = limitCues(quoted(e)) === 0));
    return v;
  };
  const supportable = (id: string) => {
    const codes = [...family(id)];
    return ev.get(id)!.filter((e) => e.polarity === 'support' && !codes.some((c) => limitedIn(e).has(c)));
  };
  const leaves = cb.codes.filter((c) => isLeaf(cb, c));
  const candidates = new Map(leaves.map((c) => [c.id, supportable(c.id)]));
  const order = [...leaves].sort((a, b) => candidates.get(a.id)!.length - candidates.get(b.id)!.length);
  const used = new Set<string>();
  const take = (list: Evidence[], n: number): Evidence[] => {
    const picked = pick(list.filter((e) => !used.has(segmentId(e))), n, cueFree);
    for (const e of picked) used.add(segmentId(e));
    return picked;
  };
  for (const c of order) out.get(c.id)!.support = take(candidates.get(c.id)!, SUPPORT_QUOTES);
  for (const c of leaves) {
    const limits = ev.get(c.id)!.filter((e) => e.polarity === 'limit');
    // a limit quoted elsewhere is still better than none: the suggestion for this indicator names it
    const chosen = take(limits, LIMIT_QUOTES);
    out.get(c.id)!.limit = chosen.length ? chosen : pick(limits, 1, cueFree);
  }
  for (const c of cb.codes) {
    if (isLeaf(cb, c)) continue;
    out.set(c.id, { support: pick(supportable(c.id), SUPPORT_QUOTES, cueFree), limit: pick(ev.get(c.id)!.filter((e) => e.polarity === 'limit'), LIMIT_QUOTES, cueFree) });
  }
  return out;
}

const segmentId = (e: Evidence): string => e.segment.reduced.segment.id;

/**
 * The part of a segment a supporting quote can show: the draft shortens a quote to about sixty words
 * from its start, so the cues that matter are in its first characters. Keeps a transcript of one
 * 20 MB segment from being searched again.
 */
const QUOTED_CHARS = 2000;
const quoted = (e: Evidence): string => {
  const t = e.segment.reduced.text;
  return t.length <= QUOTED_CHARS ? t : t.slice(0, t.lastIndexOf(' ', QUOTED_CHARS) + 1 || QUOTED_CHARS);
};

/** Best first (no limit cue, hand, confidence, score, order); new groups first, then new informants, then the rest; at most n. */
function pick(list: Evidence[], n: number, cueFree: (e: Evidence) => boolean): Evidence[] {
  const clean = new Map(list.map((e) => [e, e.polarity === 'limit' || cueFree(e)]));
  const ranked = [...list].sort((a, b) =>
    Number(clean.get(b)) - Number(clean.get(a)) ||
    Number(b.coders.length > 0) - Number(a.coders.length > 0) ||
    (b.confidence ?? 0) - (a.confidence ?? 0) ||
    b.score - a.score || order(a) - order(b));
  const chosen: Evidence[] = [];
  const groups = new Set<string>();
  const informants = new Set<string>();
  const group = (e: Evidence) => e.segment.transcript.meta.group ?? e.segment.transcript.meta.id;
  const passes: ((e: Evidence) => boolean)[] = [
    (e) => !groups.has(group(e)) && !informants.has(e.segment.transcript.meta.id),
    (e) => !informants.has(e.segment.transcript.meta.id),
    () => true,
  ];
  for (const ok of passes) {
    for (const e of ranked) {
      if (chosen.length >= n) return chosen;
      if (chosen.includes(e) || !ok(e)) continue;
      chosen.push(e);
      groups.add(group(e));
      informants.add(e.segment.transcript.meta.id);
    }
  }
  return chosen;
}

/** One piece of evidence as a citable quote (whole segment text, lines, source, coder). */
export function quoteOf(e: Evidence): Quote {
  const m = e.segment.transcript.meta;
  const seg = e.segment.reduced.segment;
  const q: Quote = {
    text: e.segment.reduced.text, segment: seg.id, transcript: m.id, citeAs: citeAs(e), method: m.method,
    lines: [seg.lines[0], seg.lines[1]], polarity: e.polarity, codedBy: provenance(e), hand: e.coders.length > 0,
  };
  if (m.informant) q.informant = m.informant;
  if (m.group) q.group = m.group;
  if (m.date) q.date = m.date;
  return q;
}

/**
 * The codes whose keywords sit in a limiting clause of the part of the segment a quote shows, each
 * with the words of its first such match (in the order the matcher finds them) as the text writes them.
 */
function limitedMatches(e: Evidence, matcher: Matcher): Map<string, string> {
  const text = quoted(e);
  const tokens = tokenize(text);
  const out = new Map<string, string>();
  for (const m of findMatches(text, matcher.forLang(e.segment.lang), tokens)) {
    if (m.polarity === 'limit' && !out.has(m.term.code)) out.set(m.term.code, text.slice(tokens[m.first]!.start, tokens[m.last]!.end));
  }
  return out;
}

/** A limit quote with the words of the first limited keyword match of the code (or of a sub-code), if there is one. */
function withLimitWords(q: Quote, e: Evidence, code: string, matcher: Matcher | undefined): Quote {
  if (!matcher) return q;
  for (const [c, words] of limitedMatches(e, matcher)) {
    if (c === code || matcher.paths.get(c)?.includes(code)) return { ...q, limitWords: words };
  }
  return q;
}

function order(e: Evidence): number {
  return e.segment.reduced.segment.n;
}
