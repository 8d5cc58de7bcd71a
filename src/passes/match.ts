/** Finding keyword matches in one text, and the polarity of each match. Pure. */
import { rootOf, type LangMatcher, type Term, type WordInfo } from '../codebook/compile.js';
import type { Polarity } from '../model/analysis.js';
import { reduplicated, tokenize, type Token } from '../text/tokenize.js';
import { NEGATION_BRIDGE_RUN, NEGATION_REACH, VANISH_REACH } from '../text/cues.js';
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

/**
 * The tokens of one text annotated for polarity: sentence and clause numbers, the clause's marker,
 * and the limiting cues and negations that stand. Typed arrays reused from text to text (valid until
 * the next `annotate`): a text of a large corpus costs no object per token.
 */
interface Annotated {
  text: string;
  raw: Token[];
  infos: WordInfo[];
  n: number;
  sentence: Int32Array;
  clause: Int32Array;
  /** The marker of the token's clause (the marker of its first token): NONE, CONTRAST or CONCESSION. */
  marker: Uint8Array;
  /** LIMIT, NEG, CONT and SCARCE bits: a limiting cue, a plain negation (limits only its neighbours), a cue's later word, a scarce number. */
  flags: Uint8Array;
}
const NONE = 0;
const CONTRAST = 1;
const CONCESSION = 2;
const LIMIT = 1;
const NEG = 2;
/** The token continues the cue of the token before it: one cue of several words (*di atas kertas*, *hanya sekali*). */
const CONT = 4;
/** A shortfall of number (*hanya dua*): like a negation, it turns a shortfall after it into none (*hanya dua pelanggaran*). */
const SCARCE = 8;
/** What a cue unit of markCues is: a limiting cue, a plain negation, or a scarce number (a limit that negates a shortfall after it). */
const UNIT_LIMIT = 0;
const UNIT_NEG = 1;
const UNIT_SCARCE = 2;

/** Appends a cue token's word to `out`: to the last cue when it continues it, else as a cue of its own. */
function pushCue(out: string[], an: Annotated, i: number): void {
  if (an.flags[i]! & CONT && out.length) out[out.length - 1] += ` ${an.raw[i]!.word}`;
  else out.push(an.raw[i]!.word);
}

/**
 * @param tokens `tokenize(text)`, when the caller has them already.
 * @param wordInfos `m.info` of each token, when the caller has them already.
 * @param otherSenses receives the token spans of matches dropped as another sense (`unless:`).
 */
export function findMatches(text: string, m: LangMatcher, tokens?: Token[], wordInfos?: WordInfo[], otherSenses?: { first: number; last: number }[]): Match[] {
  const raw = tokens ?? tokenize(text);
  let infos = wordInfos;
  if (!infos) {
    infos = new Array<WordInfo>(raw.length);
    for (let i = 0; i < raw.length; i++) infos[i] = m.infoOf(raw[i]!);
  }
  const all: Omit<Match, 'polarity'>[] = [];
  for (let i = 0; i < raw.length; i++) {
    const info = infos[i]!;
    if (info.terms) for (const term of info.terms) all.push({ term, first: i, last: i });
    if (info.phrases) {
      for (const p of info.phrases) {
        const n = p.forms.length;
        if (i + n <= raw.length && p.forms.every((f, k) => accepts(f, raw[i + k]!.word, infos[i + k]!))) {
          all.push({ term: p.term, first: i, last: i + n - 1 });
        }
      }
    }
    if (info.prefixTerms) for (const term of info.prefixTerms) all.push({ term, first: i, last: i });
  }
  let ends: number[] | undefined; // token ends, for the few segments a regex matches in
  for (const group of m.regexes) {
    group.set.scan(text, (i, at, end) => {
      ends ??= raw.map((t) => t.end);
      const first = upper(ends, at);
      if (first >= raw.length) return;
      let last = first;
      while (last + 1 < raw.length && raw[last + 1]!.start < end) last++;
      all.push({ term: group.each[i]!.term, first, last });
    });
  }
  if (all.length === 0) return [];
  // clauses and cues only where something matched: most segments of a large corpus stop above
  const an = annotate(text, raw, infos);
  // a keyword in another sense: one of its `unless:` words in the sentence (*dialog* on *televisi*),
  // or the match inside one of its `unless:` phrases (*trust fund*)
  const found = all.some((f) => f.term.unless || f.term.unlessPhrases) ? withoutOtherSenses(all, an, m.lang, otherSenses) : all;
  if (found.length === 0) return [];
  // a keyword that names a shortfall is a limit wherever it stands, unless negated right before it
  // ("tidak pernah bocor", "nobody pulled out", "hanya dua langsung ke bupati"), vanishing after it
  // ("kebiasaan langsung ke bupati hilang"), right after a condition, or in a past left behind; the
  // negation or the vanishing is then spent, as a negation and the cue after it cancel out
  let negatedShortfalls: Set<Omit<Match, 'polarity'>> | undefined; // most segments have none
  for (const f of found) {
    if (!f.term.limit) continue;
    const neg = negationBefore(f.first, an);
    const gone = neg < 0 ? vanishesAfter(f.last, an) : -1;
    if (neg < 0 && gone < 0) continue;
    (negatedShortfalls ??= new Set()).add(f);
    spend(an, neg >= 0 ? neg : gone);
  }
  const ix = buildIndex(an, found);
  return found.map((f) => {
    if (f.term.limit) {
      return leftBehind(f.first, f.last, infos) || negatedShortfalls?.has(f) || hypothetical(f.first, an) || usedToBe(f.first, an)
        ? { ...f, polarity: 'support' } : { ...f, polarity: 'limit', cues: [raw.slice(f.first, f.last + 1).map((t) => t.word).join(' ')] };
    }
    const why = limitedBy(f, ix);
    return why ? { ...f, polarity: 'limit', cues: why } : { ...f, polarity: 'support' };
  });
}

/** Whether punctuation (PUNCTUATION) stands between tokens a and b. */
function apart(an: Annotated, a: number, b: number): boolean {
  return holdsOneOf(an.text, an.raw[a]!.end, an.raw[b]!.start, PUNCTUATION);
}

/**
 * The index of a negation right before token `first`, or before a run of NEGATION_BRIDGES that
 * ends there (*tidak pernah bocor*, *nobody would dare to cheat*, *no longer goes straight to*),
 * with no punctuation between, or -1: not the negation of another word (*kalau tidak cocok langsung ke bupati*).
 * With `scarce`, a scarce number counts as a negation (*hanya dua pelanggaran*: read from the flags, so
 * only once markCues has set them).
 */
function negationBefore(first: number, an: Annotated, scarce = true): number {
  return reachBack(first, an, (a) => an.infos[a]!.negation || (scarce && (an.flags[a]! & SCARCE) !== 0));
}

/**
 * The index of the token right before `first`, or before a run of bridge words (NEGATION_BRIDGES, up
 * to NEGATION_BRIDGE_RUN) that ends there, for which `is` holds, with no punctuation between; or -1.
 */
function reachBack(first: number, an: Annotated, is: (a: number) => boolean): number {
  for (let a = first - 1; a >= 0 && a >= first - 1 - NEGATION_BRIDGE_RUN; a--) {
    if (apart(an, a, a + 1)) return -1;
    if (is(a)) return a;
    if (!an.infos[a]!.bridge) return -1;
  }
  return -1;
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
  const an = annotate(text, raw, infos);
  const words: string[] = [];
  for (let i = 0; i < an.n; i++) if (an.flags[i]! & LIMIT) pushCue(words, an, i);
  const cues = [...new Set(words)].sort();
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
/** A comma: before one of CORRECTIVES it sets right rather than denies. */
const COMMA = asciiSet(',');
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

/** The arrays `annotate` fills; `unit`, `unitNeg` and `cancelled` are markCues' working space. */
interface Scratch {
  sentence: Int32Array;
  clause: Int32Array;
  marker: Uint8Array;
  own: Uint8Array;
  flags: Uint8Array;
  unit: Int32Array;
  unitNeg: Uint8Array;
  cancelled: Uint8Array;
}

const scratchOf = (size: number): Scratch => ({
  sentence: new Int32Array(size), clause: new Int32Array(size), marker: new Uint8Array(size), own: new Uint8Array(size),
  flags: new Uint8Array(size), unit: new Int32Array(size), unitNeg: new Uint8Array(size), cancelled: new Uint8Array(size),
});

/** Texts up to this many tokens reuse one set of arrays; a longer one (a transcript on one line) gets its own, let go after. */
const KEEP_TOKENS = 1 << 16;
let shared = scratchOf(256);

function scratchFor(n: number): Scratch {
  if (n > KEEP_TOKENS) return scratchOf(n);
  if (shared.sentence.length < n) shared = scratchOf(Math.min(KEEP_TOKENS, Math.max(n, shared.sentence.length * 2)));
  return shared;
}

const markerCode = (m: WordInfo['marker']): number => (m === 'contrast' ? CONTRAST : m === 'concession' ? CONCESSION : NONE);

/**
 * Sentence and clause numbers, clause markers and limiting cues of the tokens. Clauses end at
 * sentence punctuation and start at a contrast or concession marker; commas do not split them
 * (spoken Indonesian puts a comma at every pause: "kepercayaan warga, jujur, masih kurang"),
 * except that a concessive clause ends at its comma ("walaupun dana kurang, kami tetap rapat").
 */
function annotate(text: string, raw: Token[], infos: WordInfo[]): Annotated {
  const n = raw.length;
  const scratch = scratchFor(n);
  const { sentence: sent, clause: cl, own, marker } = scratch;
  let sentence = 0;
  let clause = 0;
  let prevEnd = 0;
  let inConcession = false;
  for (let i = 0; i < n; i++) {
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
    const mk = info.marker === 'contrast' && infos[i + 1]?.also ? NONE : markerCode(info.marker);
    if (mk !== NONE && i > 0 && cl[i - 1] === clause && own[i - 1] === NONE) clause++; // "rapat rutin tapi belum ..." splits at the marker
    if (mk === CONCESSION) inConcession = true;
    sent[i] = sentence;
    cl[i] = clause;
    own[i] = mk;
    prevEnd = t.end;
  }
  // a clause's marker is the marker of its first token (clause numbers ascend)
  for (let i = 0; i < n; i++) marker[i] = i > 0 && cl[i] === cl[i - 1] ? marker[i - 1]! : own[i]!;
  const an: Annotated = { text, raw, infos, n, sentence: sent, clause: cl, marker, flags: scratch.flags };
  markCues(an, scratch);
  return an;
}

/**
 * Marks limiting cues. A negation and the cue after it cancel out — "tidak ada kendala", "tidak pernah
 * absen", "no problems" — as long as no punctuation stands between them.
 */
function markCues(an: Annotated, scratch: Scratch): void {
  const { raw, infos, n } = an;
  // a unit per cue phrase found (several may start at one token), cue word or negation
  let units = n;
  for (let i = 0; i < n; i++) units += infos[i]!.limitPhrases?.length ?? 0;
  if (scratch.unitNeg.length < units) {
    scratch.unitNeg = new Uint8Array(units * 2);
    scratch.cancelled = new Uint8Array(units * 2);
  }
  const { unit, unitNeg, cancelled, flags } = scratch;
  unit.fill(-1, 0, n);
  let u = 0;
  const redup = (i: number) => reduplicated(raw[i]!);
  const cueIs = (i: number, s: string) => i < n && (s.charCodeAt(0) === 126 ? redup(i) && infos[i]!.cue === s.slice(1) : infos[i]!.cue === s);
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    // "bukan sekadar", "tidak hanya": after a negation a word like *sekadar* is no shortfall
    if (i > 0 && info.only && infos[i - 1]!.negation && !apart(an, i - 1, i)) continue;
    if (unit[i] !== -1 && unitNeg[unit[i]!] === UNIT_SCARCE) continue; // inside "hanya sedikit": no cue phrase starts here
    for (const p of info.limitPhrases ?? []) {
      if (p.every((s, k) => cueIs(i + k, s))) {
        for (let k = 0; k < p.length; k++) if (unit[i + k] === -1) unit[i + k] = u;
        unitNeg[u] = UNIT_LIMIT;
        u++;
      }
    }
    if (unit[i] !== -1) continue;
    // not after a negation ("tidak hanya satu") nor in "the only one"
    const few = info.only && !(i > 0 && (infos[i - 1]!.negation || raw[i - 1]!.word === 'the')) ? fewAfter(an, i) : -1;
    if (few > 0) {
      // "hanya sekali bertemu", "only three had ever": a shortfall
      for (let k = i; k <= few; k++) unit[k] = u;
      unitNeg[u++] = UNIT_SCARCE;
      continue;
    }
    if ((info.limit && !info.unlessNext?.has(raw[i + 1]?.word ?? '')) || (info.redupLimit && redup(i))) {
      unitNeg[u] = UNIT_LIMIT;
      unit[i] = u++;
    } else if (info.negation && !((infos[i + 1]?.only || infos[i + 1]?.fixesNegation) && !apart(an, i, i + 1))) {
      // "tidak hanya", "not only": no negation. A corrective (", bukan aturan polisi") and a canceller
      // (tanpa) are negations here, to cancel the cue after them; below they limit nothing
      unitNeg[u] = UNIT_NEG;
      unit[i] = u++;
    }
  }
  cancelled.fill(0, 0, u);
  // a past left behind: limits between "dulu" and a later "sekarang" are how it was
  let pastAt = -1;
  for (let i = 0; i < n; i++) {
    const time = infos[i]!.time;
    if (time === 'past' && pastAt < 0) pastAt = i;
    else if (time === 'now' && pastAt >= 0) {
      for (let j = pastAt; j < i; j++) if (unit[j] !== -1) cancelled[unit[j]!] = 1;
      pastAt = -1;
    }
  }
  // a condition makes the first cue within three words after it hypothetical: "kalau gagal", "if it
  // fails"; not past the opening of its consequence ("kalau mudik ya nggak berani"); a remedy the text
  // denies overcomes nothing: "could not handle the conflict", "tidak mengatasi kendala"
  for (let i = 0; i < n; i++) {
    if (!infos[i]!.condition || negationBefore(i, an, false) >= 0) continue;
    for (let j = i + 1; j <= i + 3 && j < n; j++) {
      if (apart(an, j - 1, j) || infos[j]!.consequence) break;
      if (unit[j] !== -1) {
        cancelled[unit[j]!] = 1;
        break;
      }
    }
  }
  // how something used to be: "yang dulu bocor", "yang sebelumnya tidak pernah terwakili" (as for
  // keywords that name a shortfall: usedToBe)
  for (let j = 0; j < n; j++) if (unit[j] !== -1 && usedToBe(j, an)) cancelled[unit[j]!] = 1;
  // a negation cancels the cue right after it ("tidak ada kendala", "no obstacle"), one word on or
  // across bridge words ("tidak pernah absen", "nggak pernah ada yang ragu"), not one before it
  // ("curiga dan tidak percaya"). A word of stopping or rarity gets no free word: "berhenti karena
  // konflik" stays a limit
  for (let i = 0; i < n; i++) {
    if (unit[i] === -1 || !(infos[i]!.negation || unitNeg[unit[i]!] === UNIT_SCARCE)) continue;
    const free = infos[i]!.stopping ? 0 : 1;
    for (let j = i + 1; j <= i + 1 + NEGATION_BRIDGE_RUN && j < n; j++) {
      // a negated remedy: the negation is spent on it ("tidak menyelesaikan konflik")
      if (apart(an, j - 1, j) || infos[j]!.condition) break;
      if (unit[j] !== -1 && unit[j] !== unit[i]) {
        cancelled[unit[i]!] = 1;
        cancelled[unit[j]!] = 1;
        break;
      }
      if (j > i + free && unit[j] !== unit[i] && !infos[j]!.bridge) break;
    }
  }
  // a shortfall that vanishes is none: "rasa takut itu hilang", "the suspicion faded". Not when the
  // vanishing is denied ("rasa curiga tidak hilang", "belum hilang"), nor across punctuation, a
  // keyword (it is the keyword that vanishes: "sejak konflik itu kepercayaan warga hilang") or a
  // cause ("mulai curiga karena uang kas hilang")
  for (let i = 0; i < n; i++) {
    if (!infos[i]!.vanishing || (unit[i] !== -1 && cancelled[unit[i]!]) || vanishingDenied(i, an)) continue;
    for (let j = i - 1; j >= 0 && j >= i - VANISH_REACH && !apart(an, j, j + 1); j--) {
      const k = unit[j]!;
      if (k === -1 && (isKeyword(infos[j]!) || infos[j]!.cause)) break;
      if (k !== -1 && k !== unit[i] && unitNeg[k] !== UNIT_NEG && !cancelled[k]) {
        cancelled[k] = 1;
        if (unit[i] !== -1) cancelled[unit[i]!] = 1;
        break;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const k = unit[i]!;
    // a canceller (tanpa) and a corrective (", bukan …") cancel the cue after them but limit nothing
    const quiet = k !== -1 && unitNeg[k] === UNIT_NEG && (infos[i]!.canceller || corrective(an, i));
    flags[i] = k === -1 || cancelled[k] === 1 || quiet ? 0 : unitNeg[k] === UNIT_NEG ? NEG : unitNeg[k] === UNIT_SCARCE ? LIMIT | SCARCE : LIMIT;
    if (flags[i] !== 0 && i > 0 && unit[i - 1] === k && flags[i - 1] !== 0) flags[i] |= CONT;
  }
}

/**
 * The index of the number or FEW word after the ONLY word at `i`, right after it or one word on
 * ("hanya lima", "hanya sekali bertemu" is "hanya" + "sekali"; "hanya dihadiri lima"), or -1. Not
 * after one of FAST: "hanya dalam dua minggu" (only within two weeks) is quick, not few.
 */
function fewAfter(an: Annotated, i: number): number {
  for (let j = i + 1; j <= i + 2 && j < an.n; j++) {
    if (apart(an, j - 1, j)) return -1;
    // a year is no quantity ("hanya pada 2019")
    if (an.infos[j]!.few) return /^\d{4}$/.test(an.raw[j]!.word) ? -1 : j;
    if (an.infos[j]!.fast) return -1;
  }
  return -1;
}

/**
 * Whether a condition or remedy stands right before token `first`, or before a run of bridge words
 * that ends there, with no punctuation between: *kalau ada yang mundur*, *if anyone walks out*; not
 * *kalau tidak cocok langsung ke bupati* (the habit that follows the condition).
 */
function hypothetical(first: number, an: Annotated): boolean {
  return reachBack(first, an, (a) => an.infos[a]!.condition === true) >= 0;
}

/**
 * Whether token `first` stands within two words after a relative word and a past marker, with no
 * punctuation between: *yang dulu bocor*, *yang sebelumnya dikucilkan* — how it used to be.
 */
function usedToBe(first: number, an: Annotated): boolean {
  for (let a = first - 1; a >= 1 && a >= first - 2; a--) {
    if (apart(an, a, a + 1)) return false;
    if (an.infos[a]!.time === 'past') return an.infos[a - 1]!.relative === true && !apart(an, a - 1, a);
  }
  return false;
}

/** Clears the cue (all its words: *tidak pernah*, *hanya dua*) that token `at` belongs to: it is spent. */
function spend(an: Annotated, at: number): void {
  let s = at;
  while (s > 0 && an.flags[s]! & CONT) s--;
  an.flags[s] = 0;
  for (let j = s + 1; j < an.n && an.flags[j]! & CONT; j++) an.flags[j] = 0;
}

/**
 * The index of a word of vanishing after token `last` (*kecurigaan warga berangsur hilang*), or -1:
 * not across punctuation, a cue, another keyword or a cause, nor when the vanishing is denied.
 */
function vanishesAfter(last: number, an: Annotated): number {
  for (let j = last + 1; j < an.n && j <= last + VANISH_REACH && !apart(an, j - 1, j); j++) {
    const info = an.infos[j]!;
    if (info.vanishing) return vanishingDenied(j, an) ? -1 : j;
    if (info.limit || info.cause || isKeyword(info)) return -1;
  }
  return -1;
}

/** Whether some keyword matches the word (a word term, the start of a phrase, or a prefix term). */
const isKeyword = (info: WordInfo): boolean => info.terms !== undefined || info.phrases !== undefined || info.prefixTerms !== undefined;

/**
 * Whether the vanishing at `i` is denied: a negation right before it, or across bridge words (*tidak
 * hilang*, *did not disappear*), or one of VANISH_DENIERS right before it (*belum hilang*, *sulit hilang*).
 */
function vanishingDenied(i: number, an: Annotated): boolean {
  return negationBefore(i, an, false) >= 0 || (i > 0 && an.infos[i - 1]!.deniesVanishing === true && !apart(an, i - 1, i));
}

/** A corrective negation: one of CORRECTIVES right after a comma. */
function corrective(an: Annotated, i: number): boolean {
  return i > 0 && an.infos[i]!.corrective === true && holdsOneOf(an.text, an.raw[i - 1]!.end, an.raw[i]!.start, COMMA);
}

/**
 * The matches without those in another sense: inside one of their `unless:` phrases (and any other
 * match inside that phrase), or in a sentence holding one of their `unless:` words. The spans dropped
 * go to `dropped` (their words are no evidence for the similarity either). Per `unless:` set,
 * the sentences holding one of its words are found in one pass over the text (a segment without
 * punctuation is one long sentence; a frequent keyword must not rescan it for every match).
 */
function withoutOtherSenses(all: Omit<Match, 'polarity'>[], an: Annotated, lang: string, dropped?: { first: number; last: number }[]): Omit<Match, 'polarity'>[] {
  const otherSense = otherSenseTest(an, lang);
  // a phrase in another sense is one thing (*the Village Trust Fund*): no match inside it counts
  const phrases: { first: number; last: number }[] = [];
  const kept: Omit<Match, 'polarity'>[] = [];
  const out = dropped ?? [];
  for (const f of all) {
    const span = otherSense(f);
    if (span === undefined) kept.push(f);
    else {
      out.push(span === true ? { first: f.first, last: f.last } : span);
      if (span !== true) phrases.push(span);
    }
  }
  if (!phrases.length) return kept;
  const inPhrase = (f: Omit<Match, 'polarity'>) => phrases.some((p) => f.first >= p.first && f.last <= p.last);
  const rest: Omit<Match, 'polarity'>[] = [];
  for (const f of kept) {
    if (inPhrase(f)) out.push({ first: f.first, last: f.last });
    else rest.push(f);
  }
  return rest;
}

/**
 * `otherSense(match)`: the span of one of its `unless:` phrases it lies inside, true when it shares
 * its sentence with an `unless:` word, undefined when neither.
 */
function otherSenseTest(an: Annotated, lang: string): (f: Omit<Match, 'polarity'>) => { first: number; last: number } | true | undefined {
  const bySet = new Map<ReadonlySet<string>, Set<number>>();
  return (f) => {
    for (const p of f.term.unlessPhrases ?? []) {
      const at = phraseAround(f, p, an, lang);
      if (at) return at;
    }
    const unless = f.term.unless;
    if (!unless) return undefined;
    let sentences = bySet.get(unless);
    if (!sentences) {
      bySet.set(unless, (sentences = new Set()));
      const marks = f.term.unlessMarks ?? [];
      for (let i = 0; i < an.n; i++) {
        const w = an.raw[i]!.word;
        // stem only a word that holds a telltale of one of the roots (televisi, disiarkan ⊃ siar)
        if (marks.some((t) => w.includes(t)) && unless.has(rootOf(w, lang))) sentences.add(an.sentence[i]!);
      }
    }
    for (let s = an.sentence[f.first]!; s <= an.sentence[f.last]!; s++) if (sentences.has(s)) return true;
    return undefined;
  };
}

/** Indonesian enclitics a spoken word may carry after a phrase's word (*irigasinya*, *mukanya*). */
const CLITIC = /^(?:nya|ku|mu|lah|pun)$/;

/**
 * The occurrence of `phrase` (its words as written, in order, in one sentence; in Indonesian a word may
 * carry an enclitic: *jaringan irigasinya*) that the match's words lie inside, if any.
 */
function phraseAround(f: Omit<Match, 'polarity'>, phrase: string[], an: Annotated, lang: string): { first: number; last: number } | undefined {
  if (phrase.length < f.last - f.first + 1) return undefined;
  const same = (word: string, w: string) => word === w || (lang === 'id' && word.startsWith(w) && CLITIC.test(word.slice(w.length)));
  for (let s = Math.max(0, f.last - phrase.length + 1); s <= f.first && s + phrase.length <= an.n; s++) {
    const last = s + phrase.length - 1;
    if (an.sentence[s] !== an.sentence[last]) continue;
    if (phrase.every((w, j) => same(an.raw[s + j]!.word, w))) return { first: s, last };
  }
  return undefined;
}

/** The cues of clause `c` (one the match lies in) outside the match's own words. */
function outsideCues(f: Omit<Match, 'polarity'>, an: Annotated, c: number): string[] {
  const out: string[] = [];
  // clause numbers ascend: clause c is the run of tokens around the match that carry it
  let i = f.first;
  while (i > 0 && an.clause[i - 1]! >= c) i--;
  while (i < an.n && an.clause[i]! < c) i++;
  for (; i < an.n && an.clause[i] === c; i++) if (an.flags[i]! & LIMIT && (i < f.first || i > f.last)) pushCue(out, an, i);
  return out;
}

/** The index of a negation within reach of the match, with no punctuation between them. */
function negated(an: Annotated, first: number, last: number): number | undefined {
  for (let i = Math.max(0, first - NEGATION_REACH); i < first; i++) if (an.flags[i]! & NEG && !apart(an, i, first)) return i;
  // further before, across bridge words only: "nggak pernah ada yang berani ngomong langsung"
  let i = first - 1;
  while (i >= 0 && i >= first - NEGATION_BRIDGE_RUN && an.infos[i]!.bridge && !apart(an, i, i + 1)) i--;
  if (i >= 0 && i < first - NEGATION_REACH && an.flags[i]! & NEG && !apart(an, i, i + 1)) return i;
  for (let i = last + 1; i <= Math.min(an.n - 1, last + NEGATION_REACH); i++) if (an.flags[i]! & NEG && !apart(an, last, i)) return i;
  return undefined;
}

/** Lookups built once per segment so that each match's polarity costs O(log n), not O(n). */
interface Index {
  an: Annotated;
  /** Per clause id: the limiting cue words of each clause that has any. */
  clauseCues: Map<number, string[]>;
  /** Token indices where a contrast clause begins, ascending. */
  contrastStarts: number[];
  /** Indices of the tokens that are cues or negations, ascending. */
  cueAt: number[];
  /** Matches sorted by first token, with their codes. */
  byFirst: Omit<Match, 'polarity'>[];
}

function buildIndex(an: Annotated, all: Omit<Match, 'polarity'>[]): Index {
  const clauseCues = new Map<number, string[]>();
  const contrastStarts: number[] = [];
  const cueAt: number[] = [];
  const { flags, clause, marker, raw } = an;
  for (let i = 0; i < an.n; i++) {
    const f = flags[i]!;
    if (f & LIMIT) {
      const l = clauseCues.get(clause[i]!);
      if (l) pushCue(l, an, i);
      else clauseCues.set(clause[i]!, [raw[i]!.word]);
    }
    if (marker[i] === CONTRAST && (i === 0 || clause[i - 1] !== clause[i])) contrastStarts.push(i);
    if (f !== 0) cueAt.push(i);
  }
  return { an, clauseCues, contrastStarts, cueAt, byFirst: all.length > 1 ? [...all].sort((a, b) => a.first - b.first) : all };
}

/** The first index in a sorted array whose value is greater than x. */
function upper(xs: ArrayLike<number>, x: number, length = xs.length): number {
  let lo = 0;
  let hi = length;
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
  const { an } = ix;
  const { clause: cl, sentence: sent, raw } = an;
  const clause = cl[f.first]!;
  const lastClause = cl[f.last]!;
  for (let c = clause; c <= lastClause; c++) {
    const cues = ix.clauseCues.get(c);
    if (!cues) continue;
    if (!f.term.support) return cues;
    // a `polarity: support` keyword: only the cues outside its own words, if any
    const outside = outsideCues(f, an, c);
    if (outside.length) return outside;
  }
  const neg = negated(an, f.first, f.last);
  if (neg !== undefined) return [raw[neg]!.word];
  const sentence = sent[f.first]!;
  // the first contrast after the match, in this sentence or opening the next one
  const k = upper(ix.contrastStarts, f.last);
  const from = ix.contrastStarts[k];
  if (from === undefined) return undefined;
  const opensNext = sent[from] === sentence + 1 && sent[from - 1] === sentence;
  if (cl[from] === clause || !(sent[from] === sentence || opensNext)) return undefined;
  // the contrasted part: to the next contrast or the end of that sentence
  let to = (ix.contrastStarts[k + 1] ?? an.n) - 1;
  const sentenceEnd = upper(sent, sent[from]!, an.n) - 1;
  to = Math.min(to, sentenceEnd);
  // the cue words between from and to (at most 5), found by binary search in the cue positions
  const at = upper(ix.cueAt, from - 1);
  if (at >= ix.cueAt.length || ix.cueAt[at]! > to) return undefined;
  const firsts = ix.byFirst;
  let lo = 0;
  let hi = firsts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (firsts[mid]!.first < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < firsts.length && firsts[i]!.first <= to; i++) if (firsts[i]!.term.code !== f.term.code) return undefined;
  const out: string[] = [];
  for (let q = at; q < ix.cueAt.length && ix.cueAt[q]! <= to && out.length < 5; q++) pushCue(out, an, ix.cueAt[q]!);
  return out;
}
