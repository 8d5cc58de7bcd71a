/**
 * Stemming by language, memoised per distinct word. natural's stemmers are imported from their own
 * modules: its index loads database drivers and takes over a second. The memo can be saved and
 * primed (the project's stemming cache, see cli/stem-cache.ts); entries are keyed by STEMMER_KEY.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type StemFn = (word: string) => string;

let idStemmer: StemFn | undefined;
let enStemmer: StemFn | undefined;
let idRoots: Set<string> | undefined;

/** Bump when the rules below (which words are stemmed, what is returned) change. */
const WRAPPER_VERSION = 1;
/** natural's version and ours: a saved stem is valid only under the same key. */
export const STEMMER_KEY = `natural-${(require('natural/package.json') as { version: string }).version}+telaah-${WRAPPER_VERSION}`;

function loadId(): StemFn {
  const mod = require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { stem: StemFn };
  return (w) => mod.stem(w);
}

function loadEn(): StemFn {
  const mod = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: StemFn };
  return (w) => mod.stem(w);
}

const caches = new Map<string, Map<string, string>>();
/** Stems computed in this process (not primed): what a saved cache lacks. */
const fresh = new Map<string, Map<string, string>>();

function cacheOf(lang: string, of = caches): Map<string, string> {
  let cache = of.get(lang);
  if (!cache) {
    cache = new Map();
    of.set(lang, cache);
  }
  return cache;
}

/** The stem of a lower-case word in a language (`id` or `en`; others are left as they are). */
export function stem(word: string, lang: string): string {
  const cache = cacheOf(lang);
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let out = word;
  if (/^\p{L}+$/u.test(word) && word.length > 2) {
    if (lang === 'id') out = (idStemmer ??= loadId())(word) || word;
    else if (lang === 'en') out = (enStemmer ??= loadEn())(word) || word;
  }
  cache.set(word, out);
  cacheOf(lang, fresh).set(word, out);
  return out;
}

/**
 * Whether a word other than S itself can stem to S. The Indonesian stemmer (Sastrawi) returns either
 * the word unchanged or a root of its dictionary, so only dictionary roots can be reached from other
 * words. Porter stems can be anything.
 */
export function reachableStem(s: string, lang: string): boolean {
  if (lang !== 'id') return true;
  idRoots ??= new Set((require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter(Boolean));
  return idRoots.has(s);
}

/** Stems a phrase word by word and joins with single spaces. */
export function stemPhrase(wordsOfPhrase: readonly string[], lang: string): string {
  return wordsOfPhrase.map((w) => stem(w, lang)).join(' ');
}

/** Stems computed since start (or since the last call) per language, to save in a cache. */
export function takeFreshStems(): [string, [string, string][]][] {
  const out: [string, [string, string][]][] = [...fresh].map(([lang, m]) => [lang, [...m]]);
  fresh.clear();
  return out.filter(([, l]) => l.length > 0);
}

/** Fills the memo with stems computed earlier (under the same STEMMER_KEY). */
export function primeStems(lang: string, entries: Iterable<[string, string]>): void {
  const cache = cacheOf(lang);
  for (const [w, s] of entries) if (!cache.has(w)) cache.set(w, s);
}

/** The whole memo per language (to prime a worker thread). */
export function allStems(): [string, [string, string][]][] {
  return [...caches].map(([lang, m]) => [lang, [...m]]);
}
