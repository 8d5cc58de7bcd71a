/**
 * Reducing and coding a loaded project for a command: with the project's stemming cache, and in
 * worker threads when the corpus is big enough (or --jobs says so). The result is the same Analysis
 * `analyse` computes in one thread.
 */
import { compileCodebook, type Matcher } from '../codebook/compile.js';
import { analyse, processTranscript, type Analysis, type TranscriptResult } from '../passes/pipeline.js';
import type { AutoMode } from '../project/config.js';
import type { OpenProject } from './project.js';
import { loadStemCache, saveStemCache } from './stem-cache.js';
import { chooseJobs, processInWorkers } from './workers.js';

export interface AnalyseSettings {
  auto: AutoMode;
  minScore: number;
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
  if (jobs > 1 && coded.length > 1) {
    const pool = processInWorkers(coded, { codebook, language: p.config.language, auto: s.auto, minScore: s.minScore, jobs });
    matcher = compileCodebook(codebook); // while the workers start
    ({ results, stems } = await pool);
  } else {
    matcher = compileCodebook(codebook);
    const ctx = { matcher, language: p.config.language, auto: s.auto, minScore: s.minScore };
    results = coded.map((t) => processTranscript(t, ctx));
  }
  const analysis = analyse({
    transcripts: p.transcripts, codebook, codings: p.codings, language: p.config.language,
    auto: s.auto, minScore: s.minScore, only: s.only, results, matcher,
  });
  saveStemCache(p.dir, loaded, stems);
  return { analysis, results };
}
