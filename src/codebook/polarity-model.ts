/**
 * The learned polarity: a naive Bayes model of support against limit over the words and word pairs
 * of labelled passages (a codebook's reference passages with `polarity:`, and those of the bundled
 * codebooks). It reads the stories the cue words miss — "Rapat evaluasi yang dijadwalkan tiap enam
 * bulan, baru sekali", "the group never moved back" — and is asked only where the cue rules are
 * silent or stand alone against it (passes/evidence.ts). Words and pairs, not roots: *nggak pernah*,
 * *cuma*, *doang*, *never* carry polarity and are no content words. Pure and deterministic: the same
 * passages, in any order, give the same numbers.
 */
import type { Polarity } from '../model/analysis.js';
import { tokenize, type Token } from '../text/tokenize.js';

const ALPHA = 0.5;
/** Below this many passages of each polarity the model says nothing (a codebook of a few passages). */
const MIN_PER_SIDE = 20;

/**
 * Word ids are this thread's lexicon ids (lexicon.ts): a model is trained and used in one thread.
 * Each word of the vocabulary has an index; a word pair's key is first · size + second, a small
 * integer, so that scoring a segment hashes no strings and no large numbers.
 */
export interface PolarityModel {
  /** Vocabulary index of each word id (−1: not in the vocabulary); ids past its end are not either. */
  index: Int32Array;
  /** log P(word | limit) − log P(word | support), by vocabulary index. */
  words: Float64Array;
  /** The same for word pairs, by key. */
  pairs: Map<number, number>;
  /** log P(limit) − log P(support) of the passages. */
  prior: number;
  /** Passages it was trained on: limit, support. */
  limits: number;
  supports: number;
}

/** A model trained on labelled texts, or undefined when either polarity has fewer than MIN_PER_SIDE of them. */
export function trainPolarity(items: readonly { text: string; polarity: Polarity }[]): PolarityModel | undefined {
  const docs = { limit: 0, support: 0 };
  const tokenized: { ids: number[]; polarity: Polarity }[] = [];
  let maxId = -1;
  for (const it of items) {
    const ids = tokenize(it.text).map((t) => t.id);
    for (const id of ids) if (id > maxId) maxId = id;
    tokenized.push({ ids, polarity: it.polarity });
  }
  // vocabulary indices in order of word id: the same model whatever order the passages came in
  const present = new Uint8Array(maxId + 1);
  for (const { ids } of tokenized) for (const id of ids) if (id >= 0) present[id] = 1;
  const index = new Int32Array(maxId + 1).fill(-1);
  let size = 0;
  for (let id = 0; id <= maxId; id++) if (present[id]) index[id] = size++;
  const df = { limit: new Float64Array(size), support: new Float64Array(size) };
  const pairDf = { limit: new Map<number, number>(), support: new Map<number, number>() };
  const total = { limit: 0, support: 0 };
  const seenWords = new Set<number>();
  const seenPairs = new Set<number>();
  const pairKeys = new Set<number>();
  for (const { ids, polarity } of tokenized) {
    seenWords.clear();
    seenPairs.clear();
    let prev = -1;
    for (const id of ids) {
      const ix = id >= 0 ? index[id]! : -1;
      if (ix >= 0 && !seenWords.has(ix)) {
        seenWords.add(ix);
        df[polarity][ix]!++;
      }
      if (prev >= 0 && ix >= 0) {
        const key = prev * size + ix;
        if (!seenPairs.has(key)) {
          seenPairs.add(key);
          pairDf[polarity].set(key, (pairDf[polarity].get(key) ?? 0) + 1);
          pairKeys.add(key);
        }
      }
      prev = ix;
    }
    const n = seenWords.size + seenPairs.size;
    if (!n) continue;
    docs[polarity]++;
    total[polarity] += n;
  }
  if (docs.limit < MIN_PER_SIDE || docs.support < MIN_PER_SIDE) return undefined;
  const v = size + pairKeys.size + 1;
  const logRatio = (l: number, s: number) => Math.log((l + ALPHA) / (total.limit + ALPHA * v)) - Math.log((s + ALPHA) / (total.support + ALPHA * v));
  const words = new Float64Array(size);
  for (let i = 0; i < size; i++) words[i] = logRatio(df.limit[i]!, df.support[i]!);
  const pairs = new Map<number, number>();
  for (const k of [...pairKeys].sort((a, b) => a - b)) pairs.set(k, logRatio(pairDf.limit.get(k) ?? 0, pairDf.support.get(k) ?? 0));
  return { index, words, pairs, prior: Math.log((docs.limit + ALPHA) / (docs.support + ALPHA)), limits: docs.limit, supports: docs.support };
}

/** The segment a word's stamp was last set in (distinct words counted once), by vocabulary index. */
let stamps = new Int32Array(0);
let stamp = 0;
const pairsSeen = new Set<number>();

/**
 * P(limit) of a text by the model: the known words' and pairs' log-odds summed, each once, and scaled
 * by the square root of their number (naive Bayes grows overconfident with length), plus the prior.
 */
export function limitProbability(model: PolarityModel, tokens: readonly Token[]): number {
  const { index, words, pairs } = model;
  if (stamps.length < words.length) stamps = new Int32Array(words.length);
  if (++stamp === 0x7fffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  pairsSeen.clear();
  const size = words.length;
  let sum = 0;
  let k = 0;
  let prev = -1;
  for (const t of tokens) {
    const ix = t.id >= 0 && t.id < index.length ? index[t.id]! : -1;
    if (ix >= 0) {
      if (stamps[ix] !== stamp) {
        stamps[ix] = stamp;
        sum += words[ix]!;
        k++;
      }
      if (prev >= 0) {
        const key = prev * size + ix;
        const w = pairs.get(key);
        if (w !== undefined && !pairsSeen.has(key)) {
          pairsSeen.add(key);
          sum += w;
          k++;
        }
      }
    }
    prev = ix;
  }
  const x = model.prior + (k ? sum / Math.sqrt(k) : 0);
  return 1 / (1 + Math.exp(-x));
}

/**
 * The words and word pairs of a text that weigh most toward a limit (`toward` limit) or toward
 * support, strongest first, at most `n`, as the text writes them (a pair with what stands between
 * its words: "sekali, itu"): what `code --explain` shows as the model's reasons. `tokens`: tokenize(text).
 */
export function strongestFeatures(model: PolarityModel, text: string, tokens: readonly Token[], toward: Polarity, n: number): string[] {
  const { index, words, pairs } = model;
  const sign = toward === 'limit' ? 1 : -1;
  const found = new Map<string, number>();
  let prev = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const ix = t.id >= 0 && t.id < index.length ? index[t.id]! : -1;
    if (ix >= 0) {
      found.set(text.slice(t.start, t.end).toLowerCase(), sign * words[ix]!);
      const w = prev >= 0 ? pairs.get(prev * words.length + ix) : undefined;
      if (w !== undefined) found.set(text.slice(tokens[i - 1]!.start, t.end).toLowerCase(), sign * w);
    }
    prev = ix;
  }
  return [...found].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([f]) => f);
}
