#!/usr/bin/env node
// npm run calibrate — fits the confidence model (src/passes/confidence-weights.ts) on the tune, dev,
// dev2 and dev3 items of test/fixtures/eval (PASSAGE_SPLITS), never the holdout or blind ones: logistic regression over the features
// of every candidate code, label = the code is one of the item's codes. Two models: without the
// learned coder, and with it (its log-odds from 5-fold cross-validation inside each codebook's items).
// The penalty is chosen by 5-fold cross-validation over those items (folds by item, so that all
// candidates of a passage fall in one fold), and the reliability table printed is out-of-fold: each
// passage's confidences come from a model fitted without it. The keywords were improved on the tune
// items, so the table still flatters; the dev items, written without the codebooks, weigh the
// keywords as they do on new text; `npm run eval` shows the calibration on the holdout and blind items.
// The same items are the bundled codebooks' reference passages (scripts/passages.mjs): an item's
// features come from a profile without the passages of its fold. Also the second stage (a code that
// is not its text's strongest, judged against it: confidence.ts), on the tune and dev items;
// `npm run calibrate -- --secondary` fits that stage alone and leaves the other weights as they are.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gatherEvidence } from '../dist/passes/evidence.js';
import { confidences, dimensionInputs, features, FEATURES, isNamedDimension, logit, secondStage, SHORT_WORDS, standaloneConfidences } from '../dist/passes/confidence.js';
import { tokenize } from '../dist/text/tokenize.js';
import { trainLearner } from '../dist/passes/learn.js';
import { crossValidated as passageFolds, FIT_SPLITS, foldMatchers, loadSets, PASSAGE_SPLITS } from './eval-data.mjs';

const rows = { base: [], learned: [], secondary: [], secondaryLearned: [] };
const fitSplits = (process.env.FIT_SPLITS ?? PASSAGE_SPLITS.join(',')).split(',');
/**
 * The second stage (a code that is not its text's strongest, judged against it) is fitted on the tune
 * and dev items only: their writers filed a passage under several codes where it carries them (80 of
 * 659 items); the later sets were asked for one indicator per passage, where every second code is
 * wrong by construction. `--secondary` fits this stage alone, on the confidences of the weights in
 * use (src/passes/confidence-weights.ts as built), and rewrites only its lines.
 */
const SECONDARY_SPLITS = ['tune', 'dev'];
const secondaryOnly = process.argv.includes('--secondary');
const dimensionsOnly = process.argv.includes('--dimensions');
const shortOnly = process.argv.includes('--short');
if ([secondaryOnly, dimensionsOnly, shortOnly].filter(Boolean).length > 1) {
  console.error('calibrate: --secondary, --dimensions and --short each fit one stage; run them one after the other (build in between)');
  process.exit(1);
}
let item = 0;
/**
 * The dimension stage (a code with children that the text names: confidence.ts) is fitted on every
 * fit split (FIT_SPLITS): dev8 was written with findings filed under the model's dimensions, the other
 * sets name a dimension now and then in passages filed under an indicator. Against the confidences of
 * the weights in use; reference-passage items against profiles without their fold.
 */
const dimensionRows = [];
if (dimensionsOnly) {
  for (const group of loadSets()) {
    if (!group.matcher.parents.size) continue;
    const segs = group.segments.filter((s) => FIT_SPLITS.includes(s.split));
    const foldOf = foldMatchers(group, segs);
    for (const seg of segs) {
      const matcher = foldOf.get(seg) ?? group.matcher;
      const ev = gatherEvidence(seg.text, seg.language, matcher);
      const alone = standaloneConfidences(ev, matcher.parents, false, matcher.paths);
      const inputs = dimensionInputs(ev, alone, matcher.parents, matcher.paths);
      // the stage judges a named dimension with a sub-code at 0.3 or more (without one it is not given);
      // folds by row in turn (the rows are few and their passages far apart in the sets: folds by a
      // passage's place put all three negatives of today's rows in one fold)
      ev.forEach((e, i) => { if (inputs[i] && inputs[i][2] > 0) dimensionRows.push({ x: inputs[i], y: seg.codes.includes(e.code) ? 1 : 0, item: dimensionRows.length }); });
    }
  }
}
/**
 * The short-text stage (confidence.ts shortStage): the strongest code of each fit item of at most
 * SHORT_WORDS words, items without a code included, against the confidences of the weights in use
 * before that stage; reference-passage items against profiles without their fold.
 */
const shortRows = [];
if (shortOnly) {
  for (const group of loadSets()) {
    const segs = group.segments.filter((s) => FIT_SPLITS.includes(s.split));
    const foldOf = foldMatchers(group, segs);
    for (const seg of segs) {
      if (tokenize(seg.text).length > SHORT_WORDS) continue;
      const matcher = foldOf.get(seg) ?? group.matcher;
      const ev = gatherEvidence(seg.text, seg.language, matcher);
      if (!ev.length) continue;
      // the strongest as confidences() picks it, with the confidence it had before the short-text stage
      const judged = confidences(ev, matcher.parents, false, matcher.paths);
      const { top } = secondStage(ev, standaloneConfidences(ev, matcher.parents, false, matcher.paths), matcher.paths);
      if (judged[top].confidence > 0) shortRows.push({ x: [logit(judged[top].confidence)], y: seg.codes.includes(ev[top].code) ? 1 : 0, item: shortRows.length });
    }
  }
}
for (const group of dimensionsOnly || shortOnly ? [] : loadSets()) {
  const tune = group.segments.filter((s) => fitSplits.includes(s.split));
  const add = (list, seg, matcher, learner) => {
    const ev = gatherEvidence(seg.text, seg.language, matcher, undefined, learner);
    // a named dimension is judged by the dimension stage (--dimensions), not by this model
    const own = ev.filter((e) => !isNamedDimension(e, matcher.parents));
    const xs = features(own, matcher.parents);
    own.forEach((e, i) => list.push({ x: xs[i], y: seg.codes.includes(e.code) ? 1 : 0, item: seg.item }));
    if (!SECONDARY_SPLITS.includes(seg.split) || ev.length < 2) return;
    // the candidates confidence.ts judges against the strongest, with the inputs it gives the model
    const { inputs } = secondStage(ev, standaloneConfidences(ev, matcher.parents, learner !== undefined, matcher.paths), matcher.paths);
    ev.forEach((e, i) => {
      if (inputs[i]) (learner ? rows.secondaryLearned : rows.secondary).push({ x: inputs[i], y: seg.codes.includes(e.code) ? 1 : 0, item: seg.item });
    });
  };
  for (const seg of tune) seg.item = item++;
  // these items are also the codebook's reference passages: each fold is measured against a profile
  // without its own passages, and the learned coder is trained on the other folds
  const fs = passageFolds(group, tune, 5);
  fs.forEach(({ matcher, segments: fold }, f) => {
    for (const seg of fold) add(rows.base, seg, matcher);
    const train = fs.filter((_, g) => g !== f).flatMap((x) => x.segments).filter((s) => s.codes.length).map((s) => ({ text: s.text, lang: s.language, codes: s.codes }));
    const learner = trainLearner(matcher, train);
    for (const seg of fold) add(rows.learned, seg, matcher, learner);
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

const predict = (w, x) => 1 / (1 + Math.exp(-x.reduce((s, xi, i) => s + xi * w[i + 1], w[0])));
const K = 5;
/** Out-of-fold predictions (folds by passage) for one penalty. */
function outOfFold(data, lambda) {
  const dims = data[0].x.length;
  const pred = new Array(data.length);
  for (let f = 0; f < K; f++) {
    const w = fit(data.filter((r) => r.item % K !== f), dims, lambda);
    data.forEach((r, i) => { if (r.item % K === f) pred[i] = predict(w, r.x); });
  }
  return pred;
}
const logLoss = (data, pred) => -data.reduce((s, r, i) => s + Math.log(Math.min(1 - 1e-9, Math.max(1e-9, r.y ? pred[i] : 1 - pred[i]))), 0) / data.length;
/** The penalty with the lowest out-of-fold log-loss, its predictions, and the weights fitted on all rows with it. */
function crossValidated(name, data) {
  let best;
  for (const lambda of [0.03, 0.1, 0.3, 1, 3, 10, 30]) {
    const pred = outOfFold(data, lambda);
    const loss = logLoss(data, pred);
    console.error(`${name}: penalty ${lambda}  out-of-fold log-loss ${loss.toFixed(4)}`);
    if (!best || loss < best.loss) best = { lambda, loss, pred };
  }
  console.error(`${name}: chosen penalty ${best.lambda}\n${name}: out-of-fold reliability (confidence band, candidates, mean confidence, share right)`);
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  data.forEach((r, i) => {
    const b = bins[Math.min(9, Math.floor(best.pred[i] * 10))];
    b.n++;
    b.p += best.pred[i];
    b.y += r.y;
  });
  for (const [i, b] of bins.entries()) {
    if (b.n) console.error(`  ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}  n=${String(b.n).padStart(4)}  mean ${(100 * b.p / b.n).toFixed(1).padStart(5)}%  right ${(100 * b.y / b.n).toFixed(1).padStart(5)}%`);
  }
  return { weights: fit(data, data[0].x.length, best.lambda), lambda: best.lambda, loss: best.loss };
}
const fmt = (w) => `[${w.map((x) => Number(x.toFixed(4))).join(', ')}]`;
const weightsFile = path.join(import.meta.dirname, '..', 'src', 'passes', 'confidence-weights.ts');
/** Rewrites one stage's doc comment and weight lines in confidence-weights.ts, after checking they are there. */
function rewrite(docRe, linesRe, doc, lines) {
  const old = readFileSync(weightsFile, 'utf8');
  if (!docRe.test(old) || !linesRe.test(old)) {
    console.error(`calibrate: ${path.relative(process.cwd(), weightsFile)} lacks the lines this script writes; run \`npm run calibrate\` (a full refit) instead`);
    process.exit(1);
  }
  const text = old.replace(docRe, doc).replace(linesRe, lines);
  writeFileSync(weightsFile, text);
  console.log(text);
  process.exit(0);
}
const dimensionDoc = (f, n, pos) => ` * dimension: a code with children that the text names, nothing else pointing to it (confidence.ts), from
 * whether none of its sub-codes is named, its strongest sub-code's confidence, how many reach 0.3 and
 * the strongest rival's outside it, and whether its name leads the text;
 * fitted on the ${FIT_SPLITS.join(', ')} items (${n} named dimensions with a sub-code at 0.3 or more, ${pos} filed under it), penalty ${f.lambda}
 * (out-of-fold log-loss ${f.loss.toFixed(4)}); run \`npm run calibrate -- --dimensions\` after a refit.`;
if (dimensionsOnly) {
  const pos = dimensionRows.filter((r) => r.y).length;
  if (!pos || pos === dimensionRows.length) {
    console.error(`calibrate: ${dimensionRows.length} named dimensions in the fit items, ${pos} of them filed under it: nothing to fit the dimension stage on`);
    process.exit(1);
  }
  const f = crossValidated('dimension', dimensionRows);
  rewrite(/ \* dimension: [\s\S]*?after a refit\./, / {2}dimension: \[[^\]]*\],/, dimensionDoc(f, dimensionRows.length, pos), `  dimension: ${fmt(f.weights)},`);
}
const shortDoc = (f, n, pos) => ` * short: the strongest code of a text of at most ${SHORT_WORDS} words (confidence.ts shortStage), from its log-odds;
 * fitted on the ${FIT_SPLITS.join(', ')} items (${n} short texts, ${pos} with the strongest code right), penalty ${f.lambda}
 * (out-of-fold log-loss ${f.loss.toFixed(4)}); run \`npm run calibrate -- --short\` after a refit.`;
if (shortOnly) {
  const pos = shortRows.filter((r) => r.y).length;
  if (!pos || pos === shortRows.length) {
    console.error(`calibrate: ${shortRows.length} short texts in the fit items, ${pos} with the strongest code right: nothing to fit the short-text stage on`);
    process.exit(1);
  }
  const f = crossValidated('short', shortRows);
  rewrite(/ \* short: [\s\S]*?after a refit\./, / {2}short: \[[^\]]*\],/, shortDoc(f, shortRows.length, pos), `  short: ${fmt(f.weights)},`);
}
if (!rows.secondary.length || !rows.secondaryLearned.length) {
  console.error(`calibrate: no second codes among the ${SECONDARY_SPLITS.join(' and ')} items to fit the second stage on`);
  process.exit(1);
}
const secondaryFit = crossValidated('secondary', rows.secondary);
const secondaryLearnedFit = crossValidated('secondary, learned', rows.secondaryLearned);
const secondaryDoc = ` * secondary: a code that is not its text's strongest (confidence.ts), from its own log-odds and its
 * distance in log-odds to the strongest; fitted on the ${SECONDARY_SPLITS.join(' and ')} items (${rows.secondary.length} second codes), penalty
 * ${secondaryFit.lambda} (out-of-fold log-loss ${secondaryFit.loss.toFixed(4)}); secondaryLearned the same with the learned coder
 * (${rows.secondaryLearned.length}, penalty ${secondaryLearnedFit.lambda}, ${secondaryLearnedFit.loss.toFixed(4)}); on the confidences of the weights above.`;
const secondaryLines = `  secondary: ${fmt(secondaryFit.weights)},\n  secondaryLearned: ${fmt(secondaryLearnedFit.weights)},`;
if (secondaryOnly) {
  rewrite(/ \* secondary: [\s\S]*?on the confidences of the weights above\./, / {2}secondary: \[[^\]]*\],\n {2}secondaryLearned: \[[^\]]*\],/, secondaryDoc, secondaryLines);
}
const learnedAt = FEATURES.indexOf('learned');
const baseFit = crossValidated('base', rows.base.map((r) => ({ x: r.x.map((v, i) => (i === learnedAt ? 0 : v)), y: r.y, item: r.item })));
const learnedFit = crossValidated('learned', rows.learned);
const base = baseFit.weights;
const learned = learnedFit.weights;
// the dimension stage is kept as it is (refit it with --dimensions afterwards)
const kept = readFileSync(weightsFile, 'utf8');
// (a file without them gets an unfitted stage that gives no named dimension: fit it with --dimensions)
const keptDoc = kept.match(/ \* dimension: [\s\S]*?after a refit\./)?.[0] ?? ' * dimension: not fitted yet; run `npm run calibrate -- --dimensions` after a refit.';
const keptLine = kept.match(/ {2}dimension: \[[^\]]*\],/)?.[0] ?? '  dimension: [-10, 0, 0, 0, 0, 0],';
const keptShortDoc = kept.match(/ \* short: [\s\S]*?after a refit\./)?.[0] ?? ' * short: not fitted yet; run `npm run calibrate -- --short` after a refit.';
const keptShortLine = kept.match(/ {2}short: \[[^\]]*\],/)?.[0] ?? '  short: [0, 1],';
const out = `/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the ${fitSplits.join(', ')} items of
 * test/fixtures/eval (never the holdout or blind items), in 5-fold cross-validation against profiles
 * without each fold's reference passages: ${rows.base.length} candidate codes without the learned coder, ${rows.learned.length} with it.
 * L2 penalty chosen by 5-fold cross-validation over those passages: ${baseFit.lambda} (out-of-fold
 * log-loss ${baseFit.loss.toFixed(4)}) without the learned coder, ${learnedFit.lambda} (${learnedFit.loss.toFixed(4)}) with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * ${FEATURES.join(', ')}.
${secondaryDoc}
${keptDoc}
${keptShortDoc}
 * After a refit of base and learned, build and run \`npm run calibrate -- --secondary\`,
 * \`-- --dimensions\` and \`-- --short\` so that those stages are fitted on the new ones.
 */
export const WEIGHTS = {
  base: ${fmt(base)},
  learned: ${fmt(learned)},
${secondaryLines}
${keptLine}
${keptShortLine}
} as const;
`;
writeFileSync(weightsFile, out);
console.log(out);
