import type { Segment, Transcript } from './transcript.js';

export type DropReason = 'interviewer' | 'filler' | 'greeting' | 'no-content' | 'duplicate';
export const DROP_REASONS: readonly DropReason[] = ['interviewer', 'filler', 'greeting', 'no-content', 'duplicate'];

export interface ReducedSegment {
  segment: Segment;
  /** Normalised text (quotes, hyphenation, whitespace). */
  text: string;
  words: number;
  kept: boolean;
  reason?: DropReason;
}

export interface ReductionReport {
  transcript: string;
  segments: number;
  kept: number;
  dropped: Record<DropReason, number>;
  wordsBefore: number;
  wordsAfter: number;
}

export interface ReducedTranscript {
  transcript: Transcript;
  /** Language of the transcript: front matter, else the project's. */
  lang: string;
  segments: ReducedSegment[];
  report: ReductionReport;
}

export type Polarity = 'support' | 'limit';

export interface CodeAssignment {
  code: string;
  /** Ancestor ids, root first. */
  path: string[];
  /** `auto` or `manual:<coder>`. */
  origin: string;
  polarity: Polarity;
  /** Automatic codes only: `learned` when the learned polarity set the polarity against the cue rules (docs/automatic-coding.md). */
  polarityBy?: 'learned';
  score: number;
  /**
   * Automatic codes only: the calibrated probability (0–1) that the code is right for the segment
   * (see docs/automatic-coding.md). Auto codes count as evidence at or above `coding.min_confidence`.
   */
  confidence?: number;
  /** Matched keywords as written in the codebook (auto), or the quote (manual). */
  terms: string[];
  memo?: string;
}

export interface CodedSegment {
  transcript: Transcript;
  reduced: ReducedSegment;
  lang: string;
  /** Sorted by score descending, then codebook order, then origin. */
  codes: CodeAssignment[];
  /** With `coding.auto: suggest`: automatic codes offered but not counted. */
  suggestions: CodeAssignment[];
}

/**
 * Triangulation status per code (contract; defined in docs/triangulation.md). `converged-limit`: a
 * limit confirmed across sources and methods (more limiting than supporting evidence).
 */
export type Status = 'converged' | 'converged-limit' | 'contested' | 'thin' | 'single-source' | 'absent';
export const STATUSES: readonly Status[] = ['converged', 'converged-limit', 'contested', 'thin', 'single-source', 'absent'];
