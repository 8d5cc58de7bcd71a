/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune items of test/fixtures/eval
 * (never the holdout): 1215 candidate codes without the learned coder, 1225 with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * keywords, keywords-relative, distinct-terms, similarity, similarity-relative, exclusion, best-by-both, parent, learned.
 */
export const WEIGHTS = {
  base: [-3.3779, 1.9333, 1.428, -0.8915, 0.7608, 1.4972, -0.2165, 1.3263, 0, 0],
  learned: [-2.3442, 1.852, 1.469, -0.8739, 0.8095, 1.2838, -0.1168, 1.0062, 0, 1.465],
} as const;
