#!/usr/bin/env node
// npm run calibrate — fits the confidence model (src/passes/confidence-weights.ts) on the TUNE items
// of test/fixtures/eval, never the holdout: logistic regression over the features of every candidate
// code, label = the code is one of the item's codes. Two models: without the learned coder, and with
// it (its log-odds from 5-fold cross-validation inside each codebook's tune items).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gatherEvidence } from '../dist/passes/evidence.js';
import { features, FEATURES } from '../dist/passes/confidence.js';
import { trainLearner } from '../dist/passes/learn.js';
import { folds, loadSets } from './eval-data.mjs';

const rows = { base: [], learned: [] };
for (const { matcher, segments } of loadSets()) {
  const tune = segments.filter((s) => s.split !== 'holdout');
  const add = (list, seg, learner) => {
    const ev = gatherEvidence(seg.text, seg.language, matcher, undefined, learner);
    const xs = features(ev, matcher.parents);
    ev.forEach((e, i) => list.push({ x: xs[i], y: seg.codes.includes(e.code) ? 1 : 0 }));
  };
  for (const seg of tune) add(rows.base, seg);
  const fs = folds(tune, 5);
  fs.forEach((fold, f) => {
    const train = fs.filter((_, g) => g !== f).flat().filter((s) => s.codes.length).map((s) => ({ text: s.text, lang: s.language, codes: s.codes }));
    const learner = trainLearner(matcher, train);
    for (const seg of fold) add(rows.learned, seg, learner);
  });
}

/** Logistic regression by Newton's method with an L2 penalty (not on the intercept). */
function fit(data, dims, lambda = 1) {
  const w = new Array(dims + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array(dims + 1).fill(0);
    const H = Array.from({ length: dims + 1 }, () => new Array(dims + 1).fill(0));
    for (const { x, y } of data) {
      const v = [1, ...x];
      const p = 1 / (1 + Math.exp(-v.reduce((s, xi, i) => s + xi * w[i], 0)));
      for (let i = 0; i <= dims; i++) {
        g[i] += (p - y) * v[i];
        for (let j = 0; j <= dims; j++) H[i][j] += p * (1 - p) * v[i] * v[j];
      }
    }
    for (let i = 1; i <= dims; i++) {
      g[i] += lambda * w[i];
      H[i][i] += lambda;
    }
    H[0][0] += 1e-6;
    const step = solve(H, g);
    let change = 0;
    for (let i = 0; i <= dims; i++) {
      w[i] -= step[i];
      change = Math.max(change, Math.abs(step[i]));
    }
    if (change < 1e-8) break;
  }
  return w;
}

function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    if (Math.abs(M[c][c]) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (Math.abs(row[i]) < 1e-12 ? 0 : row[n] / row[i]));
}

const dims = FEATURES.length;
const base = fit(rows.base.map((r) => ({ x: r.x.slice(0, -1).concat([0]), y: r.y })), dims);
const learned = fit(rows.learned, dims);
const fmt = (w) => `[${w.map((x) => Number(x.toFixed(4))).join(', ')}]`;
const out = `/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune items of test/fixtures/eval
 * (never the holdout): ${rows.base.length} candidate codes without the learned coder, ${rows.learned.length} with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * ${FEATURES.join(', ')}.
 */
export const WEIGHTS = {
  base: ${fmt(base)},
  learned: ${fmt(learned)},
} as const;
`;
writeFileSync(path.join(import.meta.dirname, '..', 'src', 'passes', 'confidence-weights.ts'), out);
console.log(out);
