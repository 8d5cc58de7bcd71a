// The evaluation sets of test/fixtures/eval: shared by eval.mjs and calibrate.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { compileCodebook } from '../dist/codebook/compile.js';
import { PASSAGE_SPLITS } from './passages.mjs';
import { loadCodebook } from '../dist/project/codebooks.js';

export const evalRoot = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'eval');

/**
 * Every set, grouped by codebook: { codebook, matcher, segments } (segments of all its files), from
 * test/fixtures/eval and any further folders (`npm run eval -- --also DIR`: a set kept outside the project).
 */
export function loadSets(also = []) {
  const by = new Map();
  const files = [evalRoot, ...also].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f)));
  for (const where of files) {
    const file = path.basename(where);
    let set;
    try {
      set = parse(readFileSync(where, 'utf8'));
    } catch (e) {
      console.error(`${where}: not a readable evaluation set: ${e.message.split('\n')[0]}`);
      process.exit(1);
    }
    if (!set?.codebook || !Array.isArray(set.segments)) {
      console.error(`${where}: an evaluation set needs \`codebook:\` and a list of \`segments:\``);
      process.exit(1);
    }
    let g = by.get(set.codebook);
    if (!g) {
      const loaded = loadCodebook(set.codebook, process.cwd());
      if (!loaded.codebook) throw new Error(`${file}: codebook ${set.codebook} not loadable`);
      by.set(set.codebook, (g = { codebook: set.codebook, matcher: compileCodebook(loaded.codebook), segments: [] }));
    }
    // style: how the set was asked for (tidy, the default; messy; mixed: half messy)
    for (const s of set.segments) g.segments.push({ ...s, file, split: s.split ?? 'tune', register: s.register ?? 'written-by-us', style: set.style ?? 'tidy' });
  }
  return [...by.values()];
}

/** The splits that may be fitted on, and those whose coded items are the bundled codebooks' reference passages (scripts/passages.mjs). */
export { FIT_SPLITS, PASSAGE_SPLITS } from './passages.mjs';

/** The codebook compiled with its reference passages minus those whose id is in `leaveOut`. */
export function matcherWithout(codebook, leaveOut) {
  const cb = loadCodebook(codebook, process.cwd()).codebook;
  const codes = cb.codes.map((c) => (c.passages ? { ...c, passages: c.passages.filter((p) => !leaveOut.has(p.id)) } : c));
  return compileCodebook({ ...cb, codes });
}

/**
 * A fit split's items in k folds, each with a matcher whose reference passages leave that fold out:
 * an item is never measured against a profile that holds its own text. [{ matcher, segments }]
 */
export function crossValidated(group, segments, k = 5) {
  return folds(segments, k).map((fold) => ({ matcher: matcherWithout(group.codebook, new Set(fold.map((s) => s.id))), segments: fold }));
}

/**
 * Which matcher each reference-passage item is measured with: its split's items in k folds, each fold
 * against a profile without its own passages (`crossValidated`). Items of other splits are not in the
 * map: they are measured against the whole codebook (`group.matcher`).
 */
export function foldMatchers(group, segments, k = 5) {
  const by = new Map();
  for (const split of PASSAGE_SPLITS) {
    for (const f of crossValidated(group, segments.filter((s) => s.split === split), k)) for (const seg of f.segments) by.set(seg, f.matcher);
  }
  return by;
}

/** k folds of a list, by position (deterministic). */
export function folds(list, k) {
  return Array.from({ length: k }, (_, f) => list.filter((_, i) => i % k === f));
}
