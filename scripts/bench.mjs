#!/usr/bin/env node
// npm run bench — a benchmark, not a test. Generates corpora with a realistic vocabulary (seeded: the
// same corpus every run) and, for each, times `telaah code DIR --jobs 1` against
// `grep -r -c -i -F -f KEYWORDS` over the same files in the same run, and reports peak memory, growth
// from the first quarter of the corpus to all of it (time and memory), `--jobs 2` against `--jobs 1`,
// two processes side by side, each on half the transcripts (what two busy cores of the machine do to
// each other without threads: the best two threads could do there), and the stage split `telaah
// code` writes to $TELAAH_TIMINGS. Once per run: start-up against `node -e 0`; with the classic
// corpus also a re-run with the stemming cache, a generated codebook with 10× the codes, the
// `/regex/` keyword scan alone, and `telaah run samples/pujud`.
// Corpora (scripts/bench/):
//   classic  transcripts of ~200 KB, Zipf vocabulary of ~70K words (half real roots), bartania
//   zipf60k  the shape of issue 18: 1,695 transcripts and ~135K segments at 40 MB, Zipf over 60K
//            invented words, ~75% of kept segments coded, ansell-gash-2008
//   short1m  one million segments of ~48 bytes at --mb 40 (a quarter of that at --mb 10), ansell-gash-2008
// Options: --corpus classic|zipf60k|short1m|all (or a comma list; default classic), --mb N (corpus
// size, default 40), --runs N (best of N for each timing of telaah, default 1), --keep (leave the
// corpora in the temp folder). Ratios taken in the same run are fairer than absolute times on a
// shared machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as classic from './bench/classic.mjs';
import { classicExtras } from './bench/classic-extras.mjs';
import { corpusProjects } from './bench/corpus-files.mjs';
import { ROOT } from './bench/keywords.mjs';
import { best, grep, rssSource, run, sideBySide, startUp, telaahBin, telaahCode } from './bench/measure.mjs';
import { cpuRatio, int, ms, rate, stageTable, summary } from './bench/report.mjs';
import { generateShort1m, generateZipf60k } from './bench/zipf60k.mjs';

const CORPORA = {
  classic: { generate: classic.generate, codebook: classic.codebook, extras: classicExtras },
  zipf60k: { generate: generateZipf60k, codebook: 'ansell-gash-2008' },
  short1m: { generate: generateShort1m, codebook: 'ansell-gash-2008' },
};

const fail = (message) => {
  console.error(`bench: ${message}`);
  process.exit(2);
};
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  if (i < 0) return dflt;
  const value = process.argv[i + 1];
  return value === undefined || value.startsWith('--') ? fail(`${name} needs a value`) : value;
};
const corpusArg = arg('--corpus', 'classic');
const names = corpusArg === 'all' ? Object.keys(CORPORA) : corpusArg.split(',');
for (const n of names) if (!(n in CORPORA)) fail(`unknown corpus "${n}": use ${Object.keys(CORPORA).join(', ')} or all`);
const targetMb = Number(arg('--mb', '40'));
const runs = Number(arg('--runs', '1'));
if (!(targetMb > 0)) fail('--mb takes a positive number of megabytes');
if (!(Number.isInteger(runs) && runs > 0)) fail('--runs takes a positive whole number');
const keep = process.argv.includes('--keep');
const began = Date.now();
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, load average ${load()} (other work on the machine skews absolute times); peak memory from ${rssSource}`);
const start = startUp();
console.log(`start-up: node -e 0 ${ms(start.node)}; telaah --version ${ms(start.version)} (${(start.version / start.node).toFixed(2)}×); --help ${ms(start.help)} (${(start.help / start.node).toFixed(2)}×)   [target ≤ 1.3×]`);

const results = [];
for (const name of names) {
  const corpus = CORPORA[name];
  const dir = mkdtempSync(path.join(tmpdir(), `telaah-bench-${name}-`));
  const g = corpus.generate(dir, targetMb);
  const mb = g.bytes / 1048576;
  const smallMb = g.smallBytes / 1048576;
  const kwFile = path.join(dir, 'keywords.txt');
  writeFileSync(kwFile, `${[...new Set(g.keywords)].join('\n')}\n`);
  const { full, small, halves } = corpusProjects(dir, corpus.codebook);
  const grepRun = grep(kwFile, g.dirs, dir);
  const grepS = grepRun.s;
  const opts = { runs, scratch: dir };
  const one = telaahCode(full, { ...opts, jobs: 1 });
  const two = telaahCode(full, { ...opts, jobs: 2 });
  const quarter = telaahCode(small, { ...opts, jobs: 1 });
  const half = telaahCode(halves[0], { ...opts, jobs: 1 });
  const pair = await sideBySide(halves);
  const cpu = (r) => `${r.cpu.toFixed(1)} s CPU`;
  console.log(`\n== ${name}: ${int(g.files)} transcripts, ${mb.toFixed(1)} MB, ${int(g.segments)} segments, ${int(g.distinct)} distinct words, ${g.about}; ${int(one.coded)} of ${int(one.kept)} kept segments coded (${(100 * one.coded / one.kept).toFixed(0)}%); load average ${load()}`);
  console.log(`LC_ALL=C grep -r -c -i -F -f keywords: ${grepS.toFixed(2)} s (${rate(mb, grepS)}, ${cpu(grepRun)})`);
  console.log(`telaah code --jobs 1: ${one.s.toFixed(2)} s (${rate(mb, one.s)}, ${cpu(one)}), ${(one.s / grepS).toFixed(1)}× grep (CPU: ${cpuRatio(one.cpu, grepRun.cpu)}), peak memory ${int(one.peakMb)} MB   [issue 18: ≤ 20× grep, ≤ 300 MB]`);
  console.log(`telaah code --jobs 2: ${two.s.toFixed(2)} s (${rate(mb, two.s)}, ${cpu(two)}), ${(two.s / grepS).toFixed(1)}× grep, peak memory ${int(two.peakMb)} MB; ${(one.s / two.s).toFixed(2)}× as fast as --jobs 1   [≥ 1.6× with two idle cores]`);
  console.log(`two processes side by side, each on half the transcripts (--jobs 1, no threads): ${pair.toFixed(2)} s, against ${half.s.toFixed(2)} s for one half alone (${(pair / half.s).toFixed(2)}× slower when both cores work) and ${one.s.toFixed(2)} s for the whole in one process: two threads could be ${(one.s / pair).toFixed(2)}× as fast at best here`);
  console.log(`growth ${smallMb.toFixed(1)} → ${mb.toFixed(1)} MB (--jobs 1, ${(mb / smallMb).toFixed(2)}× the data): ${quarter.s.toFixed(2)} s → ${one.s.toFixed(2)} s, ${(one.s / quarter.s).toFixed(2)}×; peak memory ${int(quarter.peakMb)} → ${int(one.peakMb)} MB, ${(one.peakMb / quarter.peakMb).toFixed(2)}×   [≤ 4.2× time; memory flat, ±20%]`);
  for (const line of stageTable(one.stages, one.s)) console.log(line);
  if (corpus.extras) for (const line of await corpus.extras({ g, full, two, runs, scratch: dir, mb })) console.log(line);
  results.push({ name, mb, smallMb, segments: g.segments, grep: grepRun, one, two, quarter, pair });
  if (keep) console.log(`corpus kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

if (names.includes('classic')) {
  const out = mkdtempSync(path.join(tmpdir(), 'telaah-bench-pujud-'));
  const pujud = best(Math.max(3, runs), () => run('node', [telaahBin, 'run', path.join(ROOT, 'samples', 'pujud'), '--out', out]).s);
  rmSync(out, { recursive: true, force: true });
  console.log(`\ntelaah run samples/pujud: ${ms(pujud)}   [target < 1 s]`);
}

console.log(`\nSummary (telaah s: \`telaah code --jobs 1\`, first run; ratio: to grep in the same run), load average ${load()}, bench took ${((Date.now() - began) / 60000).toFixed(1)} min:\n`);
for (const line of summary(results, start)) console.log(line);
