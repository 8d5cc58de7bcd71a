/**
 * Stemming by language, memoised per distinct word. natural's stemmers are imported from their own
 * modules: its index loads database drivers and takes over a second.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type StemFn = (word: string) => string;

let idStemmer: StemFn | undefined;
let enStemmer: StemFn | undefined;

function loadId(): StemFn {
  const mod = require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { stem: StemFn };
  return (w) => mod.stem(w);
}

function loadEn(): StemFn {
  const mod = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: StemFn };
  return (w) => mod.stem(w);
}

const caches = new Map<string, Map<string, string>>();

/** The stem of a lower-case word in a language (`id` or `en`; others are left as they are). */
export function stem(word: string, lang: string): string {
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let out = word;
  if (/^\p{L}+$/u.test(word) && word.length > 2) {
    if (lang === 'id') out = (idStemmer ??= loadId())(word) || word;
    else if (lang === 'en') out = (enStemmer ??= loadEn())(word) || word;
  }
  cache.set(word, out);
  return out;
}

/** Stems a phrase word by word and joins with single spaces. */
export function stemPhrase(wordsOfPhrase: readonly string[], lang: string): string {
  return wordsOfPhrase.map((w) => stem(w, lang)).join(' ');
}
