#!/usr/bin/env node
// npm run eval — per-code precision/recall and top-1 accuracy of the bundled codebooks on the
// hand-labelled set in test/fixtures/eval/. Options: --verbose (list misses), --lang id|en,
// --split tune|holdout (odd- or even-numbered segments: tune keywords on one half, check the other).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { compileCodebook } from '../dist/codebook/compile.js';
import { loadCodebook } from '../dist/project/codebooks.js';
import { evaluate } from '../dist/analysis/evaluate.js';

const root = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'eval');
const verbose = process.argv.includes('--verbose');
const langArg = process.argv.indexOf('--lang');
const onlyLang = langArg > 0 ? process.argv[langArg + 1] : undefined;
const splitArg = process.argv.indexOf('--split');
const split = splitArg > 0 ? process.argv[splitArg + 1] : undefined;
const inSplit = (s) => {
  if (!split) return true;
  const n = Number(/(\d+)$/.exec(s.id)?.[1] ?? 0);
  return split === 'tune' ? n % 2 === 1 : n % 2 === 0;
};
const pct = (x) => (x === null ? '  n/a' : `${(100 * x).toFixed(1).padStart(5)}`);
let allN = 0;
let allTop = 0;
for (const file of readdirSync(root).filter((f) => f.endsWith('.yaml')).sort()) {
  const set = parse(readFileSync(path.join(root, file), 'utf8'));
  const loaded = loadCodebook(set.codebook, process.cwd());
  if (!loaded.codebook) {
    console.log(`${file}: codebook ${set.codebook} not loadable`);
    process.exitCode = 1;
    continue;
  }
  const matcher = compileCodebook(loaded.codebook);
  for (const lang of onlyLang ? [onlyLang] : ['id', 'en', 'all']) {
    const segs = set.segments.filter((s) => (lang === 'all' || s.language === lang) && inSplit(s));
    if (!segs.length) continue;
    const r = evaluate(segs, matcher, 1);
    if (lang === 'all') {
      allN += r.segments;
      allTop += r.top1 * r.segments;
    }
    console.log(`\n${set.codebook} [${lang}]  segments ${r.segments}  top-1 ${pct(r.top1)}%  primary found ${pct(r.primaryRecall)}%  polarity ${pct(r.polarity)}%`);
    if (lang !== 'all') continue;
    console.log(`  ${'code'.padEnd(30)} precision  recall   tp  fp  fn`);
    for (const c of r.perCode) {
      console.log(`  ${c.code.padEnd(30)} ${pct(c.precision)}%  ${pct(c.recall)}%  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
    }
    if (verbose) for (const m of r.misses) console.log(`  miss ${m.id}: expected ${m.expected}, got ${m.got.join(', ') || '(nothing)'}`);
  }
}
if (allN) console.log(`\nOverall top-1: ${(100 * allTop / allN).toFixed(1)}% of ${allN} segments`);
