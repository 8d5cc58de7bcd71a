/**
 * Compiles a codebook once into a matcher whose cost per token does not grow with the number of
 * codes: hash lookups by stem (words), by first stem (phrases) and by raw prefix (prefix*); regexes
 * run once per segment. Stemming is the expensive step, so a word is stemmed only when it could
 * reduce to a stem the codebook cares about (see `couldReduceTo`); otherwise it stands for itself.
 */
import type { Codebook, Keyword, LabelledText } from '../model/codebook.js';
import { ancestors, codebookLanguages } from '../model/codebook.js';
import { reachableStem } from '../text/stem.js';
import { accepts, stripParticle, termForm, termKey, textForm, type TermForm, type TextForm } from '../text/word-form.js';
import { reduplicated, tokenize, words, type Token } from '../text/tokenize.js';
import { keywordKey } from './keyword.js';
import { nameKeywords } from './names.js';
import { compileKeywordRegex, RegexSet, type KeywordRegex } from './regex-engine.js';
import { LiteralScan } from './literal-scan.js';
import {
  ALSO, CANCELLERS, CAUSES, CONCESSION, CONDITION, CONTRAST, CORRECTIVES, CUE_EXCEPTIONS, FAST, FEW, FIXED_AFTER_NEGATION, LIMIT_CUES, NEGATING_CUES,
  CONSEQUENCE, NEGATION_BRIDGES, NEGATIONS, NOW, ONLY, PAST, RELATIVE, REMEDY, STOPPING_CUES, VANISH_DENIERS, VANISHING,
} from '../text/cues.js';
import { isStopword } from '../text/stopwords.js';
import { buildProfiles, type Profiles } from './profile.js';
import { trainPolarity, type PolarityModel } from './polarity-model.js';
import { normalizeText } from '../text/normalize.js';

export interface Term {
  code: string;
  /** Normalised form: keywordKey. */
  key: string;
  raw: string;
  weight: number;
  /** Word keywords: the root and the forms of it the keyword accepts. */
  form?: TermForm;
  /**
   * 0–1: how much this keyword tells one code from the others. A word keyword loses by the square
   * root of the number of codes with a keyword on its root, and again when most codes' definitions
   * and examples use the root (kolaborasi, masyarakat); phrases, prefixes and regexes count fully.
   */
  specificity: number;
  /** The keyword is one of the code's names (names.ts): the text names the code. */
  name?: boolean;
  /** `polarity: limit`: every match is a limit (Keyword.limit). */
  limit?: boolean;
  /** `polarity: support`: its own words are no cue for it (Keyword.support). */
  support?: boolean;
  /** Roots of the `unless:` words: one in the match's sentence drops the match (Keyword.unless). */
  unless?: Set<string>;
  /** Substrings a word must hold to reduce to one of those roots (telltales): most words are not stemmed. */
  unlessMarks?: string[];
  /** The `unless:` phrases, each as its words (lower case, as written): a match inside one is dropped (Keyword.unless). */
  unlessPhrases?: string[][];
}

export interface RegexGroup {
  each: { re: KeywordRegex; term: Term }[];
  /** The regexes of `each`, run together (one scan of a text for all their prefilters). */
  set: RegexSet;
}

export interface LangMatcher {
  lang: string;
  /** Word terms by root. */
  words: Map<string, Term[]>;
  /** Phrase terms by their first word's root. */
  phrases: Map<string, Phrase[]>;
  prefixes: Map<string, Term[]>;
  prefixLengths: number[];
  /**
   * Regex keywords, in one group, each run on its own (linear-time engine: regex-engine.ts): a
   * combined alternation would clash on named groups and, in RE2JS, lose the literal prefilter.
   */
  regexes: RegexGroup[];
  /**
   * The learned polarity of this language's labelled passages (undefined with too few of them),
   * trained on first use: lint, kwic and a worker that codes nothing never pay for it.
   */
  polarity(): PolarityModel | undefined;
  /** What each leaf code is about, by root (definitions, criteria, examples): see profile.ts. */
  profiles: Profiles;
  /** Limiting cues: single stems and stemmed phrases (by first stem). */
  limitWords: Set<string>;
  /**
   * Cues written reduplicated (*sendiri-sendiri*, *beda-beda*): the tokenizer reduces them to their
   * base, but *sendiri* alone (*malu sendiri*) is no limit, so they limit only a reduplicated word.
   * In `limitPhrases` such a word is written with a leading `~`.
   */
  redupLimitWords: Set<string>;
  limitPhrases: Map<string, string[][]>;
  /** Plain negations (cue forms): they limit only the words next to them. */
  negations: Set<string>;
  contrast: Set<string>;
  concession: Set<string>;
  /** Time markers: a past left behind ("dulu … sekarang") cancels the limits in between. */
  past: Set<string>;
  now: Set<string>;
  /** Conditions and remedies (cues.ts CONDITION, REMEDY): a cue right after one is hypothetical or being overcome. */
  condition: Set<string>;
  /** Words that open a condition's consequence (cues.ts CONSEQUENCE): a condition reaches no further. */
  consequence: Set<string>;
  /** Relative words (cues.ts RELATIVE): before a past marker they open how something used to be. */
  relative: Set<string>;
  /** A cue (cue form) → the words after which it does not limit (cues.ts CUE_EXCEPTIONS). */
  cueExceptions: Map<string, Set<string>>;
  /** "Not only … but also" (cues.ts ONLY, ALSO). */
  only: Set<string>;
  also: Set<string>;
  /** After a word of `only`, a shortfall (cues.ts FEW). */
  few: Set<string>;
  /** Negations that only cancel (cues.ts CANCELLERS). */
  cancellers: Set<string>;
  /** The WORD_FLAGS a word sets, by the word as written and by its cue form (for tables compared by cue form). */
  flagsByWord: Map<string, WordFlag[]>;
  flagsByCue: Map<string, WordFlag[]>;
  /** Root and family of a lower-case word; the word itself when it cannot reduce to any root of interest. */
  formOf(word: string): TextForm;
  /** Everything the matcher knows about a lower-case word, computed once per distinct word. */
  info(word: string): WordInfo;
  /** `info` of a token's word, found by its lexicon id (no string hashing). */
  infoOf(token: Token): WordInfo;
  /**
   * The form limiting cues are compared in. Indonesian: the word without a clitic particle (-nya,
   * -lah, -kah, -pun), not the stem: "berkurang" (decreased) is good news, "kurang" (lacking) is not.
   * English: the stem.
   */
  cueOf(word: string): string;
}

export interface Phrase {
  forms: TermForm[];
  term: Term;
}

/** What one distinct word means to a matcher: one lookup per token instead of one per table. */
export interface WordInfo {
  /** The word's root (Indonesian) or stem (English); the word itself when it cannot reduce to a root of interest. */
  stem: string;
  /** A small number for the stem, the same for every word with this stem (counting by root without a Map). */
  stemId: number;
  /** Affix family of the word (Indonesian; `root` elsewhere). */
  family: TextForm['family'];
  cue: string;
  /** Word terms that accept this word. */
  terms?: Term[];
  /** Phrases whose first word's root this is (each word of a phrase is checked with `accepts`). */
  phrases?: Phrase[];
  /** prefix* terms the word starts with, shorter prefixes first. */
  prefixTerms?: Term[];
  marker?: 'contrast' | 'concession';
  /** A time marker: `past` (dulu, at first) or `now` (sekarang, now). */
  time?: 'past' | 'now';
  /** A condition (kalau, jika, if): the cue right after it is hypothetical. */
  condition?: boolean;
  /** Opens a condition's consequence (*kalau mudik ya nggak berani*): the condition stops before it. */
  consequence?: boolean;
  /** A relative word (*yang*): with a past marker after it, how something used to be (*yang dulu bocor*). */
  relative?: boolean;
  /** A limiting cue by its cue form or as written. */
  limit: boolean;
  /** A limiting cue when the word was written reduplicated (LangMatcher.redupLimitWords). */
  redupLimit?: boolean;
  /** Words after which this limiting cue does not limit (LangMatcher.cueExceptions). */
  unlessNext?: Set<string>;
  negation: boolean;
  /** After a negation: "not only" (no negation). */
  only?: boolean;
  /** A negation that cancels a cue after it but limits nothing itself (cues.ts CANCELLERS). */
  canceller?: boolean;
  /** After a comma, a negation that sets right rather than denies (cues.ts CORRECTIVES). */
  corrective?: boolean;
  /** A word a negation reaches across: *pernah*, *lagi*, *would* (cues.ts NEGATION_BRIDGES). */
  bridge?: boolean;
  /** After a negation, the end of a fixed expression: *tidak tertulis* (cues.ts FIXED_AFTER_NEGATION). */
  fixesNegation?: boolean;
  /** Between ONLY and a number, speed or cost: *hanya dalam dua minggu* (cues.ts FAST). */
  fast?: boolean;
  /** A shortfall before it in the clause is gone: *kecurigaan itu hilang* (cues.ts VANISHING). */
  vanishing?: boolean;
  /** A limiting cue that negates only a shortfall right after it: *berhenti, jarang, stopped* (cues.ts STOPPING_CUES). */
  stopping?: boolean;
  /** A word of cause: *karena, because* (cues.ts CAUSES). */
  cause?: boolean;
  /** Denies a vanishing right after it: *belum (hilang)* (cues.ts VANISH_DENIERS). */
  deniesVanishing?: boolean;
  /** After one of ONLY, a shortfall: a number or one of FEW ("hanya sekali", "only three"). */
  few?: boolean;
  /** After a contrast: "but also" (no contrast). */
  also?: boolean;
  /** Limiting-cue phrases starting with this cue form. */
  limitPhrases?: string[][];
  /** A word with content (not a stop word, a number or shorter than 3 letters): counts for similarity. */
  content: boolean;
  /** The word's root in the code profiles, if any profile uses it. */
  vocab?: Profiles['vocab'] extends Map<string, infer V> ? V : never;
}

/**
 * WordInfo flags read from a per-language table of cues.ts: set when the word as written is in it, or,
 * with `byCue`, when its cue form is (`true`: the table's words as they are; `'stem'`: in English by
 * their stem, as LIMIT_CUES are compared). `fallback`: a language without a table uses the English one.
 */
type WordFlag = 'corrective' | 'bridge' | 'fixesNegation' | 'fast' | 'vanishing' | 'stopping' | 'cause' | 'deniesVanishing';
const WORD_FLAGS: readonly { flag: WordFlag; table: Record<string, string[]>; fallback?: boolean; byCue?: true | 'stem' }[] = [
  { flag: 'corrective', table: CORRECTIVES },
  { flag: 'bridge', table: NEGATION_BRIDGES, fallback: true },
  { flag: 'fixesNegation', table: FIXED_AFTER_NEGATION },
  { flag: 'fast', table: FAST, fallback: true, byCue: true },
  { flag: 'vanishing', table: VANISHING, fallback: true, byCue: 'stem' },
  { flag: 'stopping', table: STOPPING_CUES },
  { flag: 'cause', table: CAUSES },
  { flag: 'deniesVanishing', table: VANISH_DENIERS },
];

export interface Matcher {
  codebook: Codebook;
  /** Ancestor ids of each code, root first. */
  paths: Map<string, string[]>;
  /** Code order in the codebook (for stable sorting). */
  order: Map<string, number>;
  /** Codes that have children. */
  parents: Set<string>;
  /** The matcher of a language (the codebook's languages, else Indonesian), compiled on first use. */
  forLang(lang: string): LangMatcher;
}

export function compileCodebook(cb: Codebook): Matcher {
  const byLang = new Map<string, LangMatcher>();
  const langs = new Set(codebookLanguages(cb));
  // each language compiled when first asked for: an Indonesian corpus never pays for the English
  // matcher (compiling both took a worker thread half a second before its first transcript)
  return {
    codebook: cb,
    order: new Map(cb.codes.map((c, i) => [c.id, i])),
    parents: new Set(cb.codes.flatMap((c) => (c.parent ? [c.parent] : []))),
    paths: new Map(cb.codes.map((c) => [c.id, ancestors(cb, c.id)])),
    forLang(lang: string) {
      const l = langs.has(lang) ? lang : 'id';
      let m = byLang.get(l);
      if (!m) byLang.set(l, (m = compileLang(cb, l)));
      return m;
    },
  };
}

/**
 * The codebook's passages of a language with a polarity, then its polarity corpus's, cleaned up as
 * transcripts are (curly quotes, whitespace: normalize.ts); each text once, with its first label
 * (lint warns of a text labelled both ways).
 */
function labelledPassages(cb: Codebook, lang: string): LabelledText[] {
  const seen = new Set<string>();
  const out: LabelledText[] = [];
  for (const p of [...cb.codes.flatMap((c) => c.passages ?? []), ...(cb.polarityCorpus ?? [])]) {
    if (p.lang !== lang || !p.polarity) continue;
    const text = normalizeText(p.text);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ lang, text, polarity: p.polarity });
  }
  return out;
}

function compileLang(cb: Codebook, lang: string): LangMatcher {
  const m: LangMatcher = {
    lang, words: new Map(), phrases: new Map(), profiles: { codes: [], vocab: new Map(), unknownIdf: 1 }, prefixes: new Map(), prefixLengths: [], regexes: [],
    limitWords: new Set(), redupLimitWords: new Set(), limitPhrases: new Map(), negations: new Set(), contrast: new Set(), concession: new Set(), past: new Set(), now: new Set(), condition: new Set(), consequence: new Set(), relative: new Set(), only: new Set(), few: new Set(), also: new Set(), cancellers: new Set(),
    flagsByWord: new Map(), flagsByCue: new Map(), cueExceptions: new Map(),
    formOf: (w) => ({ root: w, family: 'root' }),
    cueOf: (w) => w,
    info: () => { throw new Error('matcher not compiled'); },
    infoOf: () => { throw new Error('matcher not compiled'); },
    polarity: () => undefined,
  };
  const interesting = new Set<string>(); // stems the matcher looks up
  const push = <K, V>(map: Map<K, V[]>, k: K, v: V) => {
    const l = map.get(k);
    if (l) l.push(v);
    else map.set(k, [v]);
  };
  for (const code of cb.codes) {
    const seen = new Set<string>();
    // names first: a keyword written the same way is then the name
    const names = nameKeywords(code, lang);
    // a name keeps the `unless:` of the keyword written the same way (*hasil sementara* of a vote count)
    const unlessOf = new Map(code.keywords.filter((k) => k.lang === lang && k.unless && k.kind !== 'regex').map((k) => [words(k.value).join(' '), k.unless!]));
    for (const kw of [...names, ...code.keywords]) {
      if (kw.lang !== lang) continue;
      const key = keywordKey(kw, termKey, words);
      if (seen.has(key)) continue;
      seen.add(key);
      const term: Term = { code: code.id, key, raw: kw.raw, weight: kw.weight, specificity: 1 };
      if (names.includes(kw)) term.name = true;
      if (kw.limit) term.limit = true;
      if (kw.support) term.support = true;
      const unless = kw.unless ?? (term.name ? unlessOf.get(kw.value) : undefined);
      // an entry of several words (*trust fund*, *face-to-face classes*) is a phrase
      const single = unless?.filter((u) => words(u).length === 1) ?? [];
      const phrases = unless?.filter((u) => words(u).length > 1) ?? [];
      if (single.length) {
        term.unless = new Set(single.map((u) => rootOf(u, lang)));
        term.unlessMarks = [...new Set([...term.unless].flatMap((r) => telltales(r, lang)))];
      }
      if (phrases.length) term.unlessPhrases = phrases.map((u) => words(u).map((w) => w.toLowerCase()));
      addTerm(m, kw, term, interesting, push);
    }
  }
  for (const g of m.regexes) g.set = new RegexSet(g.each.map((e) => e.re));
  m.prefixLengths = [...new Set([...m.prefixes.keys()].map((p) => p.length))].sort((a, b) => a - b);
  const cueList = [...(LIMIT_CUES[lang] ?? []), ...(cb.polarity[lang] ?? [])];
  for (const cue of cueList) {
    const toks = tokenize(cue);
    const forms = toks.map((t) => (lang === 'en' ? textForm(t.word, lang).root : stripParticle(t.word)));
    if (forms.length === 0) continue;
    if (lang === 'en') forms.forEach((f) => interesting.add(f));
    // a plain negation in the list stays a negation: it limits its neighbours, not its clause
    // ("terbuka untuk umum, tidak harus pengurus")
    if (forms.length === 1 && (NEGATIONS[lang] ?? []).includes(forms[0]!)) continue;
    const redup = toks.map(reduplicated);
    if (forms.length === 1) (redup[0] ? m.redupLimitWords : m.limitWords).add(forms[0]!);
    else push(m.limitPhrases, forms[0]!, forms.map((f, k) => (redup[k] ? `~${f}` : f)));
  }
  for (const w of NEGATIONS[lang] ?? NEGATIONS.en!) m.negations.add(w);
  for (const w of NEGATING_CUES[lang] ?? []) m.negations.add(w);
  for (const w of STOPPING_CUES[lang] ?? []) m.negations.add(w);
  for (const w of CANCELLERS[lang] ?? []) {
    m.negations.add(w);
    m.cancellers.add(w);
  }
  for (const w of CONTRAST[lang] ?? CONTRAST.en!) m.contrast.add(w);
  for (const w of CONCESSION[lang] ?? CONCESSION.en!) m.concession.add(w);
  for (const w of PAST[lang] ?? PAST.en!) m.past.add(w);
  for (const w of NOW[lang] ?? NOW.en!) m.now.add(w);
  for (const w of CONDITION[lang] ?? CONDITION.en!) m.condition.add(w);
  for (const w of REMEDY[lang] ?? REMEDY.en!) m.condition.add(w);
  for (const w of CONSEQUENCE[lang] ?? CONSEQUENCE.en!) m.consequence.add(w);
  for (const w of RELATIVE[lang] ?? RELATIVE.en!) m.relative.add(w);
  for (const w of ONLY[lang] ?? ONLY.en!) m.only.add(w);
  for (const w of FEW[lang] ?? FEW.en!) m.few.add(w);
  for (const { flag, table, fallback, byCue } of WORD_FLAGS) {
    for (const w of table[lang] ?? (fallback ? table.en! : [])) {
      push(m.flagsByWord, w, flag);
      if (!byCue) continue;
      // compared as cues are: English by stem, so the stem must be one the matcher reduces words to
      const form = byCue === 'stem' && lang === 'en' ? textForm(w, lang).root : w;
      if (form !== w) interesting.add(form);
      push(m.flagsByCue, form, flag);
    }
  }
  for (const [cue, next] of Object.entries(CUE_EXCEPTIONS[lang] ?? {})) m.cueExceptions.set(cue, new Set(next));
  for (const w of ALSO[lang] ?? ALSO.en!) m.also.add(w);
  m.profiles = buildProfiles(cb, lang, (w) => textForm(w, lang).root);
  let model: PolarityModel | undefined | null = null;
  m.polarity = () => (model === null ? (model = trainPolarity(labelledPassages(cb, lang))) : model);
  setSpecificity(m);
  for (const r of m.profiles.vocab.keys()) interesting.add(r);
  m.formOf = memoForm(lang, interesting);
  m.cueOf = lang === 'en' ? (w) => m.formOf(w).root : stripParticle;
  m.info = memoInfo(m);
  // by lexicon id: an array filled without gaps (a sparse one would fall back to a slow dictionary)
  const byId: (WordInfo | undefined)[] = [];
  m.infoOf = (t: Token): WordInfo => {
    if (t.id < 0) return m.info(t.word);
    while (byId.length <= t.id) byId.push(undefined);
    return (byId[t.id] ??= m.info(t.word));
  };
  return m;
}

/** The root of a word for `unless:` (any form of it counts), memoised: a word's root does not depend on the codebook. */
const rootsByLang = new Map<string, Map<string, string>>();
export function rootOf(word: string, lang: string): string {
  let roots = rootsByLang.get(lang);
  if (!roots) rootsByLang.set(lang, (roots = new Map()));
  let r = roots.get(word);
  if (r === undefined) {
    if (roots.size > 100_000) roots.clear();
    roots.set(word, (r = termForm(word.toLowerCase(), lang).root));
  }
  return r;
}

function setSpecificity(m: LangMatcher): void {
  const n = m.profiles.codes.length;
  // a root in half of the codes' profiles is common; more than that, less and less specific
  const commonIdf = Math.log((n + 1) / (n / 2 + 0.5));
  for (const [root, terms] of m.words) {
    const codes = new Set(terms.map((t) => t.code)).size;
    const idf = m.profiles.vocab.get(root)?.idf;
    const common = idf === undefined || commonIdf <= 0 ? 1 : Math.max(0.1, Math.min(1, idf / commonIdf));
    const spec = common / Math.sqrt(codes);
    for (const t of terms) t.specificity = spec;
  }
}

function memoInfo(m: LangMatcher): (w: string) => WordInfo {
  const memo = new Map<string, WordInfo>();
  const stemIds = new Map<string, number>();
  return (word: string): WordInfo => {
    let info = memo.get(word);
    if (info) return info;
    const form = m.formOf(word);
    const st = form.root;
    const cue = m.cueOf(word);
    const content = word.length >= 3 && !/^\d+$/.test(word) && !isStopword(word, m.lang);
    let stemId = stemIds.get(st);
    if (stemId === undefined) stemIds.set(st, (stemId = stemIds.size));
    info = { stem: st, stemId, family: form.family, cue, limit: m.limitWords.has(cue) || m.limitWords.has(word), negation: m.negations.has(word), content };
    const vocab = content ? m.profiles.vocab.get(st) : undefined;
    if (vocab) info.vocab = vocab;
    const terms = m.words.get(st)?.filter((t) => accepts(t.form!, word, form));
    if (terms?.length) info.terms = terms;
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
    if (m.condition.has(word)) info.condition = true;
    if (m.consequence.has(word)) info.consequence = true;
    if (m.relative.has(word)) info.relative = true;
    if (m.redupLimitWords.has(cue) || m.redupLimitWords.has(word)) info.redupLimit = true;
    const unless = m.cueExceptions.get(cue);
    if (unless && info.limit) info.unlessNext = unless;
    if (m.only.has(word)) info.only = true;
    if (m.cancellers.has(word)) info.canceller = true;
    for (const f of m.flagsByWord.get(word) ?? []) info[f] = true;
    for (const f of m.flagsByCue.get(cue) ?? []) info[f] = true;
    if (m.few.has(word) || /^\d/.test(word)) info.few = true;
    if (m.also.has(word)) info.also = true;
    if (m.past.has(word)) info.time = 'past';
    else if (m.now.has(word)) info.time = 'now';
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
      if (m.regexes.length === 0) m.regexes.push({ each: [], set: new RegexSet([]) }); // set: when all are in (compileLang)
      m.regexes[0]!.each.push({ re, term });
      return;
    }
    case 'prefix':
      push(m.prefixes, kw.value, term);
      return;
    default: {
      const forms = words(kw.value).map((w) => termForm(w, kw.lang, kw.exact));
      if (forms.length === 0) return;
      forms.forEach((f) => interesting.add(f.root));
      if (forms.length === 1) push(m.words, forms[0]!.root, { ...term, form: forms[0]! });
      else push(m.phrases, forms[0]!.root, { forms, term });
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

function memoForm(lang: string, interesting: Set<string>): (w: string) => TextForm {
  const marks = new Set<string>();
  // a stem no other word can reach needs no telltale: the word itself is looked up as it is
  for (const s of interesting) if (reachableStem(s, lang)) for (const t of telltales(s, lang)) marks.add(t);
  const lengths = [...new Set([...marks].map((c) => c.length))].sort((a, b) => a - b);
  const memo = new Map<string, TextForm>();
  // Porter: a telltale begins the word; Indonesian: it may stand anywhere in it (one scan for all)
  const anywhere = lang === 'en' ? undefined : new LiteralScan([...marks]);
  const couldReduce = (w: string): boolean => {
    if (anywhere) return anywhere.scan(w).length > 0;
    for (const L of lengths) {
      if (L > w.length) break;
      if (marks.has(w.slice(0, L))) return true;
    }
    return false;
  };
  return (w: string): TextForm => {
    let s = memo.get(w);
    if (s === undefined) {
      s = couldReduce(w) ? textForm(w, lang) : { root: w, family: 'root' };
      memo.set(w, s);
    }
    return s;
  };
}
