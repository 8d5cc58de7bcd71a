/**
 * One transcript's part of the coding outputs: its lines of segments.jsonl, its rows of
 * codings.csv and its counts for the summary table. Made where the transcript was coded (a worker
 * thread, or the main one) and written in transcript order: the chunks joined are the whole files.
 * Pure.
 */
import type { Matcher } from '../codebook/compile.js';
import type { CodeAssignment } from '../model/analysis.js';
import type { Transcript } from '../model/transcript.js';
import { codedSegments, type TranscriptResult } from '../passes/pipeline.js';
import type { AutoMode } from '../project/config.js';
import { CodeTally, type TallyState } from './code-summary.js';
import { codingsCsvRows, segmentsJsonl } from './segments.js';

/**
 * A transcript's part of the outputs: text where it is made, UTF-8 bytes when it comes from a worker
 * thread (moved between threads, not copied).
 */
export interface CodedChunk<T extends string | Uint8Array = string> {
  jsonl: T;
  csv: T;
  tally: TallyState;
}

export interface ChunkContext {
  matcher: Matcher;
  auto: AutoMode;
  /** Hand codings per segment id (of this transcript at least). */
  manual: Map<string, CodeAssignment[]>;
}

export function codedChunk(t: Transcript, result: TranscriptResult, ctx: ChunkContext): CodedChunk<string> {
  const { segments } = codedSegments(t, result, ctx);
  return {
    jsonl: segmentsJsonl(segments),
    csv: codingsCsvRows(segments),
    tally: new CodeTally(ctx.matcher.codebook).add(segments).state(),
  };
}
