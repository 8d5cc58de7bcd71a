/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune, dev and dev2 items of
 * test/fixtures/eval (never the holdout or blind items), in 5-fold cross-validation against profiles
 * without each fold's reference passages: 3083 candidate codes without the learned coder, 3084 with it.
 * L2 penalty chosen by 5-fold cross-validation over those passages: 0.03 (out-of-fold
 * log-loss 0.2458) without the learned coder, 0.03 (0.2382) with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * keywords, keywords-relative, distinct-terms, similarity, similarity-relative, exclusion, best-by-both, keywords-x-similarity, parent, learned.
 */
export const WEIGHTS = {
  base: [-6.2157, -0.3047, 2.7658, 1.6435, 12.6622, 2.1385, 0.5683, 0.4294, 0.2256, 0, 0],
  learned: [-4.9453, 0.1255, 2.6076, 1.3866, 12.9274, 1.4641, 0.6623, 0.1299, 0.1302, 0, 1.2465],
} as const;
