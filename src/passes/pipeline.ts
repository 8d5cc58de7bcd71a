/**
 * The per-transcript levels of the pipeline, reduce → code, over a loaded project. Pure: everything
 * it needs comes in as data.
 */
import { compileCodebook, type Matcher } from '../codebook/compile.js';
import { resolveCodings } from '../codings/resolve.js';
import type { CodedSegment, ReducedTranscript } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';
import type { CodingsFile } from '../model/coding.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Transcript } from '../model/transcript.js';
import type { AutoMode } from '../project/config.js';
import { codeTranscript } from './code.js';
import { reduceTranscript } from './reduce.js';

export interface AnalysisInput {
  transcripts: Transcript[];
  codebook: Codebook;
  codings: CodingsFile[];
  language: string;
  auto: AutoMode;
  minScore: number;
}

export interface Analysis {
  reduced: ReducedTranscript[];
  /** Every segment of every transcript, in transcript order. */
  segments: CodedSegment[];
  matcher: Matcher;
  coders: string[];
  diagnostics: Diagnostic[];
}

export function reduceAll(transcripts: Transcript[], language: string): ReducedTranscript[] {
  return transcripts.map((t) => reduceTranscript(t, { language }));
}

export function analyse(input: AnalysisInput): Analysis {
  const reduced = reduceAll(input.transcripts, input.language);
  const matcher = compileCodebook(input.codebook);
  const manual = resolveCodings(input.codings, input.transcripts, input.codebook);
  const segments = reduced.flatMap((r) =>
    codeTranscript(r, { matcher, auto: input.auto, minScore: input.minScore, manual: manual.bySegment }),
  );
  return { reduced, segments, matcher, coders: manual.coders, diagnostics: manual.diagnostics };
}
