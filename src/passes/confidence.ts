/**
 * From evidence to a calibrated confidence: a logistic model over a few features of each candidate
 * code, fitted on the tune part of the evaluation set (scripts/calibrate.mjs writes
 * confidence-weights.ts; `npm run eval` checks the calibration on the holdout). Pure.
 */
import type { Evidence } from './evidence.js';
import { WEIGHTS } from './confidence-weights.js';

/** The names of the features, in the order of the weights (after the intercept). */
export const FEATURES = [
  'keywords', 'keywords-relative', 'distinct-terms', 'similarity', 'similarity-relative', 'exclusion', 'best-by-both', 'keywords-x-similarity', 'parent', 'learned',
] as const;

/**
 * The similarity the model was fitted on reaches about this much (99th percentile over the evaluation
 * items, profiles with reference passages): the cosine of a short text against a small codebook's
 * profile can be far higher, where a linear weight fitted below it would claim certainty. Above
 * this, similarity counts as this much.
 */
const SIMILARITY_CAP = 0.35;

/** Feature vectors of a text's candidates (same order as `all`). */
export function features(all: Evidence[], parents: ReadonlySet<string>): number[][] {
  let maxKw = 0;
  let maxSim = 0;
  for (const e of all) {
    maxKw = Math.max(maxKw, e.specific);
    maxSim = Math.max(maxSim, e.similarity);
  }
  return all.map((e) => [
    Math.log1p(e.specific),
    maxKw > 0 ? e.specific / maxKw : 0,
    Math.log1p(e.terms.length),
    Math.min(e.similarity, SIMILARITY_CAP),
    maxSim > 0 ? e.similarity / maxSim : 0,
    e.exclusion,
    maxKw > 0 && maxSim > 0 && e.specific === maxKw && e.similarity === maxSim ? 1 : 0,
    Math.log1p(e.specific) * Math.min(1, e.similarity * 5),
    parents.has(e.code) ? 1 : 0,
    e.learned === undefined ? 0 : e.learned / 4,
  ]);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round2 = (p: number) => Math.round(p * 100) / 100;
/** Log-odds of a rounded confidence, kept off 0 and 1. */
export const logit = (p: number) => {
  const q = Math.min(Math.max(p, 0.005), 0.995);
  return Math.log(q / (1 - q));
};

/**
 * A dimension the text names and nothing else points to: a code with children (Kondisi awal,
 * Desain kelembagaan, Proses kolaborasi) whose only evidence is its names. Authors who analyse the
 * model by its dimensions file a finding under the dimension they name; the logistic model above was
 * fitted on passages filed under indicators only, so such a code is judged by the dimension stage.
 */
export function isNamedDimension(e: Evidence, parents: ReadonlySet<string>): boolean {
  return parents.has(e.code) && e.terms.length > 0 && e.terms.every((t) => t.name === true);
}

/**
 * Confidence of each candidate on its own evidence, 0–1, rounded to two decimals (deterministic
 * output). A named dimension's comes from the dimension stage (`dimensionInputs`), and is 0 when none
 * of its sub-codes reaches 0.3 (an aim or method sentence that names the dimension says nothing of
 * it); the other candidates' features are computed without it, as if it had not been named.
 * `paths`: each code's ancestors (which candidates are a dimension's sub-codes).
 */
export function standaloneConfidences(all: Evidence[], parents: ReadonlySet<string>, learned: boolean, paths: ReadonlyMap<string, readonly string[]>): number[] {
  return judgeAlone(all, parents, learned, paths).alone;
}

type DimensionInputs = [number, number, number, number, number];

/**
 * A dimension whose name leads the text while none of its sub-codes reaches 0.3 (*Institutional design
 * of the board remained weak*, *Proses kolaborasi belum berjalan optimal*): a finding about the
 * dimension as a whole. On the fit and blind sets 11 of 16 such passages were filed under it (fit 10 of
 * 12, blind 1 of 4), so it gets a fixed, modest confidence below that rate — when no code outside it
 * reaches 0.3 either (*Dalam proses kolaborasi ini, camat yang menengahi …* is about leadership). A
 * dimension named further on with nothing said of its parts is still not given, and a sentence about
 * the study never names it (text/frames.ts).
 */
const LEADING_ALONE = 0.6;

/** The dimension stage's confidence from which a dimension whose name leads the text heads its family (the default min_confidence). */
const HEADS_FROM = 0.3;

/** `standaloneConfidences`, and the dimension stage's inputs it weighed (undefined where none: most texts). */
function judgeAlone(all: Evidence[], parents: ReadonlySet<string>, learned: boolean, paths: ReadonlyMap<string, readonly string[]>): { alone: number[]; dims?: (DimensionInputs | undefined)[] } {
  const w = learned ? WEIGHTS.learned : WEIGHTS.base;
  const named = all.map((e) => isNamedDimension(e, parents));
  const rest = all.filter((_, i) => !named[i]);
  const restConf = features(rest, parents).map((x) => {
    let z = w[0]!;
    for (let i = 0; i < x.length; i++) z += (w[i + 1] ?? 0) * x[i]!;
    return round2(sigmoid(z));
  });
  if (rest.length === all.length) return { alone: restConf };
  const alone: number[] = [];
  let k = 0;
  for (let i = 0; i < all.length; i++) alone.push(named[i] ? Number.NaN : restConf[k++]!);
  const [d0, d1, d2, d3, d4, d5] = WEIGHTS.dimension;
  const dims = dimensionInputs(all, alone, parents, paths);
  // a dimension is given for what the text says of its parts, not for its name alone
  dims.forEach((x, i) => {
    if (!x) return;
    const [, strongestSub, subCodes, rival, leads] = x;
    alone[i] = subCodes === 0 ? (leads === 1 && rival < 0.3 ? LEADING_ALONE : 0) : round2(sigmoid(d0 + d1 * x[0] + d2 * x[1] + d3 * x[2] + d4 * x[3] + d5 * x[4]));
    // a dimension the stage gives whose name leads the text heads its family: the finding is filed
    // under it. On the fit sets, of the passages whose text a dimension's name leads with one of its
    // sub-codes at 0.3 or more, 23 were filed under the dimension and 3 under the sub-code. Only the
    // order moves: a dimension the stage does not give (a name in another sense, in passing) stays so
    if (subCodes > 0 && leads === 1 && alone[i]! >= HEADS_FROM) alone[i] = Math.max(alone[i]!, Math.min(1, round2(strongestSub + 0.01)));
  });
  return { alone, dims };
}

/**
 * The dimension stage's inputs for each named dimension (undefined for every other candidate): 1 when
 * none of its sub-codes is named too (the fit decides which way that weighs), the highest confidence
 * among its sub-codes' candidates, how many of them reach 0.3 (at most 3: a finding about several
 * parts at once is about the dimension; with none, the dimension is not given), the highest
 * confidence of a candidate outside the dimension (a rival: "dalam proses kolaborasi, kepala dinas
 * menengahi" is about leadership), and 1 when its name leads the text (evidence.ts LEAD_WORDS:
 * "Kondisi awal kolaborasi ditandai oleh …"; on the rows fitted today every name leads, so it weighs
 * nothing yet). `alone`: the other candidates' confidences (a named dimension's entry is ignored).
 * scripts/calibrate.mjs fits WEIGHTS.dimension on these.
 */
export function dimensionInputs(all: Evidence[], alone: number[], parents: ReadonlySet<string>, paths: ReadonlyMap<string, readonly string[]>): (DimensionInputs | undefined)[] {
  return all.map((e, i) => {
    if (!isNamedDimension(e, parents)) return undefined;
    let childNamed = false;
    let best = 0;
    let strong = 0;
    let rival = 0;
    const lead = e.terms.some((t) => t.lead === true) ? 1 : 0;
    all.forEach((c, j) => {
      if (j === i || isNamedDimension(c, parents)) return;
      if (!paths.get(c.code)?.includes(e.code)) {
        if (!paths.get(e.code)?.includes(c.code)) rival = Math.max(rival, alone[j]!);
        return;
      }
      if (c.terms.some((t) => t.name)) childNamed = true;
      best = Math.max(best, alone[j]!);
      if (alone[j]! >= 0.3) strong++;
    });
    return [childNamed ? 0 : 1, best, Math.min(3, strong), rival, lead];
  });
}

/** A candidate's confidence, and, for one that is not its text's strongest, what it had on its own evidence. */
export interface Judged {
  confidence: number;
  /** Its confidence on its own evidence, when it was judged against a stronger candidate. */
  alone?: number;
  /** The strongest candidate's code, when it was. */
  strongest?: string;
  /** For a named dimension: what the dimension stage weighed (`dimensionInputs`). */
  dimension?: { subNamed: boolean; strongestSub: number; subCodes: number; rival: number; leads: boolean };
  /** In a short text, where the short-text stage changed it (`shortStage`): its confidence before. */
  short?: number;
}

/**
 * A text of at most SHORT_WORDS words — an abstract's clause, a one-line finding, a short answer —
 * gives the similarity little to work on, and the model above was fitted on longer passages: there
 * the strongest code at 0.1–0.3 was the passage's code about half the time, and at 0.9 and more less
 * often than it said. Its strongest code's confidence (and that of any code tied with it) is
 * recalibrated by a logistic stage over its log-odds (WEIGHTS.short, fitted by `npm run calibrate --
 * --short` on the fit sets' short texts, those without a code included). The others were judged
 * against the strongest already: the stage never lifts them, and lowers them where it would lower a
 * strongest code as confident, so that none ranks above the strongest after it.
 */
export const SHORT_WORDS = 20;

/**
 * Past SHORT_WORDS the stage fades out instead of stopping at an edge (a finding of 20 words and the
 * same with two filler words more were coded 0.31 and 0.11): its shift in log-odds shrinks linearly
 * and is gone at SHORT_FADE_WORDS words. The stage was fitted on texts of at most SHORT_WORDS words.
 */
export const SHORT_FADE_WORDS = 30;

/** How much of the short-text stage a text of `words` words gets: 1 up to SHORT_WORDS, 0 from SHORT_FADE_WORDS. */
export function shortWeight(words: number): number {
  if (words <= SHORT_WORDS) return 1;
  return Math.max(0, (SHORT_FADE_WORDS - words) / (SHORT_FADE_WORDS - SHORT_WORDS));
}

/** The short-text stage: a strongest code's confidence in a text of at most SHORT_WORDS words (`weight` 1), faded past it. */
export function shortStage(p: number, weight = 1): number {
  const [s0, s1] = WEIGHTS.short;
  const x = logit(p);
  return round2(sigmoid(weight * (s0 + s1 * x) + (1 - weight) * x));
}

/**
 * Confidence of each candidate (same order as `all`). The strongest candidate keeps its confidence
 * (but for the short-text stage below); every other is judged against it: on the fit sets a code that was not its passage's strongest but
 * reached 0.3 on its own evidence was right 15% of the time (41 of 279), so its confidence comes from
 * a second small logistic model over its own log-odds and its distance in log-odds to the strongest
 * (WEIGHTS.secondary, or secondaryLearned with the learned coder), and never rises. The fitted model
 * marks nearly every second code down about alike: the distance weighs little. Not judged: a code as
 * strong as the strongest (a tie is no verdict), and a code that is the strongest's parent or child
 * (`paths`: each code's ancestors) — they are not rivals. Strongest: highest confidence, then keyword
 * score, then codebook order (`all` is in codebook order), as the codes are ranked. `words`: the
text's word count, when it may be short (under SHORT_FADE_WORDS): then, without the learned coder, the
short-text stage (`shortStage`, faded past SHORT_WORDS) recalibrates the strongest code and any tied
with it, and lowers the others where it would lower a strongest code as confident.
 */
export function confidences(all: Evidence[], parents: ReadonlySet<string>, learned: boolean, paths: ReadonlyMap<string, readonly string[]>, words?: number): Judged[] {
  const { alone, dims } = judgeAlone(all, parents, learned, paths);
  const { strongest, top, inputs } = secondStage(all, alone, paths);
  const [b0, b1, b2] = learned ? WEIGHTS.secondaryLearned : WEIGHTS.secondary;
  const weight = learned || words === undefined ? 0 : shortWeight(words);
  return alone.map((p, i) => {
    const x = inputs[i];
    const d = dims?.[i];
    const out: Judged = { confidence: p };
    if (d) out.dimension = { subNamed: d[0] === 0, strongestSub: d[1], subCodes: d[2], rival: d[3], leads: d[4] === 1 };
    const judged = x ? Math.min(p, round2(sigmoid(b0 + b1 * x[0] + b2 * x[1]))) : p;
    if (judged < p) Object.assign(out, { confidence: judged, alone: p, strongest });
    if (weight === 0 || p === 0) return out;
    const staged = shortStage(p, weight);
    const recalibrated = p === alone[top] ? staged : Math.min(out.confidence, staged);
    return recalibrated === out.confidence ? out : { ...out, confidence: recalibrated, short: out.confidence };
  });
}

/**
 * The second stage's view of a text's candidates (confidences `alone`, same order as `all`): the
 * strongest code (and its index), and per candidate the model's inputs — its log-odds and its distance in log-odds to
 * the strongest — or undefined where it is not judged (the strongest, a tie, its parent or child).
 * scripts/calibrate.mjs fits WEIGHTS.secondary on these.
 */
export function secondStage(all: Evidence[], alone: number[], paths?: ReadonlyMap<string, readonly string[]>): { strongest: string; top: number; inputs: ([number, number] | undefined)[] } {
  let top = 0;
  for (let i = 1; i < all.length; i++) {
    if (alone[i]! > alone[top]! || (alone[i] === alone[top] && all[i]!.score > all[top]!.score)) top = i;
  }
  const strongest = all[top]!.code;
  const kin = (code: string) => paths?.get(code)?.includes(strongest) === true || paths?.get(strongest)?.includes(code) === true;
  const atTop = logit(alone[top]!);
  const inputs = alone.map((p, i): [number, number] | undefined =>
    (i === top || p === alone[top] || kin(all[i]!.code) ? undefined : [logit(p), atTop - logit(p)]));
  return { strongest, top, inputs };
}
