/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune items of test/fixtures/eval
 * (never the holdout): 1675 candidate codes without the learned coder, 1700 with it.
 * L2 penalty chosen by 5-fold cross-validation over the tune passages: 0.3 (out-of-fold
 * log-loss 0.2677) without the learned coder, 0.3 (0.2621) with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * keywords, keywords-relative, distinct-terms, similarity, similarity-relative, exclusion, best-by-both, keywords-x-similarity, parent, learned.
 */
export const WEIGHTS = {
  base: [-4.5325, 0.0697, 2.6265, 0.6606, 1.0144, 0.8282, -0.1994, 0.7602, 2.356, 0, 0],
  learned: [-3.9246, -0.034, 2.6119, 0.7679, 1.2774, 0.5695, -0.2537, 0.5976, 2.3725, 0, 0.7445],
} as const;
