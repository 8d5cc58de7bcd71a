import { lexicon } from './lexicon.js';

/**
 * Tokeniser: runs of Unicode letters/digits, lower-cased. Hyphenated reduplication
 * (`masalah-masalah`, `bersama-sama`) becomes its base word; other hyphenated words are split.
 */
export interface Token {
  /** Lower-cased word (reduplication reduced to the base). */
  word: string;
  /** The word's id in this thread's lexicon (lexicon.ts); -1 when the lexicon is full. */
  id: number;
  /** Character offsets in the text, [start, end). */
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;
const PART_RE = /[\p{L}\p{N}]+/gu;

const NON_ASCII = /[^\x00-\x7f]/;

export function tokenize(text: string): Token[] {
  return NON_ASCII.test(text) ? tokenizeUnicode(text) : tokenizeAscii(text);
}

/** The reference tokeniser (any text); `tokenize` takes a faster path for ASCII text. */
export function tokenizeUnicode(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) pushWord(out, m[0], m.index!, m[0].toLowerCase());
  return out;
}

/** One WORD_RE match → tokens: clitics cut, reduplication reduced, other hyphenated words split. */
function pushWord(out: Token[], raw: string, start: number, lower: string): void {
  if (!/[-‐]/.test(raw)) {
    // English clitics: money's → money, we're → we (but don't and can't stay whole: they are cues)
    const clitic = lower.length > 2 && /['’]/.test(lower) ? /^(.+)['’](s|re|ve|ll|d|m)$/.exec(lower) : null;
    const word = clitic ? clitic[1]! : lower;
    out.push(token(word, start, start + word.length));
    return;
  }
  const base = reduplicationBase(lower);
  if (base) {
    out.push(token(base, start, start + raw.length));
    return;
  }
  for (const p of lower.matchAll(PART_RE)) out.push(token(p[0], start + p.index!, start + p.index! + p[0].length));
}

/** A token of a word, interned. */
function token(word: string, start: number, end: number): Token {
  const id = lexicon.idOf(word, 0, word.length);
  return { word: id < 0 ? word : lexicon.words[id]!, id, start, end };
}

/** ASCII letters and digits: the letters and numbers of WORD_RE within ASCII. */
function alnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The same tokens as the WORD_RE scan, for text without non-ASCII characters (most of a corpus):
 * a character loop, words found in the lexicon by their characters folded to lower case (no
 * lower-cased copy of the text, no string per known word), instead of a Unicode regex and a
 * lower-casing per word.
 */
function tokenizeAscii(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!alnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && alnum(text.charCodeAt(i))) i++;
    let joined = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if ((c !== 45 && c !== 39) || i + 1 >= n || !alnum(text.charCodeAt(i + 1))) break;
      joined = true;
      i++;
      while (i < n && alnum(text.charCodeAt(i))) i++;
    }
    if (joined) {
      const raw = text.slice(start, i);
      pushWord(out, raw, start, raw.toLowerCase());
    } else {
      // a word seen before costs no new string: its interned copy and id (lexicon.ts)
      const id = lexicon.idOf(text, start, i);
      out.push({ word: id < 0 ? text.slice(start, i).toLowerCase() : lexicon.words[id]!, id, start, end: i });
    }
  }
  return out;
}

/** `masalah-masalah` → masalah; `bersama-sama` → bersama; `anak-anaknya` → anaknya; else undefined. */
export function reduplicationBase(word: string): string | undefined {
  const parts = word.split(/[-‐]/);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts as [string, string];
  if (a.length < 2 || b.length < 2) return undefined;
  if (a === b) return a;
  if (a.endsWith(b)) return a; // bersama-sama, berlari-lari
  if (b.startsWith(a)) return b; // anak-anaknya, rumah-rumahnya
  return undefined;
}

/** Whether the token was written reduplicated (*sendiri-sendiri*, *anak-anaknya*): it spans more than its word. */
export function reduplicated(t: Token): boolean {
  return t.end - t.start > t.word.length;
}

export function words(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}
