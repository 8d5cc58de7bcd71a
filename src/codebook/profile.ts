/**
 * What each code is about, as weighted roots: its label, definition, inclusion criteria, examples,
 * reference passages and keywords (the positive profile) and its exclusion criteria and not-examples (the negative
 * profile), per language. A root that many codes' profiles use (kolaborasi, masyarakat, proses)
 * weighs little; one that only one code uses weighs much (inverse document frequency over codes).
 * Pure: the caller passes how words become roots.
 */
import type { Code, Codebook } from '../model/codebook.js';
import { isLeaf } from '../model/codebook.js';
import { isStopword } from '../text/stopwords.js';
import { words } from '../text/tokenize.js';

export interface Posting {
  /** Index into `codes`. */
  code: number;
  weight: number;
}

export interface Profiles {
  /** Ids of the codes with a profile (leaves), in codebook order. */
  codes: string[];
  /** Per root: its inverse document frequency over codes, and the codes whose profiles use it. */
  vocab: Map<string, { idf: number; pos: Posting[]; neg: Posting[] }>;
  /** The idf a root gets that no profile uses (for the length of a segment's vector). */
  unknownIdf: number;
}

/** Words of a text that carry content, as roots. */
export function contentRoots(text: string, lang: string, rootOf: (w: string) => string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 3 || /^\d+$/.test(w) || isStopword(w, lang)) continue;
    out.push(rootOf(w));
  }
  return out;
}

function positiveTexts(code: Code, lang: string): string[] {
  return [
    code.label[lang] ?? '',
    code.definition[lang] ?? '',
    ...(code.include[lang] ?? []),
    ...code.examples.filter((e) => e.lang === lang).map((e) => e.text),
    ...(code.passages ?? []).filter((e) => e.lang === lang).map((e) => e.text),
    ...code.keywords.filter((k) => k.lang === lang && k.kind !== 'regex').map((k) => k.value.replace(/\*$/, '')),
  ];
}

function negativeTexts(code: Code, lang: string): string[] {
  // exclusion criteria name the code to use instead ("→ gunakan trust-building"): ids are not content
  return [...(code.exclude[lang] ?? []), ...code.notExamples.filter((e) => e.lang === lang).map((e) => e.text)]
    .map((t) => t.replace(/\b[a-z]+(?:-[a-z]+)+\b/g, ' '));
}

function tf(roots: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of roots) m.set(r, (m.get(r) ?? 0) + 1);
  return m;
}

export function buildProfiles(cb: Codebook, lang: string, rootOf: (w: string) => string): Profiles {
  const leaves = cb.codes.filter((c) => isLeaf(cb, c));
  const pos = leaves.map((c) => tf(positiveTexts(c, lang).flatMap((t) => contentRoots(t, lang, rootOf))));
  const neg = leaves.map((c) => tf(negativeTexts(c, lang).flatMap((t) => contentRoots(t, lang, rootOf))));
  const n = leaves.length;
  const df = new Map<string, number>();
  for (const m of pos) for (const r of m.keys()) df.set(r, (df.get(r) ?? 0) + 1);
  const idfOf = (r: string) => Math.log((n + 1) / ((df.get(r) ?? 0) + 0.5));
  const vocab: Profiles['vocab'] = new Map();
  const entry = (r: string) => {
    let e = vocab.get(r);
    if (!e) vocab.set(r, (e = { idf: idfOf(r), pos: [], neg: [] }));
    return e;
  };
  const add = (maps: Map<string, number>[], side: 'pos' | 'neg') => {
    maps.forEach((m, code) => {
      const ws = [...m].map(([r, c]) => [r, (1 + Math.log(c)) * idfOf(r)] as const);
      const norm = Math.sqrt(ws.reduce((s, [, w]) => s + w * w, 0)) || 1;
      for (const [r, w] of ws) entry(r)[side].push({ code, weight: w / norm });
    });
  };
  add(pos, 'pos');
  add(neg, 'neg');
  const unknownIdf = Math.log((n + 1) / 0.5);
  return { codes: leaves.map((c) => c.id), vocab, unknownIdf };
}
