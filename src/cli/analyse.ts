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
import type { Diagnostic } from '../model/diagnostic.js';
import type { Transcript } from '../model/transcript.js';
import { codedChunk, type CodedChunk } from '../output/coded-chunk.js';
import { analyse, learnerFor, processTranscript, trainingItems, type Analysis, type TranscriptContext, type TranscriptResult } from '../passes/pipeline.js';
import type { StageClock } from '../passes/stage-clock.js';
import type { AutoMode } from '../project/config.js';
import type { TranscriptSource } from '../project/load.js';
import type { OpenProject } from './project.js';
import { loadStemCache, saveStemCache } from './stem-cache.js';
import { chooseJobs, processInWorkers, type ToWorker, type WorkerChunk } from './workers.js';

export interface AnalyseSettings {
  auto: AutoMode;
  minConfidence: number;
  /** --jobs / TELAAH_JOBS; undefined: decide by corpus size. */
  jobs?: number;
  /** Indices of the transcripts to code (a shard); default all. */
  only?: number[];
  /** Adds the time of each stage, in every thread. */
  clock?: StageClock;
}

/** What coding a project needs besides the results: the compiled codebook and the hand codings. */
export interface CodingBasis {
  matcher: Matcher;
  resolved: ResolvedCodings;
}

/** The basis, and the warnings of transcripts whose body was parsed while coding (a project loaded lazily). */
export interface Coded extends CodingBasis {
  diagnostics: Diagnostic[];
}

/** A transcript's part of the outputs: text when made in this thread, UTF-8 bytes from a worker. */
export type OutputChunk = CodedChunk<string | Uint8Array>;

/**
 * Reduces and codes the project's transcripts (or `s.only`), calling `visit` with each one and its
 * result in transcript order. The basis is ready before the first `visit`. Each transcript is
 * parsed when it is coded (Project.sources): of a project loaded lazily, only the transcripts
 * being coded, and those the caller keeps, are in memory.
 */
export function codeProject(
  p: OpenProject, s: AnalyseSettings, visit: (t: Transcript, result: TranscriptResult, basis: CodingBasis) => void,
): Promise<Coded> {
  // results are made from transcripts this thread loaded and sent: each comes with its transcript
  return codeEach<TranscriptResult>(p, s, false, (_t, r) => r, (t, r, basis) => visit(t!, r, basis));
}

/** codeProject, handing on each transcript's part of segments.jsonl and codings.csv and its counts. */
export function codeProjectChunks(
  p: OpenProject, s: AnalyseSettings, visit: (chunk: OutputChunk, basis: CodingBasis) => void,
): Promise<Coded> {
  return codeEach<OutputChunk>(p, s, true, (t, r, basis) => {
    const t0 = performance.now();
    const chunk = codedChunk(t, r, { matcher: basis.matcher, auto: s.auto, manual: basis.resolved.bySegment });
    s.clock?.add('serialise', performance.now() - t0);
    return chunk;
  }, (_t, chunk, basis) => visit(chunk, basis));
}

async function codeEach<R extends TranscriptResult | OutputChunk>(
  p: OpenProject, s: AnalyseSettings, chunks: boolean,
  here: (t: Transcript, result: TranscriptResult, basis: CodingBasis) => R,
  /** `t`: undefined for a chunk of a transcript a worker loaded itself. */
  visit: (t: Transcript | undefined, out: R, basis: CodingBasis) => void,
): Promise<Coded> {
  const codebook = p.codebook!;
  const loaded = loadStemCache(p.dir);
  const coded = s.only ? s.only.map((i) => p.sources[i]!) : p.sources;
  const jobs = chooseJobs(s.jobs, coded.reduce((n, t) => n + t.size, 0));
  // hand codings first: the learned coder learns from them, and hand-coded segments are not auto-coded;
  // only the transcripts a coding names are parsed for that (and let go again: what is kept is per segment)
  const named = new Set(p.codings.flatMap((f) => f.codings.map((c) => c.transcript)));
  const withCodings: Transcript[] = [];
  for (const source of p.sources) if (named.has(source.meta.id)) withCodings.push((await source.load()).transcript);
  const resolved = resolveCodings(p.codings, withCodings, codebook, p.sources.map((t) => t.meta.id), p.unreadable);
  const training = s.auto === 'off' ? [] : trainingItems(withCodings, resolved.bySegment, p.config.language);
  withCodings.length = 0;
  const handCoded = [...resolved.bySegment.keys()];
  const diagnostics: Diagnostic[] = [];
  const load = async (source: TranscriptSource): Promise<Transcript> => {
    const { transcript, diagnostics: found } = await source.load();
    diagnostics.push(...found);
    return transcript;
  };
  let stems: [string, [string, string][]][] = [];
  let basis: CodingBasis;
  if (jobs > 1 && coded.length > 1) {
    const manualOf = (t: Transcript) => t.segments.flatMap((seg): [string, CodeAssignment[]][] => {
      const m = resolved.bySegment.get(seg.id);
      return m ? [[seg.id, m]] : [];
    });
    // chunks of transcripts loaded lazily: each worker reads and parses its own (the main thread only
    // writes); else the transcripts are loaded here and sent
    const inWorker = chunks && coded.every((c) => c.recipe);
    const job = async (i: number): Promise<{ send: ToWorker; keep: Transcript | undefined }> => {
      const recipe = coded[i]!.recipe;
      if (inWorker && recipe) return { send: { type: 'source', index: i, recipe }, keep: undefined };
      const t = await load(coded[i]!);
      return { send: chunks ? { type: 'transcript', index: i, transcript: t, manual: manualOf(t) } : { type: 'transcript', index: i, transcript: t }, keep: t };
    };
    const pool = processInWorkers<Transcript | undefined, TranscriptResult | WorkerChunk>(
      coded.length, job,
      {
        codebook, language: p.config.language, auto: s.auto, minConfidence: s.minConfidence, training, handCoded, jobs, chunks, timed: !!s.clock,
        ...(inWorker ? { manual: [...resolved.bySegment] } : {}),
      },
      (t, out) => {
        if ('diagnostics' in out && out.diagnostics) diagnostics.push(...out.diagnostics);
        visit(t, out as R, basis);
      },
    );
    // compiled when first asked for (`run` asks after coding; `code` never does): compiling here
    // took a core's half second from the workers as they started
    let matcher: Matcher | undefined;
    basis = {
      get matcher() {
        return (matcher ??= compileCodebook(codebook));
      },
      resolved,
    };
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
    for (const source of coded) {
      const t = await load(source);
      visit(t, here(t, processTranscript(t, ctx), basis), basis);
    }
  }
  saveStemCache(p.dir, loaded, stems);
  const b = basis;
  return {
    get matcher() {
      return b.matcher; // not spread: that would compile a lazy one
    },
    resolved: b.resolved, diagnostics,
  };
}

/**
 * The analysis, the per-transcript results it was assembled from (what a shard saves), and the
 * warnings of transcripts parsed while coding.
 */
export async function analyseProject(p: OpenProject, s: AnalyseSettings): Promise<{ analysis: Analysis; results: TranscriptResult[]; diagnostics: Diagnostic[] }> {
  const transcripts: Transcript[] = [];
  const results: TranscriptResult[] = [];
  const { matcher, resolved, diagnostics } = await codeProject(p, s, (t, r) => {
    transcripts.push(t);
    results.push(r);
  });
  const analysis = analyse({
    transcripts, codebook: p.codebook!, codings: p.codings, language: p.config.language,
    auto: s.auto, minConfidence: s.minConfidence, results, matcher, resolved,
  });
  return { analysis, results, diagnostics };
}
