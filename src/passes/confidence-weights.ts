/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune and dev items of
 * test/fixtures/eval (never the holdout or blind items): 2302 candidate codes without the learned coder, 2324 with it.
 * L2 penalty chosen by 5-fold cross-validation over those passages: 0.03 (out-of-fold
 * log-loss 0.2698) without the learned coder, 0.03 (0.2583) with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * keywords, keywords-relative, distinct-terms, similarity, similarity-relative, exclusion, best-by-both, keywords-x-similarity, parent, learned.
 */
export const WEIGHTS = {
  base: [-5.1067, 0.8431, 2.6462, 0.0612, 8.2343, 1.2216, -0.9145, 0.8098, 0.7273, 0, 0],
  learned: [-3.9517, 0.7091, 2.566, 0.253, 10.3875, 0.6176, -1.1752, 0.5481, 0.505, 0, 1.3452],
} as const;
