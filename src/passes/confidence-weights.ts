/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune and dev items of
 * test/fixtures/eval (never the holdout or blind items): 2304 candidate codes without the learned coder, 2326 with it.
 * L2 penalty chosen by 5-fold cross-validation over those passages: 0.03 (out-of-fold
 * log-loss 0.2580) without the learned coder, 0.03 (0.2482) with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * keywords, keywords-relative, distinct-terms, similarity, similarity-relative, exclusion, best-by-both, keywords-x-similarity, parent, learned.
 */
export const WEIGHTS = {
  base: [-5.1846, 0.6354, 2.8427, 0.188, 8.6106, 1.0223, -1.0259, 0.864, 0.9215, 0, 0],
  learned: [-4.0938, 0.4364, 2.8146, 0.3583, 10.1208, 0.4607, -1.3377, 0.6051, 0.8228, 0, 1.2004],
} as const;
