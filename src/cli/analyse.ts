/**
 * Reducing and coding a loaded project for a command: with the project's stemming cache, and in
 * worker threads when the corpus is big enough (or --jobs says so). `codeProject` hands on each
 * transcript's result in transcript order as it is done; `codeProjectChunks` hands on each
 * transcript's part of the outputs, written where it was coded (`telaah code` streams them);
 * `analyseProject` gathers the results into the same Analysis `analyse` computes in one thread.
 */
import { compileCodebook, type Matcher } from '../codebook/compile.js';
import { resolveCodings, type ResolvedCodings } from '../codings/resolve.js';
import type { CodeAssignment } from '../model/analysis.js';
import type { Transcript } from '../model/transcript.js';
import { codedChunk, type CodedChunk } from '../output/coded-chunk.js';
import { analyse, learnerFor, processTranscript, trainingItems, type Analysis, type TranscriptContext, type TranscriptResult } from '../passes/pipeline.js';
import type { StageClock } from '../passes/stage-clock.js';
import type { AutoMode } from '../project/config.js';
import type { OpenProject } from './project.js';
import { loadStemCache, saveStemCache } from './stem-cache.js';
import { chooseJobs, processInWorkers, type WorkerChunk } from './workers.js';

export interface AnalyseSettings {
  auto: AutoMode;
  minConfidence: number;
  /** --jobs / TELAAH_JOBS; undefined: decide by corpus size. */
  jobs?: number;
  /** Indices of the transcripts to code (a shard); default all. */
  only?: number[];
  /** Adds the time of each stage, in every thread. */
  clock?: StageClock;
  /**
   * Lets go of each transcript's text and segments once it is coded and handed on (the project's
   * transcripts are left empty): for a caller that needs nothing more of them, so that memory
   * holds the transcripts not yet coded, not the whole corpus.
   */
  release?: boolean;
}

/** What coding a project needs besides the results: the compiled codebook and the hand codings. */
export interface CodingBasis {
  matcher: Matcher;
  resolved: ResolvedCodings;
}

/** A transcript's part of the outputs: text when made in this thread, UTF-8 bytes from a worker. */
export type OutputChunk = CodedChunk<string | Uint8Array>;

/**
 * Reduces and codes the project's transcripts (or `s.only`), calling `visit` with each one and its
 * result in transcript order. The basis is ready before the first `visit`.
 */
export function codeProject(
  p: OpenProject, s: AnalyseSettings, visit: (t: Transcript, result: TranscriptResult, basis: CodingBasis) => void,
): Promise<CodingBasis> {
  return codeEach<TranscriptResult>(p, s, false, (_t, r) => r, visit);
}

/** codeProject, handing on each transcript's part of segments.jsonl and codings.csv and its counts. */
export function codeProjectChunks(
  p: OpenProject, s: AnalyseSettings, visit: (t: Transcript, chunk: OutputChunk, basis: CodingBasis) => void,
): Promise<CodingBasis> {
  return codeEach<OutputChunk>(p, s, true, (t, r, basis) => {
    const t0 = performance.now();
    const chunk = codedChunk(t, r, { matcher: basis.matcher, auto: s.auto, manual: basis.resolved.bySegment });
    s.clock?.add('serialise', performance.now() - t0);
    return chunk;
  }, visit);
}

async function codeEach<R extends TranscriptResult | OutputChunk>(
  p: OpenProject, s: AnalyseSettings, chunks: boolean,
  here: (t: Transcript, result: TranscriptResult, basis: CodingBasis) => R,
  visit: (t: Transcript, out: R, basis: CodingBasis) => void,
): Promise<CodingBasis> {
  const codebook = p.codebook!;
  const loaded = loadStemCache(p.dir);
  const coded = s.only ? s.only.map((i) => p.transcripts[i]!) : p.transcripts;
  const jobs = chooseJobs(s.jobs, coded.reduce((n, t) => n + t.text.length, 0));
  // hand codings first: the learned coder learns from them, and hand-coded segments are not auto-coded
  const resolved = resolveCodings(p.codings, p.transcripts, codebook);
  const training = s.auto === 'off' ? [] : trainingItems(p.transcripts, resolved.bySegment, p.config.language);
  const handCoded = [...resolved.bySegment.keys()];
  let stems: [string, [string, string][]][] = [];
  let basis: CodingBasis;
  if (jobs > 1 && coded.length > 1) {
    const manualOf = (t: Transcript) => t.segments.flatMap((seg): [string, CodeAssignment[]][] => {
      const m = resolved.bySegment.get(seg.id);
      return m ? [[seg.id, m]] : [];
    });
    const pool = processInWorkers<TranscriptResult | WorkerChunk>(
      coded, { codebook, language: p.config.language, auto: s.auto, minConfidence: s.minConfidence, training, handCoded, jobs, chunks, timed: !!s.clock },
      (i, out) => {
        visit(coded[i]!, out as R, basis);
        if (s.release) emptied(coded[i]!);
      },
      chunks ? manualOf : undefined,
    );
    basis = { matcher: compileCodebook(codebook), resolved }; // while the workers start: no result comes before this returns
    const done = await pool;
    stems = done.stems;
    s.clock?.merge(done.stages);
  } else {
    basis = { matcher: compileCodebook(codebook), resolved };
    const ctx: TranscriptContext = {
      matcher: basis.matcher, language: p.config.language, auto: s.auto, minConfidence: s.minConfidence,
      learner: learnerFor(basis.matcher, training), handCoded: new Set(handCoded),
    };
    if (s.clock) ctx.clock = s.clock;
    for (const t of coded) {
      visit(t, here(t, processTranscript(t, ctx), basis), basis);
      if (s.release) emptied(t);
    }
  }
  saveStemCache(p.dir, loaded, stems);
  return basis;
}

/** A coded transcript's text and segments let go (AnalyseSettings.release). */
function emptied(t: Transcript): void {
  t.text = '';
  t.segments = [];
}

/** The analysis, and the per-transcript results it was assembled from (what a shard saves). */
export async function analyseProject(p: OpenProject, s: AnalyseSettings): Promise<{ analysis: Analysis; results: TranscriptResult[] }> {
  const results: TranscriptResult[] = [];
  const { matcher, resolved } = await codeProject(p, s, (_t, r) => results.push(r));
  const analysis = analyse({
    transcripts: p.transcripts, codebook: p.codebook!, codings: p.codings, language: p.config.language,
    auto: s.auto, minConfidence: s.minConfidence, only: s.only, results, matcher, resolved,
  });
  return { analysis, results };
}
