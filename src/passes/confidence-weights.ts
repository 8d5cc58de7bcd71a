/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune items of test/fixtures/eval
 * (never the holdout): 1268 candidate codes without the learned coder, 1275 with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * keywords, keywords-relative, distinct-terms, similarity, similarity-relative, exclusion, parent, learned.
 */
export const WEIGHTS = {
  base: [-5.0536, 1.4085, 3.8408, -0.3059, 0.7606, 2.1974, 0.3047, 0, 0],
  learned: [-3.9126, 1.2936, 3.8019, -0.3305, 0.6561, 1.7437, 0.2652, 0, 1.2603],
} as const;
