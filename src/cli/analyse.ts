/**
 * Reducing and coding a loaded project for a command: with the project's stemming cache, and in
 * worker threads when the corpus is big enough (or --jobs says so). `codeProject` hands on each
 * transcript's result in transcript order as it is done (nothing kept: `telaah code` streams its
 * outputs); `analyseProject` gathers them into the same Analysis `analyse` computes in one thread.
 */
import { compileCodebook, type Matcher } from '../codebook/compile.js';
import { resolveCodings, type ResolvedCodings } from '../codings/resolve.js';
import { analyse, learnerFor, processTranscript, trainingItems, type Analysis, type TranscriptContext, type TranscriptResult } from '../passes/pipeline.js';
import type { Transcript } from '../model/transcript.js';
import type { AutoMode } from '../project/config.js';
import type { OpenProject } from './project.js';
import { loadStemCache, saveStemCache } from './stem-cache.js';
import { chooseJobs, processInWorkers } from './workers.js';

export interface AnalyseSettings {
  auto: AutoMode;
  minConfidence: number;
  /** --jobs / TELAAH_JOBS; undefined: decide by corpus size. */
  jobs?: number;
  /** Indices of the transcripts to code (a shard); default all. */
  only?: number[];
}

/** What coding a project needs besides the results: the compiled codebook and the hand codings. */
export interface CodingBasis {
  matcher: Matcher;
  resolved: ResolvedCodings;
}

/**
 * Reduces and codes the project's transcripts (or `s.only`), calling `visit` with each one and its
 * result in transcript order. `basis` is called once, before the first `visit`.
 */
export async function codeProject(
  p: OpenProject, s: AnalyseSettings,
  visit: (t: Transcript, result: TranscriptResult, basis: CodingBasis) => void,
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
  let basis: CodingBasis | undefined;
  if (jobs > 1 && coded.length > 1) {
    const pool = processInWorkers(
      coded, { codebook, language: p.config.language, auto: s.auto, minConfidence: s.minConfidence, training, handCoded, jobs },
      (i, result) => visit(coded[i]!, result, basis!),
    );
    basis = { matcher: compileCodebook(codebook), resolved }; // while the workers start: no result comes before this returns
    stems = await pool;
  } else {
    basis = { matcher: compileCodebook(codebook), resolved };
    const ctx: TranscriptContext = {
      matcher: basis.matcher, language: p.config.language, auto: s.auto, minConfidence: s.minConfidence,
      learner: learnerFor(basis.matcher, training), handCoded: new Set(handCoded),
    };
    for (const t of coded) visit(t, processTranscript(t, ctx), basis);
  }
  saveStemCache(p.dir, loaded, stems);
  return basis;
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
