// The keywords of a bundled codebook, as the bench uses them: plain terms for grep and for planting in
// generated segments, `/regex/` patterns for the regex scan.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const ROOT = path.join(import.meta.dirname, '..', '..');

export function readCodebook(name) {
  return parse(readFileSync(path.join(ROOT, 'codebooks', `${name}.yaml`), 'utf8'));
}

function eachTerm(codes, lang, f) {
  for (const c of codes ?? []) {
    const lists = lang ? [c.keywords?.[lang] ?? []] : Object.values(c.keywords ?? {});
    for (const list of lists) for (const k of list) f(typeof k === 'string' ? k : k.term);
    eachTerm(c.children, lang, f);
  }
}

/** The codebook's plain (non-regex) keywords of `lang`, a trailing `*` dropped, in codebook order (repeats kept). */
export function plainKeywords(cb, lang = 'id') {
  const out = [];
  eachTerm(cb.codes, lang, (term) => {
    if (!term.startsWith('/')) out.push(term.replace(/\*$/, ''));
  });
  return out;
}

/** The bodies of the codebook's `/regex/` keywords, every language. */
export function regexKeywords(cb) {
  const out = [];
  eachTerm(cb.codes, undefined, (term) => {
    if (term.startsWith('/') && term.endsWith('/')) out.push(term.slice(1, -1));
  });
  return out;
}

export const countCodes = (codes) => (codes ?? []).reduce((n, c) => n + 1 + countCodes(c.children), 0);
