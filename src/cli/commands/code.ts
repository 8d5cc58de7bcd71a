import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { codeSummaryTable } from '../../output/code-summary.js';
import { codingsCsv, segmentsJsonl } from '../../output/segments.js';
import { displayPath } from '../../project/files.js';
import type { AutoMode } from '../../project/config.js';
import { analyseProject } from '../analyse.js';
import type { Io } from '../io.js';
import { openProject, report } from '../project.js';
import { stageTimer } from '../timings.js';
import { writeOutputs } from '../write.js';
import { jobsFrom } from './jobs.js';

interface CodeOptions {
  out?: string;
  format: 'jsonl' | 'csv' | 'table';
  auto?: AutoMode;
  jobs?: number;
  shard?: string;
}

export async function codeCommand(dir: string | undefined, opts: CodeOptions, io: Io): Promise<number> {
  const jobs = jobsFrom(opts.jobs, io);
  if (jobs === null) return 2;
  if (opts.shard !== undefined) {
    const { shardCommand } = await import('./shard.js');
    return shardCommand(dir, { ...opts, shard: opts.shard, jobs }, io);
  }
  const diags: Diagnostic[] = [];
  const timer = stageTimer(io);
  const p = await openProject(dir, opts.out, io, diags);
  if (!p || !p.codebook) return report(diags, io) || 1;
  timer.lap('load');
  const { analysis: a } = await analyseProject(p, { auto: opts.auto ?? p.config.coding.auto, minConfidence: p.config.coding.minConfidence, jobs });
  timer.lap('reduce+code');
  diags.push(...a.diagnostics);
  const jsonl = segmentsJsonl(a.segments);
  const csv = codingsCsv(a.segments);
  timer.lap('serialise');
  writeOutputs(p.outDir, new Map([['segments.jsonl', jsonl], ['codings.csv', csv]]));
  timer.lap('write');
  timer.save();
  const status = report(diags, io);
  if (opts.format === 'jsonl') io.stdout(jsonl);
  else if (opts.format === 'csv') io.stdout(csv);
  else {
    io.stdout(codeSummaryTable(a.segments, p.codebook, p.config.language, io.columns));
    io.stdout(`Wrote ${displayPath(path.join(p.outDir, 'segments.jsonl'), io.cwd)} and codings.csv\n`);
  }
  return status;
}
