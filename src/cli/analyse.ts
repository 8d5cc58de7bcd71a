/**
 * Reducing and coding a loaded project for a command: with the project's stemming cache, and in
 * worker threads when the corpus is big enough (or --jobs says so). The result is the same Analysis
 * `analyse` computes in one thread.
 */
import { compileCodebook, type Matcher } from '../codebook/compile.js';
import { resolveCodings } from '../codings/resolve.js';
import { analyse, learnerFor, processTranscript, trainingItems, type Analysis, type TranscriptContext, type TranscriptResult } from '../passes/pipeline.js';
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

/** The analysis, and the per-transcript results it was assembled from (what a shard saves). */
export async function analyseProject(p: OpenProject, s: AnalyseSettings): Promise<{ analysis: Analysis; results: TranscriptResult[] }> {
  const codebook = p.codebook!;
  const loaded = loadStemCache(p.dir);
  const coded = s.only ? s.only.map((i) => p.transcripts[i]!) : p.transcripts;
  const jobs = chooseJobs(s.jobs, coded.reduce((n, t) => n + t.text.length, 0));
  let results: TranscriptResult[];
  let stems: [string, [string, string][]][] = [];
  let matcher: Matcher;
  // hand codings first: the learned coder learns from them, and hand-coded segments are not auto-coded
  const resolved = resolveCodings(p.codings, p.transcripts, codebook);
  const training = s.auto === 'off' ? [] : trainingItems(p.transcripts, resolved.bySegment, p.config.language);
  const handCoded = [...resolved.bySegment.keys()];
  if (jobs > 1 && coded.length > 1) {
    const pool = processInWorkers(coded, { codebook, language: p.config.language, auto: s.auto, minConfidence: s.minConfidence, training, handCoded, jobs });
    matcher = compileCodebook(codebook); // while the workers start
    ({ results, stems } = await pool);
  } else {
    matcher = compileCodebook(codebook);
    const ctx: TranscriptContext = {
      matcher, language: p.config.language, auto: s.auto, minConfidence: s.minConfidence,
      learner: learnerFor(matcher, training), handCoded: new Set(handCoded),
    };
    results = coded.map((t) => processTranscript(t, ctx));
  }
  const analysis = analyse({
    transcripts: p.transcripts, codebook, codings: p.codings, language: p.config.language,
    auto: s.auto, minConfidence: s.minConfidence, only: s.only, results, matcher, resolved,
  });
  saveStemCache(p.dir, loaded, stems);
  return { analysis, results };
}
