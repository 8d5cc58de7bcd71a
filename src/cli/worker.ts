/**
 * A worker thread of the coding pool (see workers.ts): compiles the codebook once, then reduces and
 * codes each transcript it is sent with the same pure function a single thread uses. In `chunks`
 * mode it also writes the transcript's part of the outputs (coded-chunk.ts) and sends it back as
 * bytes, moved rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileCodebook } from '../codebook/compile.js';
import { codedChunk } from '../output/coded-chunk.js';
import { learnerFor, processTranscript, type TranscriptContext } from '../passes/pipeline.js';
import { StageClock } from '../passes/stage-clock.js';
import { oneByteStrings } from '../text/one-byte.js';
import { primeStems, takeFreshStems } from '../text/stem.js';
import type { WorkerData, ToWorker, FromWorker } from './workers.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Transcript } from '../model/transcript.js';
import { RefusedError } from '../project/files.js';
import { loadRecipe } from '../project/load.js';

const data = workerData as WorkerData;
for (const [lang, entries] of data.stems) primeStems(lang, entries);
const clock = data.timed ? new StageClock() : undefined;
// strings arrive copied as two-byte ones: one-byte again (outputs, and V8 tunes the tokenizer to them)
const matcher = compileCodebook(oneByteStrings(data.codebook));
const ctx: TranscriptContext = {
  matcher, language: data.language, auto: data.auto, minConfidence: data.minConfidence,
  learner: learnerFor(matcher, data.training), handCoded: new Set(data.handCoded),
};
if (clock) ctx.clock = clock;
const port = parentPort!;
const encoder = new TextEncoder();
const manual = new Map(data.manual);
// messages are handled one at a time, in order: a source is loaded before the next message is read
let queue = Promise.resolve();
port.on('message', (msg: ToWorker) => {
  queue = queue.then(() => handle(msg));
});

async function handle(msg: ToWorker): Promise<void> {
  if (msg.type === 'stems') {
    port.postMessage({ type: 'stems', stems: takeFreshStems(), stages: clock ? [...clock.ms] : [] } satisfies FromWorker);
    return;
  }
  let transcript: Transcript;
  let diagnostics: Diagnostic[] | undefined;
  if (msg.type === 'source') {
    const t0 = performance.now();
    try {
      ({ transcript, diagnostics } = await loadRecipe(msg.recipe));
    } catch (e) {
      if (!(e instanceof RefusedError)) throw e;
      const hint = e.hint === undefined ? {} : { hint: e.hint };
      port.postMessage({ type: 'refused', index: msg.index, abs: e.abs, ruleId: e.ruleId, message: e.message, ...hint } satisfies FromWorker);
      return;
    }
    clock?.add('load', performance.now() - t0);
  } else transcript = msg.transcript;
  const result = processTranscript(transcript, ctx);
  if (!data.chunks) {
    port.postMessage({ type: 'result', index: msg.index, result } satisfies FromWorker);
    return;
  }
  const t0 = performance.now();
  const chunk = codedChunk(transcript, result, { matcher, auto: data.auto, manual: msg.type === 'source' ? manual : new Map(msg.manual) });
  const jsonl = encoder.encode(chunk.jsonl);
  const csv = encoder.encode(chunk.csv);
  clock?.add('serialise', performance.now() - t0);
  const found = diagnostics?.length ? { diagnostics } : {};
  port.postMessage({ type: 'chunk', index: msg.index, chunk: { jsonl, csv, tally: chunk.tally, ...found } } satisfies FromWorker, [jsonl.buffer, csv.buffer]);
}
