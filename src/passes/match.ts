/** Finding keyword matches in one text, and the polarity of each match. Pure. */
import type { LangMatcher, Term, WordInfo } from '../codebook/compile.js';
import type { Polarity } from '../model/analysis.js';
import { reduplicated, tokenize, type Token } from '../text/tokenize.js';
import { NEGATION_BRIDGES, NEGATION_REACH } from '../text/cues.js';
import { accepts as acceptsForm } from '../text/word-form.js';

const accepts = (f: Parameters<typeof acceptsForm>[0], word: string, info: WordInfo) => acceptsForm(f, word, { root: info.stem, family: info.family });

export interface Match {
  term: Term;
  /** Token index range [first, last] (regex matches: the tokens they cover). */
  first: number;
  last: number;
  polarity: Polarity;
  /** For a limit: the cue words that limit it (a negation counts as its word). */
  cues?: string[];
}

interface Tok extends Token {
  stem: string;
  cue: string;
  /** Sentence index and clause index within the whole text. */
  sentence: number;
  clause: number;
  /** Clause starts with (or is) a contrast/concession marker. */
  marker?: 'contrast' | 'concession';
  limit: boolean;
  /** A plain negation (limits only its neighbours). */
  neg: boolean;
  /** Written reduplicated (tokenize.ts `reduplicated`). */
  redup: boolean;
}

/**
 * @param tokens `tokenize(text)`, when the caller has them already.
 * @param wordInfos `m.info` of each token, when the caller has them already.
 */
export function findMatches(text: string, m: LangMatcher, tokens?: Token[], wordInfos?: WordInfo[]): Match[] {
  const raw = tokens ?? tokenize(text);
  let infos = wordInfos;
  if (!infos) {
    infos = new Array<WordInfo>(raw.length);
    for (let i = 0; i < raw.length; i++) infos[i] = m.infoOf(raw[i]!);
  }
  const found: Omit<Match, 'polarity'>[] = [];
  for (let i = 0; i < raw.length; i++) {
    const info = infos[i]!;
    if (info.terms) for (const term of info.terms) found.push({ term, first: i, last: i });
    if (info.phrases) {
      for (const p of info.phrases) {
        const n = p.forms.length;
        if (i + n <= raw.length && p.forms.every((f, k) => accepts(f, raw[i + k]!.word, infos[i + k]!))) {
          found.push({ term: p.term, first: i, last: i + n - 1 });
        }
      }
    }
    if (info.prefixTerms) for (const term of info.prefixTerms) found.push({ term, first: i, last: i });
  }
  let ends: number[] | undefined; // token ends, for the few segments a regex matches in
  for (const group of m.regexes) {
    group.set.scan(text, (i, at, end) => {
      ends ??= raw.map((t) => t.end);
      const first = upper(ends, at);
      if (first >= raw.length) return;
      let last = first;
      while (last + 1 < raw.length && raw[last + 1]!.start < end) last++;
      found.push({ term: group.each[i]!.term, first, last });
    });
  }
  if (found.length === 0) return [];
  // clauses and cues only where something matched: most segments of a large corpus stop above
  const toks = annotate(text, raw, infos);
  const ix = buildIndex(toks, text, found);
  return found.map((f) => {
    // a keyword that names a shortfall is a limit wherever it stands, unless negated right before
    // it ("tidak pernah bocor", "no back door any more") or in a past left behind
    if (f.term.limit) {
      return leftBehind(f.first, f.last, infos) || negatedBefore(f.first, toks, infos, text)
        ? { ...f, polarity: 'support' } : { ...f, polarity: 'limit', cues: [toks.slice(f.first, f.last + 1).map((t) => t.word).join(' ')] };
    }
    const why = limitedBy(f, ix);
    return why ? { ...f, polarity: 'limit', cues: why } : { ...f, polarity: 'support' };
  });
}

/**
 * Whether a negation stands right before token `first`, or two words before with one of
 * NEGATION_BRIDGES between (*tidak pernah bocor*, *no longer goes straight to*), with no
 * punctuation between: not the negation of another word (*kalau tidak cocok langsung ke bupati*).
 */
function negatedBefore(first: number, toks: Tok[], infos: WordInfo[], text: string): boolean {
  const apart = (a: number) => holdsOneOf(text, toks[a]!.end, toks[a + 1]!.start, PUNCTUATION);
  const a = first - 1;
  if (a < 0 || apart(a)) return false;
  if (infos[a]!.negation) return true;
  return a > 0 && NEGATION_BRIDGES.has(toks[a]!.word) && !apart(a - 1) && infos[a - 1]!.negation;
}

/**
 * Whether tokens [first, last] lie in a past the text leaves behind: the last time marker before
 * them is a past (*dulu*, *awalnya*) and a turn (*sekarang*, *now*) follows them, as for cues.
 */
function leftBehind(first: number, last: number, infos: WordInfo[]): boolean {
  let before: WordInfo['time'];
  for (let i = first - 1; i >= 0 && !before; i--) before = infos[i]!.time;
  if (before !== 'past') return false;
  for (let i = last + 1; i < infos.length; i++) if (infos[i]!.time === 'now') return true;
  return false;
}

/**
 * The polarity of a whole text, for a code found without a keyword (by similarity): a limit when a
 * limiting cue stands anywhere in it (not cancelled: "tidak ada kendala" is no limit).
 */
const SEGMENT_POLARITY_TOKENS = 5000;

export function segmentPolarity(text: string, m: LangMatcher, tokens?: Token[], wordInfos?: WordInfo[]): { polarity: Polarity; cues: string[] } {
  // a code found by similarity in a very long segment: its polarity is read from the opening
  // (bounded work and memory: a 20 MB one-line transcript is one segment)
  const all = tokens ?? tokenize(text);
  const raw = all.length > SEGMENT_POLARITY_TOKENS ? all.slice(0, SEGMENT_POLARITY_TOKENS) : all;
  const infos = wordInfos ? wordInfos.slice(0, raw.length) : raw.map((t) => m.infoOf(t));
  const toks = annotate(text, raw, infos);
  const cues = [...new Set(toks.filter((t) => t.limit).map((t) => t.word))].sort();
  return cues.length ? { polarity: 'limit', cues } : { polarity: 'support', cues: [] };
}

/** ASCII characters as a table: 1 for those in `chars`. */
const asciiSet = (chars: string): Uint8Array => {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
};
/** What ends a sentence (and a clause) between two words. */
const SENTENCE_END = asciiSet('.!?;\n');
/** Punctuation that keeps a cue from the word before or after it. */
const PUNCTUATION = asciiSet('.,;:!?\n');

/** Whether `text` holds one of the ASCII characters of `set` in [from, to): a regex test of the slice, without the slice. */
function holdsOneOf(text: string, from: number, to: number, set: Uint8Array): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && set[c] === 1) return true;
  }
  return false;
}

/**
 * Tokens with stems, sentence and clause numbers, and limiting cues marked. Clauses end at sentence
 * punctuation and start at a contrast or concession marker; commas do not split them (spoken
 * Indonesian puts a comma at every pause: "kepercayaan warga, jujur, masih kurang"), except that a
 * concessive clause ends at its comma ("walaupun dana kurang, kami tetap rapat").
 */
function annotate(text: string, raw: Token[], infos: WordInfo[]): Tok[] {
  const toks: Tok[] = [];
  let sentence = 0;
  let clause = 0;
  let prevEnd = 0;
  let inConcession = false;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (i > 0 && holdsOneOf(text, prevEnd, t.start, SENTENCE_END)) {
      sentence++;
      clause++;
      inConcession = false;
    } else if (i > 0 && inConcession && /[,:()—–]|\s-\s/.test(text.slice(prevEnd, t.start))) {
      clause++;
      inConcession = false;
    }
    const info = infos[i]!;
    // "tetapi juga", "but also": the second half of "not only … but also", no contrast
    const marker = info.marker === 'contrast' && infos[i + 1]?.also ? undefined : info.marker;
    if (marker && i > 0 && toks[i - 1]!.clause === clause && !toks[i - 1]!.marker) clause++; // "rapat rutin tapi belum ..." splits at the marker
    if (marker === 'concession') inConcession = true;
    toks.push({ word: t.word, id: t.id, start: t.start, end: t.end, stem: info.stem, cue: info.cue, sentence, clause, marker, limit: false, neg: false, redup: reduplicated(t) });
    prevEnd = t.end;
  }
  markCues(toks, text, infos);
  // a clause's marker is the marker of its first token
  const clauseMarker = new Map<number, Tok['marker']>();
  for (const t of toks) if (!clauseMarker.has(t.clause)) clauseMarker.set(t.clause, t.marker);
  for (const t of toks) t.marker = clauseMarker.get(t.clause);
  return toks;
}

/**
 * Marks limiting cues. A negation and the cue after it cancel out — "tidak ada kendala", "tidak pernah
 * absen", "no problems" — as long as no punctuation stands between them.
 */
function markCues(toks: Tok[], text: string, infos: WordInfo[]): void {
  const unit: number[] = new Array<number>(toks.length).fill(-1);
  const negation = new Set<number>();
  let u = 0;
  for (let i = 0; i < toks.length; i++) {
    const info = infos[i]!;
    for (const p of info.limitPhrases ?? []) {
      if (p.every((s, k) => cueIs(toks[i + k], s))) {
        for (let k = 0; k < p.length; k++) if (unit[i + k] === -1) unit[i + k] = u;
        u++;
      }
    }
    if (unit[i] !== -1) continue;
    if ((info.limit && !info.unlessNext?.has(toks[i + 1]?.word ?? '')) || (info.redupLimit && toks[i]!.redup)) unit[i] = u++;
    // "tidak hanya", "not only": no negation
    else if (info.negation && !(infos[i + 1]?.only && !holdsOneOf(text, toks[i]!.end, toks[i + 1]!.start, PUNCTUATION))) {
      negation.add(u);
      unit[i] = u++;
    }
  }
  const cancelled = new Set<number>();
  // a past left behind: limits between "dulu" and a later "sekarang" are how it was
  let pastAt = -1;
  for (let i = 0; i < toks.length; i++) {
    const time = infos[i]!.time;
    if (time === 'past' && pastAt < 0) pastAt = i;
    else if (time === 'now' && pastAt >= 0) {
      for (let j = pastAt; j < i; j++) if (unit[j] !== -1) cancelled.add(unit[j]!);
      pastAt = -1;
    }
  }
  // a condition makes the cue within two words after it hypothetical: "kalau gagal", "if it fails"
  for (let i = 0; i < toks.length; i++) {
    if (!infos[i]!.condition) continue;
    for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
      if (holdsOneOf(text, toks[j - 1]!.end, toks[j]!.start, PUNCTUATION)) break;
      if (unit[j] !== -1) {
        cancelled.add(unit[j]!);
        break;
      }
    }
  }
  // a negation cancels the cue right after it ("tidak ada kendala", "tidak pernah absen", "no obstacle"),
  // not one before it ("curiga dan tidak percaya")
  for (let i = 0; i < toks.length; i++) {
    if (unit[i] === -1 || !infos[i]!.negation) continue;
    for (let j = i + 1; j <= i + 2 && j < toks.length; j++) {
      if (holdsOneOf(text, toks[j - 1]!.end, toks[j]!.start, PUNCTUATION)) break;
      if (unit[j] !== -1 && unit[j] !== unit[i]) {
        cancelled.add(unit[i]!);
        cancelled.add(unit[j]!);
        break;
      }
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const live = unit[i] !== -1 && !cancelled.has(unit[i]!);
    toks[i]!.limit = live && !negation.has(unit[i]!);
    toks[i]!.neg = live && negation.has(unit[i]!);
  }
}

/** Whether a token is the cue form `s` of a limiting phrase (`~form`: written reduplicated). */
function cueIs(t: Tok | undefined, s: string): boolean {
  if (!t) return false;
  return s.charCodeAt(0) === 126 ? t.redup && t.cue === s.slice(1) : t.cue === s;
}

/** The index of a negation within reach of the match, with no punctuation between them. */
function negated(toks: Tok[], first: number, last: number, text: string): number | undefined {
  const apart = (a: number, b: number) => holdsOneOf(text, toks[a]!.end, toks[b]!.start, PUNCTUATION);
  for (let i = Math.max(0, first - NEGATION_REACH); i < first; i++) if (toks[i]!.neg && !apart(i, first)) return i;
  for (let i = last + 1; i <= Math.min(toks.length - 1, last + NEGATION_REACH); i++) if (toks[i]!.neg && !apart(last, i)) return i;
  return undefined;
}

/** Lookups built once per segment so that each match's polarity costs O(log n), not O(n). */
interface Index {
  toks: Tok[];
  text: string;
  /** Per clause id: does it carry a limiting cue? */
  clauseLimit: boolean[];
  /** The limiting cue words of each clause that has any. */
  clauseCues: Map<number, string[]>;
  /** Token indices where a contrast clause begins, ascending. */
  contrastStarts: number[];
  /** Prefix sums of tokens that are cues or negations. */
  cueSum: number[];
  /** Indices of the tokens that are cues or negations, ascending. */
  cueAt: number[];
  /** Sentence number of each token (ascending). */
  sentences: number[];
  /** Matches sorted by first token, with their codes. */
  byFirst: Omit<Match, 'polarity'>[];
}

function buildIndex(toks: Tok[], text: string, all: Omit<Match, 'polarity'>[]): Index {
  const clauseLimit: boolean[] = [];
  const clauseCues = new Map<number, string[]>();
  const contrastStarts: number[] = [];
  const cueSum = [0];
  const cueAt: number[] = [];
  toks.forEach((t, i) => {
    if (t.limit) {
      clauseLimit[t.clause] = true;
      const l = clauseCues.get(t.clause);
      if (l) l.push(t.word);
      else clauseCues.set(t.clause, [t.word]);
    }
    if (t.marker === 'contrast' && (i === 0 || toks[i - 1]!.clause !== t.clause)) contrastStarts.push(i);
    cueSum.push(cueSum[i]! + (t.limit || t.neg ? 1 : 0));
    if (t.limit || t.neg) cueAt.push(i);
  });
  return { toks, text, clauseLimit, clauseCues, contrastStarts, cueSum, cueAt, sentences: toks.map((t) => t.sentence), byFirst: [...all].sort((a, b) => a.first - b.first) };
}

/** The first index in a sorted array whose value is greater than x. */
function upper(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `limit` when the match's clause carries a limiting cue, or a negation stands next to it, or when a
 * contrast that follows it ("..., tapi belum maksimal" / next sentence "Namun, ...") carries one and
 * names no other code (then the limit is about what came before). A concessive clause ("walaupun
 * dana kurang") limits only what is inside it.
 */
function limitedBy(f: Omit<Match, 'polarity'>, ix: Index): string[] | undefined {
  const { toks } = ix;
  const clause = toks[f.first]!.clause;
  const lastClause = toks[f.last]!.clause;
  // the cue words between two tokens (at most 5), found by binary search in the cue positions
  const cuesIn = (from: number, to: number) => {
    const out: string[] = [];
    for (let k = upper(ix.cueAt, from - 1); k < ix.cueAt.length && ix.cueAt[k]! <= to && out.length < 5; k++) out.push(toks[ix.cueAt[k]!]!.word);
    return out;
  };
  for (let c = clause; c <= lastClause; c++) if (ix.clauseLimit[c]) return ix.clauseCues.get(c);
  const neg = negated(toks, f.first, f.last, ix.text);
  if (neg !== undefined) return [toks[neg]!.word];
  const sentence = toks[f.first]!.sentence;
  // the first contrast after the match, in this sentence or opening the next one
  const k = upper(ix.contrastStarts, f.last);
  const from = ix.contrastStarts[k];
  if (from === undefined) return undefined;
  const ft = toks[from]!;
  const opensNext = ft.sentence === sentence + 1 && toks[from - 1]!.sentence === sentence;
  if (ft.clause === clause || !(ft.sentence === sentence || opensNext)) return undefined;
  // the contrasted part: to the next contrast or the end of that sentence
  let to = (ix.contrastStarts[k + 1] ?? toks.length) - 1;
  const sentenceEnd = upper(ix.sentences, ft.sentence) - 1;
  to = Math.min(to, sentenceEnd);
  if (ix.cueSum[to + 1]! - ix.cueSum[from]! === 0) return undefined;
  const firsts = ix.byFirst;
  let lo = 0;
  let hi = firsts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (firsts[mid]!.first < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < firsts.length && firsts[i]!.first <= to; i++) if (firsts[i]!.term.code !== f.term.code) return undefined;
  return cuesIn(from, to);
}
