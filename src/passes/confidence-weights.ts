/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune items of test/fixtures/eval
 * (never the holdout): 1215 candidate codes without the learned coder, 1225 with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * keywords, keywords-relative, distinct-terms, similarity, similarity-relative, exclusion, parent, learned.
 */
export const WEIGHTS = {
  base: [-3.8332, 1.8801, 1.7665, -0.4767, 1.0676, 2.0739, -0.2448, 0, 0],
  learned: [-2.5356, 1.7315, 1.731, -0.4841, 1.0045, 1.6381, -0.1331, 0, 1.6099],
} as const;
