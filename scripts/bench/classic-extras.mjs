// What the bench measures on the classic corpus only: a re-run with the stemming cache, codebook
// growth (bartania → a generated codebook with 10× the codes), and the `/regex/` keyword scan alone
// (linear-time RE2JS, as telaah runs it, against V8's own backtracking RegExp on the same patterns).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCodebook, regexKeywords, ROOT } from './keywords.mjs';
import { codebook } from './classic.mjs';
import { telaahCode } from './measure.mjs';
import { rate } from './report.mjs';

/** `g`: what classic's generate returned; `full`: the full project; `two`: its `--jobs 2` run. */
export async function classicExtras({ g, full, two, runs, scratch, mb }) {
  const lines = [];
  const cached = telaahCode(full, { jobs: 2, warm: true, runs, scratch });
  const rows = (p) => readFileSync(path.join(p, 'out', 'codings.csv'), 'utf8').split('\n').length - 2;
  const baseRows = rows(full);
  const big = g.bigCodebookProject();
  const bigCold = telaahCode(big, { jobs: 2, runs, scratch });
  const bigWarm = telaahCode(big, { jobs: 2, warm: true, runs, scratch });
  lines.push(`telaah code --jobs 2, re-run (stemming cache): ${cached.s.toFixed(2)} s (${rate(mb, cached.s)}), peak memory ${cached.peakMb.toFixed(0)} MB`);
  lines.push(`growth, codebook ${g.codes} → ${g.codes * 10} codes (--jobs 2): first runs ${two.s.toFixed(2)} s → ${bigCold.s.toFixed(2)} s, ${(bigCold.s / two.s).toFixed(2)}×; re-runs ${cached.s.toFixed(2)} s → ${bigWarm.s.toFixed(2)} s, ${(bigWarm.s / cached.s).toFixed(2)}×; codings ${baseRows.toLocaleString('en')} → ${rows(big).toLocaleString('en')}   [target ≤ 1.3×]`);
  lines.push(await regexScan(g.dirs, mb));
  return lines;
}

async function regexScan(dirs, mb) {
  const { compileKeywordRegex, regexScanner } = await import(path.join(ROOT, 'dist', 'codebook', 'regex-engine.js'));
  const patterns = regexKeywords(readCodebook(codebook));
  const paragraphs = dirs.flatMap((d) => readdirSync(d).map((f) => readFileSync(path.join(d, f), 'utf8')))
    .flatMap((t) => t.split(/\n\s*\n/));
  const compiled = patterns.map(compileKeywordRegex);
  const nativeRes = patterns.map((p) => new RegExp(p, 'gi'));
  const timeIt = (f) => {
    const t0 = process.hrtime.bigint();
    const n = f();
    return { s: Number(process.hrtime.bigint() - t0) / 1e9, n };
  };
  const re2 = timeIt(() => {
    let n = 0;
    for (const t of paragraphs) {
      const scan = regexScanner(t);
      for (const k of compiled) scan(k, () => n++);
    }
    return n;
  });
  // what telaah did before RE2JS: one alternation of every pattern finds where to look
  const v8Any = new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gi');
  const v8AnyScan = timeIt(() => {
    let n = 0;
    for (const t of paragraphs) for (const _ of t.matchAll(v8Any)) n++;
    return n;
  });
  const v8 = timeIt(() => {
    let n = 0;
    for (const t of paragraphs) for (const re of nativeRes) for (const _ of t.matchAll(re)) n++;
    return n;
  });
  return `regex keywords alone (${patterns.length} patterns of ${codebook}, ${paragraphs.length.toLocaleString('en')} paragraphs): RE2JS ${re2.s.toFixed(2)} s (${rate(mb, re2.s)}), V8 RegExp one by one ${v8.s.toFixed(2)} s (${rate(mb, v8.s)}), V8 as one alternation ${v8AnyScan.s.toFixed(2)} s (${rate(mb, v8AnyScan.s)}); RE2JS takes ${(re2.s / v8.s).toFixed(1)}× / ${(re2.s / v8AnyScan.s).toFixed(1)}× their time; ${re2.n.toLocaleString('en')} and ${v8.n.toLocaleString('en')} matches`;
}
