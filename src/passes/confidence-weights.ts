/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune items of test/fixtures/eval
 * (never the holdout): 1427 candidate codes without the learned coder, 1448 with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * keywords, keywords-relative, distinct-terms, similarity, similarity-relative, exclusion, best-by-both, keywords-x-similarity, parent, learned.
 */
export const WEIGHTS = {
  base: [-4.1928, 0.5145, 2.304, 0.3165, 0.4805, 0.838, -0.1924, 0.9697, 1.9256, 0, 0],
  learned: [-3.7121, 0.4387, 2.3393, 0.3759, 0.553, 0.6585, -0.1902, 0.835, 1.9083, 0, 0.6352],
} as const;
