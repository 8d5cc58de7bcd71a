import type { Position } from './diagnostic.js';
import type { Polarity } from './analysis.js';

/** A text in several languages, keyed by language code (`id`, `en`). */
export type I18n = Record<string, string>;
/** A list of texts per language. */
export type I18nList = Record<string, string[]>;

export type KeywordKind = 'word' | 'phrase' | 'prefix' | 'regex';

export interface Keyword {
  /** As written in the codebook. */
  raw: string;
  kind: KeywordKind;
  /** word/phrase: the lower-cased words; prefix: the prefix; regex: the pattern source. */
  value: string;
  weight: number;
  lang: string;
  pos: Position;
  /** word/phrase: match these word forms only (clitics and reduplication aside), not their root's family. */
  exact?: boolean;
  /**
   * `polarity: limit`: the keyword itself names a shortfall (*tidak dilibatkan*, *went straight to
   * the mayor*): its matches are limits whatever their clause says.
   */
  limit?: boolean;
  /**
   * `polarity: support`: the keyword's own words are no limiting cue for it (*stopped checking the
   * scales*, *one-stop*): its matches are limited only by cues outside them.
   */
  support?: boolean;
  /**
   * `unless:` words that, in the same sentence, show the keyword is used in another sense: *dialog*
   * unless *televisi, radio, siaran* (a TV talk show), *jaringan* unless *internet, sinyal, listrik*.
   * Any form of their root counts; a match with one of them in its sentence is dropped. An entry of
   * several words is a phrase (*trust fund*, *pembelajaran tatap muka*): a match is dropped where it
   * is part of the phrase, its words as written and in that order (list plurals apart: *trust funds*;
   * in Indonesian a word may carry an enclitic, *irigasinya*), with any other match inside it.
   */
  unless?: string[];
}

/** A text labelled support or limit only: what the learned polarity trains on (codebook/polarity-model.ts). */
export interface LabelledText {
  lang: string;
  polarity: Polarity;
  text: string;
}

/** A labelled passage of real-looking text (codebook/passages.ts). */
export interface Passage {
  /** As written in the file (optional): lets an evaluation leave a passage out of its own profile. */
  id?: string;
  code: string;
  lang: string;
  text: string;
  /** Whether it shows the code at work or its shortfall (optional): trains the learned polarity (codebook/polarity-model.ts). */
  polarity?: Polarity;
}

export interface Example {
  lang: string;
  text: string;
  pos: Position;
}

/**
 * What a code's evidence is about: a `process` (working / limited), a starting `condition`
 * (present / absent; it may help or hinder) or an `outcome` (achieved / not yet).
 */
export type CodeKind = 'process' | 'condition' | 'outcome';
export const CODE_KINDS: readonly CodeKind[] = ['process', 'condition', 'outcome'];

export interface Code {
  id: string;
  /** As written in the codebook (`kind:`); sub-codes inherit their parent's, see kindOf. */
  kind?: CodeKind;
  label: I18n;
  /**
   * Other names the literature gives the code, in any language (`aliases:`): "trust building",
   * "membangun kepercayaan". A text that names a code this way (or by a label of two or more words)
   * counts as evidence for it, whatever the text's language.
   */
  aliases?: string[];
  definition: I18n;
  include: I18nList;
  exclude: I18nList;
  keywords: Keyword[];
  examples: Example[];
  notExamples: Example[];
  /**
   * Reference passages (the codebook's `<name>.passages.yaml`): labelled text of this code that joins
   * its similarity profile; not shown as examples.
   */
  passages?: Passage[];
  /** Parent id, from nesting or from `parent:`. */
  parent?: string;
  /** Where `parent:` was written (for unknown-parent), if it was. */
  parentPos?: Position;
  mapsTo: string[];
  source?: string;
  /** Position of the code's `id` value. */
  pos: Position;
  /** Which codebook file defined it (differs from the root file for extended codebooks). */
  codebook: string;
}

export interface Codebook {
  id: string;
  version?: string;
  title: I18n;
  description: I18n;
  references: string[];
  extends?: { name: string; pos: Position };
  polarity: I18nList;
  /**
   * Labelled passages of the bundled codebooks other than this one, attached when it is loaded: the
   * learned polarity trains on them with the codebook's own passages (a codebook of one's own has
   * none of its own, and support or limit reads the same whatever the code).
   */
  polarityCorpus?: LabelledText[];
  /** All codes, in codebook order (pre-order: a parent before its children). */
  codes: Code[];
  file: string;
  pos: Position;
}

/** Codebook order helpers. */
export function childrenOf(cb: Codebook, id: string | undefined): Code[] {
  return cb.codes.filter((c) => c.parent === id);
}

export function isLeaf(cb: Codebook, code: Code): boolean {
  return !cb.codes.some((c) => c.parent === code.id);
}

/** Ancestor ids, root first, not including the code itself. */
export function ancestors(cb: Codebook, id: string): string[] {
  const byId = new Map(cb.codes.map((c) => [c.id, c]));
  const path: string[] = [];
  const seen = new Set<string>();
  let cur = byId.get(id)?.parent;
  while (cur && !seen.has(cur) && byId.has(cur)) {
    seen.add(cur);
    path.unshift(cur);
    cur = byId.get(cur)?.parent;
  }
  return path;
}

/** 0 for a top-level code, 1 for its children, and so on. */
export function depthOf(cb: Codebook, id: string): number {
  return ancestors(cb, id).length;
}

/**
 * The languages a codebook codes in, each with its own matcher and profiles: Indonesian and English
 * always, and every language its keywords are given in. Text in another language is coded with the
 * Indonesian matcher; a passage in another language joins no profile.
 */
export function codebookLanguages(cb: Codebook): string[] {
  const langs = new Set<string>(['id', 'en']);
  for (const c of cb.codes) for (const k of c.keywords) langs.add(k.lang);
  return [...langs];
}

/** Label in the wanted language, falling back to the other language, then the id. */
export function labelOf(code: Pick<Code, 'id' | 'label'>, lang: string): string {
  return code.label[lang] ?? code.label.id ?? code.label.en ?? code.id;
}

/** A code's kind: its own `kind:`, else its nearest ancestor's, else `process`. */
export function kindOf(cb: Codebook, id: string): CodeKind {
  const byId = new Map(cb.codes.map((c) => [c.id, c]));
  for (const c of [id, ...ancestors(cb, id).reverse()]) {
    const k = byId.get(c)?.kind;
    if (k) return k;
  }
  return 'process';
}
