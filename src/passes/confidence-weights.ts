/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune items of test/fixtures/eval
 * (never the holdout): 1363 candidate codes without the learned coder, 1388 with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * keywords, keywords-relative, distinct-terms, similarity, similarity-relative, exclusion, best-by-both, keywords-x-similarity, parent, learned.
 */
export const WEIGHTS = {
  base: [-3.2358, 0.9323, 1.3988, -0.3501, 0.8059, 0.9701, -0.3922, 0.5728, 1.6578, 0, 0],
  learned: [-2.503, 0.8486, 1.4107, -0.2677, 1.0206, 0.8012, -0.3293, 0.3394, 1.6089, 0, 1.0882],
} as const;
