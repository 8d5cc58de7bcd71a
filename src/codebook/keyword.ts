import type { Keyword } from '../model/codebook.js';
import type { Position } from '../model/diagnostic.js';

/**
 * Reads one keyword as written in a codebook:
 * `/regex/` → regex on the raw text; `prefix*` → prefix of a raw word;
 * `"a phrase"` or several words → phrase; one word → word (matched by root and affix family,
 * see docs/codebook-format.md); `=word` (or `exact: true`) → these word forms only.
 */
export function parseKeyword(term: string, weight: number, lang: string, pos: Position, exact = false): Keyword {
  let raw = term.trim();
  if (raw.length > 1 && raw.startsWith('=')) {
    exact = true;
    raw = raw.slice(1).trim();
  }
  const base = { raw: term, weight, lang, pos, ...(exact ? { exact: true } : {}) };
  if (raw.length > 2 && raw.startsWith('/') && raw.endsWith('/')) {
    return { ...base, kind: 'regex', value: raw.slice(1, -1) };
  }
  const unquoted = raw.replace(/^["'“”](.*)["'“”]$/s, '$1').toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^[^\s*]+\*$/.test(unquoted)) return { ...base, kind: 'prefix', value: unquoted.slice(0, -1) };
  return { ...base, kind: unquoted.includes(' ') ? 'phrase' : 'word', value: unquoted };
}

/**
 * The form the matcher compares: `w:<form>` for a word, `p:<form> <form>` for a phrase,
 * `x:<prefix>` for a prefix, `r:<source>` for a regex, where a form is what `formFn` gives (see
 * `matchForm`). Two keywords with the same key match the same text.
 */
export function keywordKey(kw: Keyword, formFn: (w: string, lang: string, exact?: boolean) => string, tokens: (s: string) => string[]): string {
  switch (kw.kind) {
    case 'regex':
      return `r:${kw.value}`;
    case 'prefix':
      return `x:${kw.value}`;
    default: {
      const ws = tokens(kw.value);
      const stems = ws.map((w) => formFn(w, kw.lang, kw.exact));
      return stems.length === 1 ? `w:${stems[0]}` : `p:${stems.join(' ')}`;
    }
  }
}
