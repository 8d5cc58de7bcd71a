/** Finding keyword matches in one text, and the polarity of each match. Pure. */
import type { LangMatcher, Term } from '../codebook/compile.js';
import type { Polarity } from '../model/analysis.js';
import { tokenize, type Token } from '../text/tokenize.js';

export interface Match {
  term: Term;
  /** Token index range [first, last] (regex matches: the tokens they cover). */
  first: number;
  last: number;
  polarity: Polarity;
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
}

export function findMatches(text: string, m: LangMatcher): Match[] {
  const raw = tokenize(text);
  const stems = raw.map((t) => m.stemOf(t.word));
  const found: Omit<Match, 'polarity'>[] = [];
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i]!.word;
    const st = stems[i]!;
    const w = m.words.get(st);
    if (w) for (const term of w) found.push({ term, first: i, last: i });
    const ph = m.phrases.get(st);
    if (ph) {
      for (const p of ph) {
        if (p.stems.every((s, k) => stems[i + k] === s)) found.push({ term: p.term, first: i, last: i + p.stems.length - 1 });
      }
    }
    for (const L of m.prefixLengths) {
      if (L > word.length) break;
      const pre = m.prefixes.get(word.slice(0, L));
      if (pre) for (const term of pre) found.push({ term, first: i, last: i });
    }
  }
  if (m.regexes.length) {
    const lower = text.toLowerCase();
    for (const { re, term } of m.regexes) {
      re.lastIndex = 0;
      for (const hit of lower.matchAll(re)) {
        const a = hit.index!;
        const b = a + Math.max(1, hit[0].length);
        const first = raw.findIndex((t) => t.end > a);
        if (first < 0) continue;
        let last = first;
        while (last + 1 < raw.length && raw[last + 1]!.start < b) last++;
        found.push({ term, first, last });
      }
    }
  }
  if (found.length === 0) return [];
  // clauses and cues only where something matched: most segments of a large corpus stop above
  const toks = annotate(text, raw, stems, m);
  return found.map((f) => ({ ...f, polarity: polarityOf(f, toks, found) }));
}

/** Tokens with stems, sentence and clause numbers, and limiting cues marked. */
function annotate(text: string, raw: Token[], stems: string[], m: LangMatcher): Tok[] {
  const toks: Tok[] = [];
  let sentence = 0;
  let clause = 0;
  let prevEnd = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const gap = text.slice(prevEnd, t.start);
    if (i > 0 && /[.!?;\n]/.test(gap)) { sentence++; clause++; }
    else if (i > 0 && /[,:()—–]|\s-\s/.test(gap)) clause++;
    let marker: Tok['marker'];
    if (m.contrast.has(t.word)) marker = 'contrast';
    else if (m.concession.has(t.word)) marker = 'concession';
    if (marker && i > 0 && toks[i - 1]!.clause === clause) clause++; // "rapat rutin tapi belum ..." splits at the marker
    toks.push({ word: t.word, start: t.start, end: t.end, stem: stems[i]!, cue: m.cueOf(t.word), sentence, clause, marker, limit: false });
    prevEnd = t.end;
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (m.limitWords.has(t.cue) || m.limitWords.has(t.word)) t.limit = true;
    for (const p of m.limitPhrases.get(t.cue) ?? []) {
      if (p.every((s, k) => toks[i + k]?.cue === s)) for (let k = 0; k < p.length; k++) toks[i + k]!.limit = true;
    }
  }
  // a clause's marker is the marker of its first token
  const clauseMarker = new Map<number, Tok['marker']>();
  for (const t of toks) if (!clauseMarker.has(t.clause)) clauseMarker.set(t.clause, t.marker);
  for (const t of toks) t.marker = clauseMarker.get(t.clause);
  return toks;
}

/**
 * `limit` when the match's clause carries a limiting cue, or when a contrast that follows it
 * ("..., tapi belum maksimal" / next sentence "Namun, ...") carries one and names no other code
 * (then the limit is about what came before). A concessive clause ("walaupun dana kurang") limits
 * only what is inside it.
 */
function polarityOf(f: Omit<Match, 'polarity'>, toks: Tok[], all: Omit<Match, 'polarity'>[]): Polarity {
  const clause = toks[f.first]!.clause;
  const clauseToks = toks.filter((t) => t.clause >= clause && t.clause <= toks[f.last]!.clause);
  if (clauseToks.some((t) => t.limit)) return 'limit';
  const sentence = toks[f.first]!.sentence;
  // the first contrastive clause after the match, in this sentence or opening the next one
  const next = toks.find((t, i) => i > f.last && t.marker === 'contrast' && t.clause !== clause && t.sentence <= sentence + 1 &&
    (t.sentence === sentence || toks[i - 1]?.sentence === sentence));
  if (!next) return 'support';
  const part = toks.map((t, i) => ({ t, i })).filter(({ t }) => t.clause === next.clause);
  if (!part.some(({ t }) => t.limit)) return 'support';
  const from = part[0]!.i;
  const to = part[part.length - 1]!.i;
  const otherCodeThere = all.some((o) => o.term.code !== f.term.code && o.first >= from && o.first <= to);
  return otherCodeThere ? 'support' : 'limit';
}
