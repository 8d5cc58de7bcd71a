import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { CodeTally } from '../../output/code-summary.js';
import { csvRows } from '../../output/csv.js';
import { CODINGS_HEADER } from '../../output/segments.js';
import { StageClock } from '../../passes/stage-clock.js';
import { displayPath } from '../../project/files.js';
import type { AutoMode } from '../../project/config.js';
import { codeProjectChunks } from '../analyse.js';
import type { Io } from '../io.js';
import { leanHeap } from '../heap.js';
import { OutputStreams } from '../output-stream.js';
import { openProject, report } from '../project.js';
import { saveTimings, timingsFile } from '../timings.js';
import { jobsFrom } from './jobs.js';

interface CodeOptions {
  out?: string;
  format: 'jsonl' | 'csv' | 'table';
  auto?: AutoMode;
  jobs?: number;
  shard?: string;
}

/**
 * `telaah code`: segments.jsonl and codings.csv, written a transcript at a time as the transcripts
 * are coded (in transcript order, whatever the number of threads), so memory does not grow with the
 * corpus; only the counts of the summary table are kept. TELAAH_TIMINGS=FILE writes the time of
 * each stage there (JSON, milliseconds; `npm run bench` reads it).
 */
export async function codeCommand(dir: string | undefined, opts: CodeOptions, io: Io): Promise<number> {
  const jobs = jobsFrom(opts.jobs, io);
  if (jobs === null) return 2;
  if (opts.shard !== undefined) {
    const { shardCommand } = await import('./shard.js');
    return shardCommand(dir, { ...opts, shard: opts.shard, jobs }, io);
  }
  leanHeap();
  const timings = timingsFile(io);
  const clock = timings ? new StageClock() : undefined;
  const diags: Diagnostic[] = [];
  const t0 = performance.now();
  // each transcript is parsed when it is coded, and let go once written: memory does not grow with the corpus
  const p = await openProject(dir, opts.out, io, diags, { lazy: true });
  clock?.add('load', performance.now() - t0);
  if (!p || !p.codebook) return report(diags, io) || 1;
  const auto = opts.auto ?? p.config.coding.auto;
  const tally = new CodeTally(p.codebook);
  const out = new OutputStreams(p.outDir, ['segments.jsonl', 'codings.csv']);
  const header = csvRows([CODINGS_HEADER]);
  out.write('codings.csv', header);
  if (opts.format === 'csv') io.stdout(header);
  const text = (x: string | Uint8Array) => (typeof x === 'string' ? x : Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('utf8'));
  try {
    const settings = { auto, minConfidence: p.config.coding.minConfidence, jobs, ...(clock ? { clock } : {}) };
    const { resolved, diagnostics } = await codeProjectChunks(p, settings, (chunk) => {
      const t1 = performance.now();
      out.write('segments.jsonl', chunk.jsonl);
      out.write('codings.csv', chunk.csv);
      if (opts.format === 'jsonl') io.stdout(text(chunk.jsonl));
      else if (opts.format === 'csv') io.stdout(text(chunk.csv));
      tally.merge(chunk.tally);
      clock?.add('write', performance.now() - t1);
    });
    const t2 = performance.now();
    out.commit();
    clock?.add('write', performance.now() - t2);
    diags.push(...resolved.diagnostics, ...diagnostics);
  } catch (e) {
    out.abort();
    throw e;
  }
  const status = report(diags, io);
  if (opts.format === 'table') {
    io.stdout(tally.table(p.config.language, io.columns));
    io.stdout(`Wrote ${displayPath(path.join(p.outDir, 'segments.jsonl'), io.cwd)} and codings.csv\n`);
  }
  if (clock && timings) saveTimings(io, timings, { ...clock.toJSON(), total: Math.round(performance.now() - t0) });
  return status;
}
