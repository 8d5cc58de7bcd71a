/**
 * Written by scripts/calibrate.mjs (npm run calibrate) from the tune, dev, dev2, dev3 items of
 * test/fixtures/eval (never the holdout or blind items), in 5-fold cross-validation against profiles
 * without each fold's reference passages: 3739 candidate codes without the learned coder, 3742 with it.
 * L2 penalty chosen by 5-fold cross-validation over those passages: 0.03 (out-of-fold
 * log-loss 0.2574) without the learned coder, 0.03 (0.2471) with it.
 * Intercept first, then one weight per feature of confidence.ts FEATURES:
 * keywords, keywords-relative, distinct-terms, similarity, similarity-relative, exclusion, best-by-both, keywords-x-similarity, parent, learned.
 * secondary: a code that is not its text's strongest (confidence.ts), from its own log-odds and its
 * distance in log-odds to the strongest; fitted on the tune and dev items (1608 second codes), penalty
 * 1 (out-of-fold log-loss 0.1761); secondaryLearned the same with the learned coder
 * (1609, penalty 1, 0.1690); on the confidences of the weights above.
 * dimension: a code with children that the text names, nothing else pointing to it (confidence.ts), from
 * whether none of its sub-codes is named, its strongest sub-code's confidence, how many reach 0.3 and
 * the strongest rival's outside it, and whether its name leads the text;
 * fitted on the tune, dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8 items (20 named dimensions with a sub-code at 0.3 or more, 17 filed under it), penalty 0.03
 * (out-of-fold log-loss 0.2327); run `npm run calibrate -- --dimensions` after a refit.
 * short: the strongest code of a text of at most 20 words (confidence.ts shortStage), from its log-odds;
 * fitted on the tune, dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11 items (446 short texts, 306 with the strongest code right), penalty 3
 * (out-of-fold log-loss 0.4679); run `npm run calibrate -- --short` after a refit.
 */
export const WEIGHTS = {
  base: [-6.2962, -0.1018, 2.4946, 1.3768, 13.7231, 2.5484, -0.2704, 0.3083, 0.2076, 0, 0],
  learned: [-4.8228, 0.3876, 2.2902, 1.1235, 13.6384, 1.8395, -0.792, -0.0415, 0.0666, 0, 1.3683],
  secondary: [-0.6192, 0.6789, -0.0856],
  secondaryLearned: [-0.7724, 0.6798, -0.0647],
  dimension: [-5.9231, -2.0972, 4.3153, 4.7675, -2.3509, 0],
  short: [0.4007, 0.6633],
} as const;
