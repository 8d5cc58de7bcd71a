/**
 * The evidence for each code in one text, before it is weighed: keyword hits (weighted by how
 * specific each keyword is), similarity to the code's definition, criteria and examples,
 * similarity to its exclusions and not-examples, the learned coder's log-odds, and the polarity
 * of the hits. Pure; `confidence.ts` turns evidence into a probability.
 */
import type { LangMatcher, Matcher, WordInfo } from '../codebook/compile.js';
import type { Polarity } from '../model/analysis.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { findMatches, segmentPolarity, type Match } from './match.js';
import type { Learner } from './learn.js';
import { limitProbability } from '../codebook/polarity-model.js';
import { mayHoldFrame, studyFrames } from '../text/frames.js';

export interface TermHit {
  raw: string;
  weight: number;
  /** 0–1: 1 for a keyword no other code's profile uses, less the more codes use its root. */
  specificity: number;
  /** How often it matched. */
  n: number;
  /** Matches in a limited clause. */
  limited: number;
  /** The keyword is a name of the code (names.ts). */
  name?: boolean;
  /** A name that stands among the text's first LEAD_WORDS words: the text is about the code it names. */
  lead?: boolean;
}

/**
 * How far into a text a name leads it: "Trust building was hindered by …", "Kondisi awal kolaborasi
 * ditandai oleh …", "Pada indikator komitmen terhadap proses, …". On the fit sets, of the names of a
 * dimension or of a code that was not the strongest, one there was the passage's code 21 times of 27,
 * one further in 2 times of 22.
 */
export const LEAD_WORDS = 8;

export interface Evidence {
  code: string;
  terms: TermHit[];
  /** Keyword score as before: distinct terms' weights, repeats adding less (written as `score`). */
  score: number;
  /** The same with each term's weight times its specificity. */
  specific: number;
  /** Cosine similarity to the code's profile and to its exclusions (leaf codes; 0 otherwise). */
  similarity: number;
  exclusion: number;
  /** The learned coder's log-odds for the code, when a learner is given. */
  learned?: number;
  polarity: Polarity;
  /** Why the polarity is a limit: the cue words of the clauses that limit it. */
  cues: string[];
  /** The learned polarity's P(limit) of the text, when the codebook has one (codebook/polarity-model.ts). */
  limitProbability?: number;
  /**
   * Set when the learned polarity decided against the cue rules: `limit` when it turned a support
   * into a limit, `support` when it overruled the cues of a limit. Never for a code matched by a
   * keyword the codebook marks `polarity: limit` or `support`: the codebook's word stands.
   */
  learnedPolarity?: 'limit' | 'support';
}

/**
 * The learned polarity decides only where it is sure: a support becomes a limit from P(limit) ≥
 * LEARNED_LIMIT (a support without a live cue, or one whose limited matches were outweighed by
 * supporting ones — flipping only the first kind lost 0.4–2.1 points of fit-set polarity); a limit
 * from cues becomes support at P(limit) ≤ LEARNED_SUPPORT.
 * Chosen on the fit sets (tune–dev4, cross-validated): 0.8 and 0.1 turned 45 polarities right and 11
 * wrong of 1,059; 0.7 alone (no overruling) 24 right and 9 wrong.
 */
export const LEARNED_LIMIT = 0.8;
export const LEARNED_SUPPORT = 0.1;

/** How many codes by similarity alone (without a keyword) become candidates. */
const SIMILAR_CANDIDATES = 3;
const SIMILARITY_FLOOR = 0.03;

/** Evidence for every candidate code of a text, in codebook order. */
export function gatherEvidence(text: string, lang: string, matcher: Matcher, tokens?: Token[], learner?: Learner): Evidence[] {
  const m = matcher.forLang(lang);
  const raw = tokens ?? tokenize(text);
  const infos: WordInfo[] = new Array<WordInfo>(raw.length);
  for (let i = 0; i < raw.length; i++) infos[i] = m.infoOf(raw[i]!);
  // the words of a sentence about the study (its aim, method, theory, a recommendation) are no evidence
  const framed = framedTokens(text, raw);
  const otherSenses: { first: number; last: number }[] = [];
  const found = withoutDimensionAsObject(findMatches(text, m, raw, infos, otherSenses), matcher.parents, text, raw);
  const matches = framed ? found.filter((mt) => !framed[mt.first]) : found;
  // nor are the words of a keyword used in another sense (*pembelajaran tatap muka*, *trust fund*),
  // unless another code's keyword holds them
  const skip = otherSenses.length ? withoutOtherSenseWords(framed, otherSenses, found, raw.length) : framed;
  const content = skip ? infos.filter((_, i) => !skip[i]) : infos;
  const byCode = new Map<string, Match[]>();
  for (const mt of matches) {
    const l = byCode.get(mt.term.code);
    if (l) l.push(mt);
    else byCode.set(mt.term.code, [mt]);
  }
  const sims = similarity(content, m);
  const roots = learner ? learner.roots(content) : undefined;
  const candidates = new Set(byCode.keys());
  if (sims) for (const i of mostSimilar(sims.pos, m.profiles.codes.length)) candidates.add(m.profiles.codes[i]!);
  if (learner && roots) for (const c of learner.likely(roots)) candidates.add(c);
  let segmentPol: { polarity: Polarity; cues: string[] } | undefined;
  let pLimit: number | undefined;
  const out: Evidence[] = [];
  for (const code of candidates) {
    if (!matcher.order.has(code)) continue;
    const ms = byCode.get(code) ?? [];
    const perTerm = new Map<string, TermHit>();
    let limit = 0;
    let support = 0;
    // a keyword the codebook marks `polarity: limit` or `support` says the polarity itself
    let marked = false;
    const cues = new Set<string>();
    for (const mt of ms) {
      if (mt.term.limit || mt.term.support) marked = true;
      let t = perTerm.get(mt.term.key);
      if (!t) {
        t = { raw: mt.term.raw, weight: mt.term.weight, specificity: mt.term.specificity, n: 0, limited: 0 };
        if (mt.term.name) t.name = true;
        perTerm.set(mt.term.key, t);
      }
      t.n++;
      if (t.name && mt.first < LEAD_WORDS) t.lead = true;
      if (mt.polarity === 'limit') {
        t.limited++;
        limit += mt.term.weight;
        for (const c of mt.cues ?? []) cues.add(c);
      } else support += mt.term.weight;
    }
    let score = 0;
    let specific = 0;
    for (const t of perTerm.values()) {
      const credit = t.weight * (1 + 0.5 * Math.log2(t.n));
      score += credit;
      specific += credit * t.specificity;
    }
    let polarity: Polarity;
    let why: string[];
    if (ms.length) {
      // limited where the limiting matches weigh at least as much as the others, or where the last
      // match is limited: a passage's last word on a code is its verdict ("Semua OPD tanda tangan
      // komitmen ... Tapi setelah itu anggaran dipotong"; "we coordinate better, but ... no")
      let last = ms[0]!;
      for (const mt of ms) if (mt.first > last.first) last = mt;
      polarity = (limit > 0 && limit >= support) || last.polarity === 'limit' ? 'limit' : 'support';
      why = polarity === 'limit' ? [...cues].sort() : [];
    } else {
      segmentPol ??= segmentPolarity(text, m, raw, infos);
      polarity = segmentPol.polarity;
      why = segmentPol.cues;
    }
    const k = m.profiles.codes.indexOf(code);
    const e: Evidence = {
      code, terms: [...perTerm.values()].sort((a, b) => (a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0)),
      score: Math.round(score * 100) / 100, specific,
      similarity: sims && k >= 0 ? sims.pos[k]! : 0,
      exclusion: sims && k >= 0 ? sims.neg[k]! : 0,
      polarity, cues: why,
    };
    const model = m.polarity();
    if (model) {
      const p = (pLimit ??= limitProbability(model, raw));
      e.limitProbability = p;
      if (!marked && (polarity === 'support' ? p >= LEARNED_LIMIT : p <= LEARNED_SUPPORT)) {
        e.polarity = polarity === 'support' ? 'limit' : 'support';
        e.learnedPolarity = e.polarity;
        // a support whose limited matches were outweighed: their cues are live, and now the reason shown
        if (e.polarity === 'limit' && cues.size) e.cues = [...cues].sort();
      }
    }
    if (learner && roots) e.learned = learner.logOdds(roots, code);
    out.push(e);
  }
  return out.sort((a, b) => matcher.order.get(a.code)! - matcher.order.get(b.code)!);
}

/** `framed` with the tokens of other-sense matches marked too, except those a kept match holds. */
function withoutOtherSenseWords(framed: Uint8Array | undefined, spans: { first: number; last: number }[], kept: Match[], n: number): Uint8Array {
  const other = new Uint8Array(n);
  for (const { first, last } of spans) other.fill(1, first, last + 1);
  for (const { first, last } of kept) other.fill(0, first, last + 1);
  if (framed) for (let i = 0; i < n; i++) other[i] |= framed[i]!;
  return other;
}

/** Per token, 1 when it stands in a sentence framed as the study's (text/frames.ts); undefined when none is. */
function framedTokens(text: string, raw: Token[]): Uint8Array | undefined {
  if (!mayHoldFrame(raw, text)) return undefined;
  const frames = studyFrames(text);
  if (!frames.length) return undefined;
  const out = new Uint8Array(raw.length);
  let f = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    while (f < frames.length && frames[f]!.end <= t.start) f++;
    if (f === frames.length) break;
    if (t.start >= frames[f]!.start) out[i] = 1;
  }
  return out;
}

/**
 * The matches less a dimension's name that is another code's object: inside another code's name
 * ("komitmen terhadap **proses** kolaborasi": the two names share *proses*) or at most
 * DIMENSION_OBJECT_GAP words after another code's match in the same sentence ("komitmen para pihak
 * terhadap proses kolaborasi", "commitment to the collaborative process", "transparansi proses
 * kolaborasi"): such a text is about that code. A dimension's name standing on its own still counts.
 */
function withoutDimensionAsObject(matches: Match[], parents: ReadonlySet<string>, text: string, raw: Token[]): Match[] {
  if (!parents.size) return matches;
  const ofAnother = (d: Match, o: Match) => o !== d && o.term.code !== d.term.code && !(o.term.name && parents.has(o.term.code));
  return matches.filter((d) => !(d.term.name && parents.has(d.term.code) && matches.some((o) => ofAnother(d, o) && (
    (o.term.name && o.first <= d.last && d.first <= o.last)
    || (o.last < d.first && d.first - o.last <= DIMENSION_OBJECT_GAP && !/[.!?;:]/.test(text.slice(raw[o.last]!.end, raw[d.first]!.start)))))));
}

/** How many words after another code's match a dimension's name is still that code's object (see above). */
const DIMENSION_OBJECT_GAP = 4;

/**
 * The indices of the SIMILAR_CANDIDATES highest of `pos[0..n)` at or above the floor, highest first
 * (ties: lower index first): what sorting them all would give, without the sorting.
 */
function mostSimilar(pos: Float64Array, n: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = pos[i]!;
    if (!(v >= SIMILARITY_FLOOR)) continue;
    let at = top.length;
    while (at > 0 && pos[top[at - 1]!]! < v) at--;
    if (at >= SIMILAR_CANDIDATES) continue;
    top.splice(at, 0, i);
    if (top.length > SIMILAR_CANDIDATES) top.pop();
  }
  return top;
}

/** Occurrences per root id, all 0 between calls of `similarity`. */
const rootCounts: number[] = [];
/** The similarities `similarity` returns, reused (read before the next call): one allocation, not two per segment. */
let posOut = new Float64Array(0);
let negOut = new Float64Array(0);

/**
 * Cosine similarity of the text's content roots to each profile (entries 0..codes − 1 of arrays
 * valid until the next call), or undefined for a text without content.
 */
function similarity(infos: WordInfo[], m: LangMatcher): { pos: Float64Array; neg: Float64Array } | undefined {
  const p = m.profiles;
  if (!p.codes.length) return undefined;
  // per root (bertemu and pertemuan are one root): how often, counted by the root's id in a reused
  // array (reset below), in order of first occurrence (the order a Map would keep: same sums)
  const firsts: WordInfo[] = [];
  for (const info of infos) {
    if (!info.content) continue;
    const id = info.stemId;
    while (rootCounts.length <= id) rootCounts.push(0);
    if (rootCounts[id] === 0) firsts.push(info);
    rootCounts[id]!++;
  }
  if (!firsts.length) return undefined;
  const n = p.codes.length;
  if (posOut.length < n) {
    posOut = new Float64Array(n);
    negOut = new Float64Array(n);
  }
  const pos = posOut.fill(0, 0, n);
  const neg = negOut.fill(0, 0, n);
  let norm = 0;
  for (const info of firsts) {
    const c = rootCounts[info.stemId]!;
    rootCounts[info.stemId] = 0;
    const v = info.vocab;
    const w = (1 + Math.log(c)) * (v ? v.idf : p.unknownIdf * 0.5);
    norm += w * w;
    if (!v) continue;
    for (const q of v.pos) pos[q.code] = pos[q.code]! + w * q.weight;
    for (const q of v.neg) neg[q.code] = neg[q.code]! + w * q.weight;
  }
  norm = Math.sqrt(norm);
  for (let i = 0; i < n; i++) {
    pos[i] = pos[i]! / norm;
    neg[i] = neg[i]! / norm;
  }
  return { pos, neg };
}
