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
port.on('message', (msg: ToWorker) => {
  if (msg.type === 'stems') {
    port.postMessage({ type: 'stems', stems: takeFreshStems(), stages: clock ? [...clock.ms] : [] } satisfies FromWorker);
    return;
  }
  const result = processTranscript(msg.transcript, ctx);
  if (!data.chunks) {
    port.postMessage({ type: 'result', index: msg.index, result } satisfies FromWorker);
    return;
  }
  const t0 = performance.now();
  const chunk = codedChunk(msg.transcript, result, { matcher, auto: data.auto, manual: new Map(msg.manual) });
  const jsonl = encoder.encode(chunk.jsonl);
  const csv = encoder.encode(chunk.csv);
  clock?.add('serialise', performance.now() - t0);
  port.postMessage({ type: 'chunk', index: msg.index, chunk: { jsonl, csv, tally: chunk.tally } } satisfies FromWorker, [jsonl.buffer, csv.buffer]);
});
