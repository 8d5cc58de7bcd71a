/**
 * From evidence to a calibrated confidence: a logistic model over a few features of each candidate
 * code, fitted on the tune part of the evaluation set (scripts/calibrate.mjs writes
 * confidence-weights.ts; `npm run eval` checks the calibration on the holdout). Pure.
 */
import type { Evidence } from './evidence.js';
import { WEIGHTS } from './confidence-weights.js';

/** The names of the features, in the order of the weights (after the intercept). */
export const FEATURES = [
  'keywords', 'keywords-relative', 'distinct-terms', 'similarity', 'similarity-relative', 'exclusion', 'best-by-both', 'keywords-x-similarity', 'parent', 'learned',
] as const;

/**
 * The similarity the model was fitted on reaches about this much (99th percentile over the evaluation
 * items, profiles with reference passages): the cosine of a short text against a small codebook's
 * profile can be far higher, where a linear weight fitted below it would claim certainty. Above
 * this, similarity counts as this much.
 */
const SIMILARITY_CAP = 0.35;

/** Feature vectors of a text's candidates (same order as `all`). */
export function features(all: Evidence[], parents: ReadonlySet<string>): number[][] {
  let maxKw = 0;
  let maxSim = 0;
  for (const e of all) {
    maxKw = Math.max(maxKw, e.specific);
    maxSim = Math.max(maxSim, e.similarity);
  }
  return all.map((e) => [
    Math.log1p(e.specific),
    maxKw > 0 ? e.specific / maxKw : 0,
    Math.log1p(e.terms.length),
    Math.min(e.similarity, SIMILARITY_CAP),
    maxSim > 0 ? e.similarity / maxSim : 0,
    e.exclusion,
    maxKw > 0 && maxSim > 0 && e.specific === maxKw && e.similarity === maxSim ? 1 : 0,
    Math.log1p(e.specific) * Math.min(1, e.similarity * 5),
    parents.has(e.code) ? 1 : 0,
    e.learned === undefined ? 0 : e.learned / 4,
  ]);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Confidence of each candidate, 0–1, rounded to two decimals (deterministic output). */
export function confidences(all: Evidence[], parents: ReadonlySet<string>, learned: boolean): number[] {
  const w = learned ? WEIGHTS.learned : WEIGHTS.base;
  return features(all, parents).map((x) => {
    let z = w[0]!;
    for (let i = 0; i < x.length; i++) z += (w[i + 1] ?? 0) * x[i]!;
    return Math.round(sigmoid(z) * 100) / 100;
  });
}
