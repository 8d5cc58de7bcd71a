/**
 * The learned polarity: a naive Bayes model of support against limit over the words and word pairs
 * of labelled passages (a codebook's reference passages with `polarity:`, and those of the bundled
 * codebooks). It reads the stories the cue words miss — "Rapat evaluasi yang dijadwalkan tiap enam
 * bulan, baru sekali", "the group never moved back" — and is asked only where the cue rules are
 * silent or stand alone against it (passes/evidence.ts). Words and pairs, not roots: *nggak pernah*,
 * *cuma*, *doang*, *never* carry polarity and are no content words. Pure and deterministic: the same
 * passages in the same order give the same numbers.
 */
import type { Polarity } from '../model/analysis.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** Word ids stay below 2^21 (lexicon.ts): a pair's key is (first + 1) · 2^21 + second, above every word's. */
const PAIR = 2 ** 21;
const ALPHA = 0.5;
/** Below this many passages of each polarity the model says nothing (a codebook of a few passages). */
const MIN_PER_SIDE = 20;

export interface PolarityModel {
  /** Per word or word pair: log P(f | limit) − log P(f | support). */
  weights: Map<number, number>;
  /** log P(limit) − log P(support) of the passages. */
  prior: number;
  /** Passages it was trained on: limit, support. */
  limits: number;
  supports: number;
}

/** The distinct word and word-pair keys of a text's tokens, in order of first occurrence. */
function features(tokens: readonly Token[], into: Set<number>): Set<number> {
  into.clear();
  let prev = -1;
  for (const t of tokens) {
    if (t.id < 0) {
      prev = -1;
      continue;
    }
    into.add(t.id);
    if (prev >= 0) into.add((prev + 1) * PAIR + t.id);
    prev = t.id;
  }
  return into;
}

/** A model trained on labelled texts, or undefined when either polarity has fewer than MIN_PER_SIDE of them. */
export function trainPolarity(items: readonly { text: string; polarity: Polarity }[]): PolarityModel | undefined {
  const df = { limit: new Map<number, number>(), support: new Map<number, number>() };
  const total = { limit: 0, support: 0 };
  const docs = { limit: 0, support: 0 };
  const seen = new Set<number>();
  const vocab = new Set<number>();
  for (const it of items) {
    const f = features(tokenize(it.text), seen);
    if (!f.size) continue;
    docs[it.polarity]++;
    total[it.polarity] += f.size;
    const d = df[it.polarity];
    for (const k of f) {
      d.set(k, (d.get(k) ?? 0) + 1);
      vocab.add(k);
    }
  }
  if (docs.limit < MIN_PER_SIDE || docs.support < MIN_PER_SIDE) return undefined;
  const v = vocab.size + 1;
  const weights = new Map<number, number>();
  // in key order: the same weights whatever order the passages came in
  for (const k of [...vocab].sort((a, b) => a - b)) {
    weights.set(k, Math.log(((df.limit.get(k) ?? 0) + ALPHA) / (total.limit + ALPHA * v))
      - Math.log(((df.support.get(k) ?? 0) + ALPHA) / (total.support + ALPHA * v)));
  }
  return { weights, prior: Math.log((docs.limit + ALPHA) / (docs.support + ALPHA)), limits: docs.limit, supports: docs.support };
}

const scratch = new Set<number>();

/**
 * P(limit) of a text by the model: the known features' log-odds summed and scaled by the square
 * root of their number (naive Bayes grows overconfident with length), plus the prior.
 */
export function limitProbability(model: PolarityModel, tokens: readonly Token[]): number {
  let sum = 0;
  let k = 0;
  for (const f of features(tokens, scratch)) {
    const w = model.weights.get(f);
    if (w === undefined) continue;
    sum += w;
    k++;
  }
  const x = model.prior + (k ? sum / Math.sqrt(k) : 0);
  return 1 / (1 + Math.exp(-x));
}
