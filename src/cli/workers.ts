/**
 * Reducing and coding transcripts in worker threads (I/O edge: threads). Each transcript is
 * processed by the same pure function as in one thread and results are put back in transcript
 * order, so the outputs are byte-identical whatever the number of threads.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Codebook } from '../model/codebook.js';
import type { Transcript } from '../model/transcript.js';
import type { CodeAssignment } from '../model/analysis.js';
import type { CodedChunk } from '../output/coded-chunk.js';
import type { TranscriptResult } from '../passes/pipeline.js';
import type { TrainingItem } from '../passes/learn.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { RefusedError } from '../project/files.js';
import type { TranscriptRecipe } from '../project/load.js';
import type { AutoMode } from '../project/config.js';
import { allStems } from '../text/stem.js';

export interface WorkerData {
  codebook: Codebook;
  language: string;
  auto: AutoMode;
  minConfidence: number;
  /** What the learned coder learns from (trainingItems), and the segments coded by hand. */
  training: TrainingItem[];
  handCoded: string[];
  stems: [string, [string, string][]][];
  /** Send back each transcript's part of the outputs (WorkerChunk), not its TranscriptResult. */
  chunks?: boolean;
  /** Hand codings by segment id, for the sources a worker loads itself (chunks mode). */
  manual?: [string, CodeAssignment[]][];
  /** Measure the stages (StageClock) and send them with the stems. */
  timed?: boolean;
}

/**
 * A transcript's part of the outputs as UTF-8 bytes, and its counts; with the warnings of its body
 * when the worker parsed it (a `source` message).
 */
export type WorkerChunk = CodedChunk<Uint8Array> & { diagnostics?: Diagnostic[] };

export type ToWorker =
  | { type: 'transcript'; index: number; transcript: Transcript; manual?: [string, CodeAssignment[]][] }
  /** A transcript to read and parse in the worker (chunks mode): the main thread only writes. */
  | { type: 'source'; index: number; recipe: TranscriptRecipe }
  | { type: 'stems' };
export type FromWorker =
  | { type: 'result'; index: number; result: TranscriptResult }
  | { type: 'chunk'; index: number; chunk: WorkerChunk }
  /** A source that could not be loaded again (it changed): RefusedError's fields. */
  | { type: 'refused'; index: number; abs: string; ruleId: string; message: string; hint?: string }
  | { type: 'stems'; stems: [string, [string, string][]][]; stages: [string, number][] };

/**
 * Below this much transcript text, threads cost about what they save: on the 2-core bench machine
 * two threads were 0.95x one thread at 10 MB, 1.36x at 20 MB and 1.4x at 40 MB (stemming cache warm).
 */
export const WORKER_MIN_BYTES = 16 * 1024 * 1024;
const MAX_JOBS = 8;

/**
 * Fewer cores than this, and threads are not started unasked: on the 2-core bench machine two
 * workers coded the 40 MB zipf60k corpus only 1.03-1.12x as fast as one thread, for twice the
 * memory (303-351 MB against 181 MB), because the main thread needs a core to write and the work is
 * bound by memory access (two processes side by side slow each other 1.4-1.6x). On one million
 * short segments they gained 1.2-1.6x; `--jobs 2` still asks for them.
 */
const MIN_CORES_FOR_THREADS = 3;

/**
 * How many threads: `--jobs` or TELAAH_JOBS when given (1 = this thread only; more = that many
 * workers, even for a small corpus), else one per core once the corpus is big enough to pay, on a
 * machine with cores to spare.
 */
export function chooseJobs(requested: number | undefined, corpusBytes: number, cores = availableParallelism()): number {
  if (requested !== undefined) return requested;
  if (corpusBytes < WORKER_MIN_BYTES || cores < MIN_CORES_FOR_THREADS) return 1;
  return Math.min(MAX_JOBS, cores);
}

// compiled JavaScript runs the worker next to this file; under the test runner (TypeScript
// sources) the compiled copy in dist/ is used — `npm test` builds first
const workerUrl = new URL(import.meta.url.endsWith('.ts') ? '../../dist/cli/worker.js' : './worker.js', import.meta.url);

/**
 * Codes `count` transcripts in `opts.jobs` worker threads and hands each result, with what `job`
 * kept of its transcript, to `onResult` in transcript order, as soon as it and all before it are
 * done. `job(i)` says what to send for transcript i: the transcript itself, or (chunks mode) the
 * recipe to load it in the worker, which leaves the main thread only the writing. They are sent in
 * order, at most a window (8 per thread) ahead of the first one not yet handed on, so that
 * transcripts and results waiting for a slow transcript stay few (at the price of the old
 * biggest-first order: a very long last transcript can leave the other threads idle at the end).
 * Resolves with the stems the workers computed (for the project's cache) and their stage timings.
 */
export async function processInWorkers<K, R extends TranscriptResult | WorkerChunk>(
  count: number, job: (index: number) => Promise<{ send: ToWorker; keep: K }>, opts: Omit<WorkerData, 'stems'> & { jobs: number },
  onResult: (kept: K, result: R) => void,
): Promise<{ stems: [string, [string, string][]][]; stages: [string, number][] }> {
  const data: WorkerData = {
    codebook: opts.codebook, language: opts.language, auto: opts.auto, minConfidence: opts.minConfidence,
    training: opts.training, handCoded: opts.handCoded, stems: allStems(), chunks: opts.chunks ?? false, timed: opts.timed ?? false,
    ...(opts.manual ? { manual: opts.manual } : {}),
  };
  const jobs = Math.max(1, Math.min(opts.jobs, count));
  const window = 8 * jobs + 8;
  // what `job` kept of the transcripts sent and not yet handed on, and the results waiting for those before them
  const sent = new Map<number, K>();
  const waiting = new Map<number, R>();
  const stems: [string, [string, string][]][] = [];
  const stages: [string, number][] = [];
  let next = 0;
  let emitted = 0;
  const workers: { feed: () => void; thread: Worker }[] = [];
  const emit = () => {
    for (let r = waiting.get(emitted); r; r = waiting.get(emitted)) {
      const kept = sent.get(emitted) as K;
      waiting.delete(emitted);
      sent.delete(emitted);
      emitted++;
      onResult(kept, r);
    }
    for (const w of workers) w.feed();
  };
  const runOne = (): Promise<void> => new Promise((resolve, reject) => {
    const w = startWorker(data, process.execArgv);
    let inFlight = 0;
    let done = false;
    // one failure stops every thread: none is left running with nobody to take its results
    const fail = (e: unknown) => {
      for (const x of workers) void x.thread.terminate();
      reject(e);
    };
    const send = async (index: number) => {
      const { send: message, keep } = await job(index);
      sent.set(index, keep);
      w.postMessage(message);
    };
    const feed = () => {
      while (inFlight < 2 && next < count && next < emitted + window) {
        inFlight++;
        send(next++).catch(fail);
      }
      if (inFlight === 0 && next >= count && !done) {
        done = true;
        w.postMessage({ type: 'stems' } satisfies ToWorker);
      }
    };
    workers.push({ feed, thread: w });
    w.on('message', (msg: FromWorker) => {
      if (msg.type === 'refused') {
        fail(new RefusedError(msg.abs, msg.ruleId, msg.message, msg.hint));
        return;
      }
      if (msg.type !== 'stems') {
        inFlight--;
        waiting.set(msg.index, (msg.type === 'result' ? msg.result : msg.chunk) as R);
        try {
          emit();
        } catch (e) {
          fail(e);
          return;
        }
        feed();
      } else {
        stems.push(...msg.stems);
        stages.push(...msg.stages);
        void w.terminate().then(() => resolve());
      }
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (code !== 0 && code !== 1) fail(new Error(`a worker thread stopped with exit code ${code}`));
    });
    feed();
  });
  await Promise.all(Array.from({ length: jobs }, runOne));
  return { stems, stages };
}

/**
 * A worker thread with the parent's Node options where a worker takes them. V8 options
 * (`--max-old-space-size`, `--trace-gc`, `--stack-size`) are process-wide — the worker has them
 * already — and a worker refuses to be given them again: then it starts without options.
 */
export function startWorker(data: WorkerData, parentArgv: readonly string[]): Worker {
  try {
    return new Worker(workerUrl, { workerData: data, execArgv: workerExecArgv(parentArgv) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
    return new Worker(workerUrl, { workerData: data, execArgv: [] });
  }
}

/** The parent's Node options minus those a worker refuses (`node --input-type=module -e …`). */
export function workerExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--input-type')) continue;
    if (['-e', '--eval', '-p', '--print'].includes(a)) {
      i++;
      continue;
    }
    if (/^--(eval|print)=/.test(a)) continue;
    out.push(a);
  }
  return out;
}
