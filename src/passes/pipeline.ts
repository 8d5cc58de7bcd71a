/**
 * The per-transcript levels of the pipeline, reduce → code, over a loaded project. Pure: everything
 * it needs comes in as data. The work per transcript (`processTranscript`) yields plain data with no
 * references to the transcript, so it can be done in a worker thread or on another machine (a shard)
 * and put back together (`assembleAnalysis`) into exactly what one process would have built.
 */
import { compileCodebook, type Matcher } from '../codebook/compile.js';
import { resolveCodings, type ResolvedCodings } from '../codings/resolve.js';
import type { CodeAssignment, CodedSegment, DropReason, ReducedSegment, ReducedTranscript, ReductionReport } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';
import type { CodingsFile } from '../model/coding.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Transcript } from '../model/transcript.js';
import type { AutoMode } from '../project/config.js';
import { autoCodes, withManual } from './code.js';
import { trainLearner, type Learner, type TrainingItem } from './learn.js';
import { reduceTranscript, reduceWithTokens } from './reduce.js';
import type { StageClock } from './stage-clock.js';

export interface AnalysisInput {
  transcripts: Transcript[];
  codebook: Codebook;
  codings: CodingsFile[];
  language: string;
  auto: AutoMode;
  minConfidence: number;
  /** Indices of the transcripts to reduce and code (a shard); the others only anchor codings. Default: all. */
  only?: number[];
  /** processTranscript of each transcript coded (`only`), in order, when done elsewhere (worker threads). */
  results?: TranscriptResult[];
  /** compileCodebook(codebook), when the caller has it already. */
  matcher?: Matcher;
  /** resolveCodings(codings, transcripts, codebook), when the caller has it already. */
  resolved?: ResolvedCodings;
}

export interface Analysis {
  reduced: ReducedTranscript[];
  /** Every segment of every transcript, in transcript order. */
  segments: CodedSegment[];
  matcher: Matcher;
  /** Manual codings per segment id, anchored (of every transcript, coded or not). */
  manual: Map<string, CodeAssignment[]>;
  coders: string[];
  diagnostics: Diagnostic[];
}

/** One transcript reduced and automatically coded, as plain data aligned with its segments. */
export interface TranscriptResult {
  lang: string;
  report: ReductionReport;
  segments: { text: string; words: number; kept: boolean; reason?: DropReason; auto: CodeAssignment[] }[];
}

export interface TranscriptContext {
  matcher: Matcher;
  /** Project language, used when a transcript does not say. */
  language: string;
  auto: AutoMode;
  minConfidence: number;
  /** The learned coder, when there are hand codings. */
  learner?: Learner;
  /** Segments coded by hand: they keep their hand codings and get no automatic codes. */
  handCoded?: ReadonlySet<string>;
  /** Adds the time of reducing (with tokenising) and of coding (matching, polarity, scoring). */
  clock?: StageClock;
}

/**
 * What the learned coder learns from: each hand-coded segment's text with the codes given to it
 * (by any coder), in transcript and segment order.
 */
export function trainingItems(transcripts: Transcript[], manual: Map<string, CodeAssignment[]>, language: string): TrainingItem[] {
  const out: TrainingItem[] = [];
  for (const t of transcripts) {
    for (const seg of t.segments) {
      const codes = manual.get(seg.id);
      if (codes?.length) out.push({ text: seg.text, lang: t.meta.language ?? language, codes: [...new Set(codes.map((c) => c.code))] });
    }
  }
  return out;
}

/** The learned coder for a project with hand codings (none without). */
export function learnerFor(matcher: Matcher, items: TrainingItem[]): Learner | undefined {
  return items.length ? trainLearner(matcher, items) : undefined;
}

export function reduceAll(transcripts: Transcript[], language: string): ReducedTranscript[] {
  return transcripts.map((t) => reduceTranscript(t, { language }));
}

/** Reduce, then code the kept segments with the tokens reduction already made. */
export function processTranscript(t: Transcript, ctx: TranscriptContext): TranscriptResult {
  const t0 = ctx.clock ? performance.now() : 0;
  const { reduced, tokens } = reduceWithTokens(t, { language: ctx.language });
  const t1 = ctx.clock ? performance.now() : 0;
  const result: TranscriptResult = {
    lang: reduced.lang,
    report: reduced.report,
    segments: reduced.segments.map((seg, i) => {
      const auto = seg.kept && ctx.auto !== 'off' && !ctx.handCoded?.has(seg.segment.id)
        ? autoCodes(seg.text, reduced.lang, ctx.matcher, ctx, tokens[i])
        : [];
      return seg.reason
        ? { text: seg.text, words: seg.words, kept: seg.kept, reason: seg.reason, auto }
        : { text: seg.text, words: seg.words, kept: seg.kept, auto };
    }),
  };
  if (ctx.clock) {
    const t2 = performance.now();
    ctx.clock.add('reduce', t1 - t0);
    ctx.clock.add('code', t2 - t1);
  }
  return result;
}

export interface AssembleContext {
  matcher: Matcher;
  auto: AutoMode;
  /** Manual codings per segment id, already anchored. */
  manual: Map<string, CodeAssignment[]>;
  coders: string[];
  diagnostics: Diagnostic[];
}

/** One transcript and its result → its coded segments, with the manual codings added. */
export function codedSegments(t: Transcript, res: TranscriptResult, ctx: Pick<AssembleContext, 'matcher' | 'auto' | 'manual'>): { reduced: ReducedTranscript; segments: CodedSegment[] } {
  const segs = res.segments.map((s, i) => {
    const r: ReducedSegment = { segment: t.segments[i]!, text: s.text, words: s.words, kept: s.kept };
    if (s.reason) r.reason = s.reason;
    return r;
  });
  const reduced: ReducedTranscript = { transcript: t, lang: res.lang, segments: segs, report: res.report };
  return { reduced, segments: segs.map((seg, i) => withManual(reduced, seg, res.segments[i]!.auto, ctx)) };
}

/** Transcripts and their results (same order) → the Analysis, with the manual codings added. */
export function assembleAnalysis(transcripts: Transcript[], results: TranscriptResult[], ctx: AssembleContext): Analysis {
  const reduced: ReducedTranscript[] = [];
  const segments: CodedSegment[] = [];
  transcripts.forEach((t, k) => {
    const one = codedSegments(t, results[k]!, ctx);
    reduced.push(one.reduced);
    for (const s of one.segments) segments.push(s);
  });
  return { reduced, segments, matcher: ctx.matcher, manual: ctx.manual, coders: ctx.coders, diagnostics: ctx.diagnostics };
}

export function analyse(input: AnalysisInput): Analysis {
  const matcher = input.matcher ?? compileCodebook(input.codebook);
  const manual = input.resolved ?? resolveCodings(input.codings, input.transcripts, input.codebook);
  const ctx: TranscriptContext = { matcher, language: input.language, auto: input.auto, minConfidence: input.minConfidence };
  if (!input.results && input.auto !== 'off') {
    ctx.learner = learnerFor(matcher, trainingItems(input.transcripts, manual.bySegment, input.language));
    ctx.handCoded = new Set(manual.bySegment.keys());
  }
  const coded = input.only ? input.only.map((i) => input.transcripts[i]!) : input.transcripts;
  const results = input.results ?? coded.map((t) => processTranscript(t, ctx));
  return assembleAnalysis(coded, results, {
    matcher, auto: input.auto, manual: manual.bySegment, coders: manual.coders, diagnostics: manual.diagnostics,
  });
}
