/** Scoring the automatic coder against a hand-labelled evaluation set. Pure. */
import type { Matcher } from '../codebook/compile.js';
import { autoCodes } from '../passes/code.js';
import type { Learner } from '../passes/learn.js';

export interface EvalSegment {
  id: string;
  language: string;
  /**
   * `holdout`: never used to tune keywords or the confidence model; `blind`: that, and written by
   * someone who never saw the codebooks' keywords or the other items; `dev`: written that way too,
   * but looked at and fitted on (calibration).
   */
  split?: 'tune' | 'dev' | 'holdout' | 'blind';
  /** spoken | finding | abstract (the register of published studies it imitates). */
  register?: string;
  text: string;
  /** Correct codes, primary first; empty for a passage that carries no code (a negative item). */
  codes: string[];
  polarity?: 'support' | 'limit';
}

export interface CodeScore {
  code: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

export interface EvalResult {
  /** Items with a code (the figures below are over these). */
  segments: number;
  /** Items without a code, and the share of them that got a code anyway (false alarms). */
  negatives: number;
  falseAlarm: number | null;
  top1: number;
  /** Share of segments given any code. */
  coded: number;
  /** Of the segments given a code, the share whose top code is the primary one (precision of the top code). */
  top1Precision: number | null;
  /** Share of segments whose primary code was predicted at all (any rank). */
  primaryRecall: number;
  /** Polarity accuracy of the primary code, over segments where it was predicted. */
  polarity: number | null;
  /** The segments the polarity figure is over (its denominator): pool polarity by this, not by `segments`. */
  polarityOf: number;
  perCode: CodeScore[];
  misses: { id: string; expected: string; got: string[] }[];
}

export function evaluate(segments: EvalSegment[], matcher: Matcher, minConfidence: number, learnerFor?: (seg: EvalSegment) => Learner | undefined): EvalResult {
  const stats = new Map<string, { tp: number; fp: number; fn: number }>();
  const stat = (c: string) => {
    let s = stats.get(c);
    if (!s) stats.set(c, (s = { tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  let top1 = 0;
  let coded = 0;
  let negatives = 0;
  let alarms = 0;
  let primaryHit = 0;
  let polOk = 0;
  let polN = 0;
  const misses: EvalResult['misses'] = [];
  for (const seg of segments) {
    const learner = learnerFor?.(seg);
    const got = autoCodes(seg.text, seg.language, matcher, learner ? { minConfidence, learner } : { minConfidence });
    const gotIds = got.map((g) => g.code);
    if (seg.codes.length === 0) {
      negatives++;
      if (gotIds.length) alarms++;
      for (const c of gotIds) stat(c).fp++;
      continue;
    }
    if (gotIds.length) coded++;
    const gold = new Set(seg.codes);
    const primary = seg.codes[0]!;
    if (gotIds[0] === primary) top1++;
    else misses.push({ id: seg.id, expected: primary, got: gotIds });
    const p = got.find((g) => g.code === primary);
    if (p) {
      primaryHit++;
      if (seg.polarity) {
        polN++;
        if (p.polarity === seg.polarity) polOk++;
      }
    }
    for (const c of gold) (gotIds.includes(c) ? stat(c).tp++ : stat(c).fn++);
    for (const c of gotIds) if (!gold.has(c)) stat(c).fp++;
  }
  const order = matcher.order;
  const perCode = [...stats.entries()]
    .sort((a, b) => (order.get(a[0]) ?? 1e9) - (order.get(b[0]) ?? 1e9))
    .map(([code, s]) => ({
      code, ...s,
      precision: s.tp + s.fp ? s.tp / (s.tp + s.fp) : null,
      recall: s.tp + s.fn ? s.tp / (s.tp + s.fn) : null,
    }));
  const n = segments.length - negatives;
  return { segments: n, negatives, falseAlarm: negatives ? alarms / negatives : null, top1: n ? top1 / n : 0, coded: n ? coded / n : 0, top1Precision: coded ? top1 / coded : null, primaryRecall: n ? primaryHit / n : 0, polarity: polN ? polOk / polN : null, polarityOf: polN, perCode, misses };
}
