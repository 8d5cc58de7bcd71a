/**
 * A worker thread of the coding pool (see workers.ts): compiles the codebook once, then reduces and
 * codes each transcript it is sent with the same pure function a single thread uses.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileCodebook } from '../codebook/compile.js';
import { learnerFor, processTranscript, type TranscriptContext } from '../passes/pipeline.js';
import { primeStems, takeFreshStems } from '../text/stem.js';
import type { WorkerData, ToWorker, FromWorker } from './workers.js';

const data = workerData as WorkerData;
for (const [lang, entries] of data.stems) primeStems(lang, entries);
const matcher = compileCodebook(data.codebook);
const ctx: TranscriptContext = {
  matcher, language: data.language, auto: data.auto, minConfidence: data.minConfidence,
  learner: learnerFor(matcher, data.training), handCoded: new Set(data.handCoded),
};
const port = parentPort!;
port.on('message', (msg: ToWorker) => {
  const reply: FromWorker = msg.type === 'transcript'
    ? { type: 'result', index: msg.index, result: processTranscript(msg.transcript, ctx) }
    : { type: 'stems', stems: takeFreshStems() };
  port.postMessage(reply);
});
