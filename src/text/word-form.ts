/**
 * What a keyword word matches, and what a text word is, in one comparable form: a root and an
 * affix family (Indonesian, see morphology.ts), a Porter stem (English), or the exact word.
 * Pure; the matcher memoises per distinct word.
 */
import { analyseWord, type Family } from './morphology.js';
import { stem } from './stem.js';

/** A keyword word: the root it is built on and which forms of that root it accepts. */
export interface TermForm {
  root: string;
  /** `any`: every form of the root (a bare root keyword, and every English keyword). */
  accepts: Family | 'any' | 'exact';
  /** The keyword word as written (lower case), for `exact`. */
  word: string;
}

/** A text word's root and family; `other`: a derived form telaah cannot place in a family. */
export interface TextForm {
  root: string;
  family: Family | 'other';
}

/** Indonesian clitics that do not change meaning: kendalanya → kendala, belumlah → belum. */
export function stripParticle(w: string): string {
  const m = /^(.{3,}?)(nya|lah|kah|pun|ku|mu)$/.exec(w);
  return m ? m[1]! : w;
}

/**
 * The form of a word in a text. An Indonesian word the root dictionary cannot split is its own root:
 * the stemmer's guess for such words (names, loan words, typos) changed no evaluation result and cost
 * a tenth of the coding time.
 */
export function textForm(word: string, lang: string): TextForm {
  if (lang !== 'id') return { root: stem(word, lang), family: 'root' };
  const a = analyseWord(word);
  if (a) return { root: a.root, family: a.family };
  return { root: word, family: 'root' };
}

/** The form of a keyword word. A bare root accepts every form of itself; a derived form, its own family. */
export function termForm(word: string, lang: string, exact = false): TermForm {
  if (exact) return { root: textForm(word, lang).root, accepts: 'exact', word };
  if (lang !== 'id') return { root: stem(word, lang), accepts: 'any', word };
  const a = analyseWord(word);
  if (a) return { root: a.root, accepts: a.family === 'root' ? 'any' : a.family, word };
  return { root: stem(word, lang), accepts: 'any', word };
}

/** Does a keyword word match a text word? (`form` is `textForm(word)`; roots are compared by the caller's index.) */
export function accepts(t: TermForm, word: string, form: TextForm): boolean {
  if (t.root !== form.root) return false;
  if (t.accepts === 'any') return true;
  if (t.accepts === 'exact') return word === t.word || stripParticle(word) === t.word;
  return t.accepts === form.family;
}

/** A keyword word as one comparable string (two keywords with the same string match the same words). */
export function termKey(word: string, lang: string, exact = false): string {
  const f = termForm(word, lang, exact);
  return f.accepts === 'any' ? f.root : f.accepts === 'exact' ? `=${f.word}` : `${f.root}~${f.accepts}`;
}
