/**
 * The coding pass: automatic codes from keyword matches (score from distinct terms, diminishing
 * repeats; polarity from the matches), plus the manual codings anchored to segments. Pure.
 */
import type { Matcher } from '../codebook/compile.js';
import type { CodeAssignment, CodedSegment, ReducedSegment, ReducedTranscript } from '../model/analysis.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import { confidences, SHORT_FADE_WORDS, type Judged } from './confidence.js';
import type { Learner } from './learn.js';

export interface CodeContext {
  matcher: Matcher;
  auto: 'on' | 'suggest' | 'off';
  minConfidence: number;
  learner?: Learner;
  /** Manual codings per segment id, already anchored. */
  manual: Map<string, CodeAssignment[]>;
}

/** How automatic codes are chosen: the confidence they need, and the learned coder if there is one. */
export interface AutoOptions {
  minConfidence: number;
  learner?: Learner;
}

/**
 * Automatic codes for one text at or above `minConfidence`, most confident first (then keyword
 * score, then codebook order). `tokens`: tokenize(text), if at hand.
 */
export function autoCodes(text: string, lang: string, matcher: Matcher, opts: AutoOptions, tokens?: Token[]): CodeAssignment[] {
  return rankCandidates(text, lang, matcher, opts, tokens)
    .filter((c) => c.confidence >= opts.minConfidence)
    .map((c) => c.assignment);
}

/** Every candidate code of a text with its evidence and confidence, most confident first (for --explain). */
export function rankCandidates(
  text: string, lang: string, matcher: Matcher, opts: Pick<AutoOptions, 'learner'>, tokens?: Token[],
): { evidence: Evidence; confidence: number; judged: Judged; assignment: CodeAssignment }[] {
  const ev = gatherEvidence(text, lang, matcher, tokens, opts.learner);
  if (!ev.length) return [];
  const conf = confidences(ev, matcher.parents, opts.learner !== undefined, matcher.paths, wordsUpTo(text, tokens));
  const out = ev.map((e, i) => {
    const judged = conf[i]!;
    const assignment: CodeAssignment = {
      code: e.code, path: [...(matcher.paths.get(e.code) ?? [])], origin: 'auto', polarity: e.polarity, score: e.score,
      confidence: judged.confidence, terms: e.terms.map((t) => t.raw),
    };
    if (e.learnedPolarity) assignment.polarityBy = 'learned';
    return { evidence: e, confidence: judged.confidence, judged, assignment };
  });
  return out.sort((a, b) => b.confidence - a.confidence || parentFirst(a.assignment, b.assignment) || b.evidence.score - a.evidence.score || matcher.order.get(a.evidence.code)! - matcher.order.get(b.evidence.code)!);
}

/** The text's word count where it may be short (confidence.ts SHORT_FADE_WORDS), else undefined: a long text is not counted. */
function wordsUpTo(text: string, tokens?: Token[]): number | undefined {
  if (tokens) return tokens.length;
  return text.length > SHORT_FADE_WORDS * 25 ? undefined : tokenize(text).length;
}

export function codeTranscript(r: ReducedTranscript, ctx: CodeContext): CodedSegment[] {
  return r.segments.map((seg) =>
    withManual(r, seg, seg.kept && ctx.auto !== 'off' ? autoCodes(seg.text, r.lang, ctx.matcher, ctx) : [], ctx));
}

/** A segment's automatic codes combined with its manual codings as `auto` says: counted, suggested or none. */
export function withManual(
  r: ReducedTranscript, seg: ReducedSegment, auto: CodeAssignment[], ctx: Pick<CodeContext, 'matcher' | 'auto' | 'manual'>,
): CodedSegment {
  const manual = ctx.manual.get(seg.segment.id) ?? [];
  const counted = ctx.auto === 'on' ? [...auto, ...manual] : manual;
  return {
    transcript: r.transcript,
    reduced: seg,
    lang: r.lang,
    codes: sortAssignments(counted, ctx.matcher.order),
    suggestions: ctx.auto === 'suggest' ? auto : [],
  };
}

/**
 * At equal confidence a code before its own sub-codes: a dimension that heads its family (confidence.ts)
 * can tie with its strongest sub-code at 1.00. -1 when `a` is `b`'s ancestor, 1 the other way, else 0.
 */
function parentFirst(a: Pick<CodeAssignment, 'code' | 'path'>, b: Pick<CodeAssignment, 'code' | 'path'>): number {
  return b.path.includes(a.code) ? -1 : a.path.includes(b.code) ? 1 : 0;
}

/**
 * Confidence descending (a hand coding counts as 1: it is the researcher's evidence), then a code before its sub-codes, then score
 * descending, then codebook order, then origin.
 */
export function sortAssignments(list: CodeAssignment[], order: Map<string, number>): CodeAssignment[] {
  return [...list].sort(
    (a, b) => (b.confidence ?? 1) - (a.confidence ?? 1) || parentFirst(a, b) || b.score - a.score
      || (order.get(a.code) ?? 1e9) - (order.get(b.code) ?? 1e9) || (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0),
  );
}
