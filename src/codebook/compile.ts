/**
 * Compiles a codebook once into a matcher whose cost per token does not grow with the number of
 * codes: hash lookups by stem (words), by first stem (phrases) and by raw prefix (prefix*); regexes
 * run once per segment. Stemming is the expensive step, so a word is stemmed only when it could
 * reduce to a stem the codebook cares about (see `couldReduceTo`); otherwise it stands for itself.
 */
import type { Codebook, Keyword } from '../model/codebook.js';
import { ancestors } from '../model/codebook.js';
import { reachableStem, stem } from '../text/stem.js';
import { words } from '../text/tokenize.js';
import { keywordKey } from './keyword.js';
import { compileKeywordRegex, type KeywordRegex } from './regex-engine.js';
import { CONCESSION, CONTRAST, LIMIT_CUES, NEGATIONS } from '../text/cues.js';

export interface Term {
  code: string;
  /** Normalised form: keywordKey. */
  key: string;
  raw: string;
  weight: number;
}

export interface RegexGroup {
  each: { re: KeywordRegex; term: Term }[];
}

export interface LangMatcher {
  lang: string;
  words: Map<string, Term[]>;
  phrases: Map<string, { stems: string[]; term: Term }[]>;
  prefixes: Map<string, Term[]>;
  prefixLengths: number[];
  /**
   * Regex keywords, in one group, each run on its own (linear-time engine: regex-engine.ts): a
   * combined alternation would clash on named groups and, in RE2JS, lose the literal prefilter.
   */
  regexes: RegexGroup[];
  /** Limiting cues: single stems and stemmed phrases (by first stem). */
  limitWords: Set<string>;
  limitPhrases: Map<string, string[][]>;
  /** Plain negations (cue forms): they limit only the words next to them. */
  negations: Set<string>;
  contrast: Set<string>;
  concession: Set<string>;
  /** Stem of a lower-case word, or the word itself when it cannot reduce to any stem of interest. */
  stemOf(word: string): string;
  /** Everything the matcher knows about a lower-case word, computed once per distinct word. */
  info(word: string): WordInfo;
  /**
   * The form limiting cues are compared in. Indonesian: the word without a clitic particle (-nya,
   * -lah, -kah, -pun), not the stem: "berkurang" (decreased) is good news, "kurang" (lacking) is not.
   * English: the stem.
   */
  cueOf(word: string): string;
}

/** What one distinct word means to a matcher: one lookup per token instead of one per table. */
export interface WordInfo {
  stem: string;
  cue: string;
  /** Terms whose single stem this is. */
  terms?: Term[];
  /** Phrases whose first stem this is. */
  phrases?: { stems: string[]; term: Term }[];
  /** prefix* terms the word starts with, shorter prefixes first. */
  prefixTerms?: Term[];
  marker?: 'contrast' | 'concession';
  /** A limiting cue by its cue form or as written. */
  limit: boolean;
  negation: boolean;
  /** Limiting-cue phrases starting with this cue form. */
  limitPhrases?: string[][];
}

export interface Matcher {
  codebook: Codebook;
  /** Ancestor ids of each code, root first. */
  paths: Map<string, string[]>;
  byLang: Map<string, LangMatcher>;
  /** Code order in the codebook (for stable sorting). */
  order: Map<string, number>;
  forLang(lang: string): LangMatcher;
}

export function compileCodebook(cb: Codebook): Matcher {
  const byLang = new Map<string, LangMatcher>();
  const langs = new Set<string>(['id', 'en']);
  for (const c of cb.codes) for (const k of c.keywords) langs.add(k.lang);
  for (const lang of langs) byLang.set(lang, compileLang(cb, lang));
  return {
    codebook: cb,
    byLang,
    order: new Map(cb.codes.map((c, i) => [c.id, i])),
    paths: new Map(cb.codes.map((c) => [c.id, ancestors(cb, c.id)])),
    forLang(lang: string) {
      return byLang.get(lang) ?? byLang.get('id')!;
    },
  };
}

function compileLang(cb: Codebook, lang: string): LangMatcher {
  const m: LangMatcher = {
    lang, words: new Map(), phrases: new Map(), prefixes: new Map(), prefixLengths: [], regexes: [],
    limitWords: new Set(), limitPhrases: new Map(), negations: new Set(), contrast: new Set(), concession: new Set(),
    stemOf: (w) => w,
    cueOf: (w) => w,
    info: () => { throw new Error('matcher not compiled'); },
  };
  const interesting = new Set<string>(); // stems the matcher looks up
  const push = <K, V>(map: Map<K, V[]>, k: K, v: V) => {
    const l = map.get(k);
    if (l) l.push(v);
    else map.set(k, [v]);
  };
  for (const code of cb.codes) {
    const seen = new Set<string>();
    for (const kw of code.keywords) {
      if (kw.lang !== lang) continue;
      const key = keywordKey(kw, stem, words);
      if (seen.has(key)) continue;
      seen.add(key);
      const term: Term = { code: code.id, key, raw: kw.raw, weight: kw.weight };
      addTerm(m, kw, term, interesting, push);
    }
  }
  m.prefixLengths = [...new Set([...m.prefixes.keys()].map((p) => p.length))].sort((a, b) => a - b);
  const cueList = [...(LIMIT_CUES[lang] ?? []), ...(cb.polarity[lang] ?? [])];
  for (const cue of cueList) {
    const forms = words(cue).map((w) => (lang === 'en' ? stem(w, lang) : stripParticle(w)));
    if (forms.length === 0) continue;
    if (lang === 'en') forms.forEach((f) => interesting.add(f));
    if (forms.length === 1) m.limitWords.add(forms[0]!);
    else push(m.limitPhrases, forms[0]!, forms);
  }
  for (const w of NEGATIONS[lang] ?? NEGATIONS.en!) m.negations.add(w);
  for (const w of CONTRAST[lang] ?? CONTRAST.en!) m.contrast.add(w);
  for (const w of CONCESSION[lang] ?? CONCESSION.en!) m.concession.add(w);
  m.stemOf = memoStem(lang, interesting);
  m.cueOf = lang === 'en' ? m.stemOf : stripParticle;
  m.info = memoInfo(m);
  return m;
}

function memoInfo(m: LangMatcher): (w: string) => WordInfo {
  const memo = new Map<string, WordInfo>();
  return (word: string): WordInfo => {
    let info = memo.get(word);
    if (info) return info;
    const st = m.stemOf(word);
    const cue = m.cueOf(word);
    info = { stem: st, cue, limit: m.limitWords.has(cue) || m.limitWords.has(word), negation: m.negations.has(word) };
    const terms = m.words.get(st);
    if (terms) info.terms = terms;
    const phrases = m.phrases.get(st);
    if (phrases) info.phrases = phrases;
    const prefixTerms: Term[] = [];
    for (const L of m.prefixLengths) {
      if (L > word.length) break;
      const pre = m.prefixes.get(word.slice(0, L));
      if (pre) prefixTerms.push(...pre);
    }
    if (prefixTerms.length) info.prefixTerms = prefixTerms;
    if (m.contrast.has(word)) info.marker = 'contrast';
    else if (m.concession.has(word)) info.marker = 'concession';
    const lp = m.limitPhrases.get(cue);
    if (lp) info.limitPhrases = lp;
    memo.set(word, info);
    return info;
  };
}

function addTerm(
  m: LangMatcher, kw: Keyword, term: Term, interesting: Set<string>,
  push: <K, V>(map: Map<K, V[]>, k: K, v: V) => void,
): void {
  switch (kw.kind) {
    case 'regex': {
      const re = compileKeywordRegex(kw.value);
      if ('problem' in re) return; // reported by the invalid-regex lint rule; never run
      if (m.regexes.length === 0) m.regexes.push({ each: [] });
      m.regexes[0]!.each.push({ re, term });
      return;
    }
    case 'prefix':
      push(m.prefixes, kw.value, term);
      return;
    default: {
      const stems = words(kw.value).map((w) => stem(w, kw.lang));
      if (stems.length === 0) return;
      stems.forEach((s) => interesting.add(s));
      if (stems.length === 1) push(m.words, stems[0]!, term);
      else push(m.phrases, stems[0]!, { stems, term });
    }
  }
}

/**
 * Which substrings betray that a word could reduce to stem S. Indonesian (Sastrawi) affix removal
 * leaves S inside the word, except that meN-/peN- recode S's first letter: p→m (pukul: memukul),
 * t→n (tulis: menulis), k→ng (kaji: mengaji), s→ny (sapu: menyapu). So the word contains S or a
 * recoded S. A Porter stem is the word's beginning except its last letter (happy → happi).
 * Looking these up by substring costs per distinct word, whatever the size of the codebook.
 */
export function telltales(s: string, lang: string): string[] {
  if (lang === 'en') return [s.length >= 4 ? s.slice(0, -1) : s];
  const out = [s];
  const rest = s.slice(1);
  const recode: Record<string, string> = { p: 'm', t: 'n', k: 'ng', s: 'ny' };
  const r = recode[s[0] ?? ''];
  if (r && rest) out.push(r + rest);
  return out;
}

function memoStem(lang: string, interesting: Set<string>): (w: string) => string {
  const marks = new Set<string>();
  // a stem no other word can reach needs no telltale: the word itself is looked up as it is
  for (const s of interesting) if (reachableStem(s, lang)) for (const t of telltales(s, lang)) marks.add(t);
  const lengths = [...new Set([...marks].map((c) => c.length))].sort((a, b) => a - b);
  const memo = new Map<string, string>();
  const prefixOnly = lang === 'en';
  const couldReduce = (w: string): boolean => {
    for (const L of lengths) {
      if (L > w.length) break;
      if (prefixOnly) {
        if (marks.has(w.slice(0, L))) return true;
        continue;
      }
      for (let i = 0; i + L <= w.length; i++) if (marks.has(w.substr(i, L))) return true;
    }
    return false;
  };
  return (w: string): string => {
    let s = memo.get(w);
    if (s === undefined) {
      s = couldReduce(w) ? stem(w, lang) : w;
      memo.set(w, s);
    }
    return s;
  };
}

/** Indonesian clitics that do not change meaning: kendalanya → kendala, belumlah → belum. */
export function stripParticle(w: string): string {
  const m = /^(.{3,}?)(nya|lah|kah|pun|ku|mu)$/.exec(w);
  return m ? m[1]! : w;
}
