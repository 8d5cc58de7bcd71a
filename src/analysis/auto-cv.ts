/**
 * The learned automatic coder judged honestly against a person: k-fold cross-validation over the
 * segments that person coded by hand. Each of their segments is coded by a learner trained on
 * everything except its own fold, so the coder never sees the segment it is judged on; segments
 * nobody coded get the learner trained on all hand codings. Pure.
 */
import type { CodeAssignment, CodedSegment } from '../model/analysis.js';
import { autoCodes, sortAssignments } from '../passes/code.js';
import { trainLearner, type TrainingItem } from '../passes/learn.js';
import type { Analysis } from '../passes/pipeline.js';

export const FOLDS = 5;

/** The analysis' segments with their automatic codes replaced by cross-validated ones. */
export function crossValidatedAuto(a: Analysis, person: string, minConfidence: number, k = FOLDS): CodedSegment[] {
  const origin = `manual:${person}`;
  const item = (s: CodedSegment): TrainingItem => ({
    text: s.reduced.segment.text, lang: s.lang,
    codes: [...new Set((a.manual.get(s.reduced.segment.id) ?? []).map((c) => c.code))],
  });
  const handCoded = a.segments.filter((s) => (a.manual.get(s.reduced.segment.id) ?? []).length > 0);
  const theirs = handCoded.filter((s) => a.manual.get(s.reduced.segment.id)!.some((c) => c.origin === origin));
  const foldOf = new Map(theirs.map((s, i) => [s.reduced.segment.id, i % k]));
  const learners = Array.from({ length: k }, (_, f) =>
    trainLearner(a.matcher, handCoded.filter((s) => foldOf.get(s.reduced.segment.id) !== f).map(item)));
  const full = trainLearner(a.matcher, handCoded.map(item));
  return a.segments.map((s) => {
    const manual = s.codes.filter((c) => c.origin !== 'auto');
    if (!s.reduced.kept) return { ...s, codes: manual, suggestions: [] };
    const f = foldOf.get(s.reduced.segment.id);
    const learner = f === undefined ? full : learners[f]!;
    const auto: CodeAssignment[] = autoCodes(s.reduced.text, s.lang, a.matcher, { minConfidence, learner });
    return { ...s, codes: sortAssignments([...manual, ...auto], a.matcher.order), suggestions: [] };
  });
}
