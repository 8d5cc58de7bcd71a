/**
 * The names a text can call a code by: its aliases (`aliases:`, any language) and its labels of two
 * or more words. Authors' findings name the indicator they file a passage under ("Dalam hal
 * komitmen terhadap proses, ..."), often in English inside Indonesian text ("trust building antara
 * polisi dan warga"), so a name is matched in every language, as these word forms only. A one-word
 * label (Kepercayaan, Trust) is an ordinary word of many passages, not a name: only an alias makes
 * it one. Parent codes (a model's dimensions) are named too; evidence.ts drops a dimension's name
 * inside another code's name, and confidence.ts judges a named dimension by its own stage. Pure.
 */
import type { Code, Keyword } from '../model/codebook.js';
import { words } from '../text/tokenize.js';

/**
 * A name weighs more than a codebook's strong keywords (2): "komitmen terhadap proses terlihat dari
 * rapat rutin" is filed under commitment by the author who wrote it, meetings or not.
 */
export const NAME_WEIGHT = 3;

/** The code's names as exact-form keywords of `lang`, without repeats. */
export function nameKeywords(code: Code, lang: string): Keyword[] {
  const labels = Object.values(code.label).filter((l) => words(l).length >= 2);
  const seen = new Set<string>();
  const out: Keyword[] = [];
  for (const name of [...(code.aliases ?? []), ...labels]) {
    const ws = words(name);
    const value = ws.join(' ');
    if (!ws.length || seen.has(value)) continue;
    seen.add(value);
    out.push({ raw: name, kind: ws.length > 1 ? 'phrase' : 'word', value, weight: NAME_WEIGHT, lang, pos: code.pos, exact: true });
  }
  return out;
}
