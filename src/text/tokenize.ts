/**
 * Tokeniser: runs of Unicode letters/digits, lower-cased. Hyphenated reduplication
 * (`masalah-masalah`, `bersama-sama`) becomes its base word; other hyphenated words are split.
 */
export interface Token {
  /** Lower-cased word (reduplication reduced to the base). */
  word: string;
  /** Character offsets in the text, [start, end). */
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;
const PART_RE = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const raw = m[0];
    const start = m.index!;
    if (!/[-‐]/.test(raw)) {
      const lower = raw.toLowerCase();
      // English clitics: money's → money, we're → we (but don't and can't stay whole: they are cues)
      const clitic = lower.length > 2 && /['’]/.test(lower) ? /^(.+)['’](s|re|ve|ll|d|m)$/.exec(lower) : null;
      const word = clitic ? clitic[1]! : lower;
      out.push({ word, start, end: start + word.length });
      continue;
    }
    const lower = raw.toLowerCase();
    const base = reduplicationBase(lower);
    if (base) {
      out.push({ word: base, start, end: start + raw.length });
      continue;
    }
    for (const p of lower.matchAll(PART_RE)) {
      out.push({ word: p[0], start: start + p.index!, end: start + p.index! + p[0].length });
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

export function words(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}
