import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { CodeTally } from '../../output/code-summary.js';
import { CODINGS_HEADER, codingsCsvRows, segmentsJsonl } from '../../output/segments.js';
import { csvRows } from '../../output/csv.js';
import { codedSegments } from '../../passes/pipeline.js';
import { displayPath } from '../../project/files.js';
import type { AutoMode } from '../../project/config.js';
import { codeProject } from '../analyse.js';
import type { Io } from '../io.js';
import { OutputStreams } from '../output-stream.js';
import { openProject, report } from '../project.js';
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
 * corpus; only the counts of the summary table are kept.
 */
export async function codeCommand(dir: string | undefined, opts: CodeOptions, io: Io): Promise<number> {
  const jobs = jobsFrom(opts.jobs, io);
  if (jobs === null) return 2;
  if (opts.shard !== undefined) {
    const { shardCommand } = await import('./shard.js');
    return shardCommand(dir, { ...opts, shard: opts.shard, jobs }, io);
  }
  const diags: Diagnostic[] = [];
  const p = await openProject(dir, opts.out, io, diags);
  if (!p || !p.codebook) return report(diags, io) || 1;
  const auto = opts.auto ?? p.config.coding.auto;
  const tally = new CodeTally(p.codebook);
  const out = new OutputStreams(p.outDir, ['segments.jsonl', 'codings.csv']);
  const header = csvRows([CODINGS_HEADER]);
  out.write('codings.csv', header);
  if (opts.format === 'csv') io.stdout(header);
  try {
    const { resolved } = await codeProject(p, { auto, minConfidence: p.config.coding.minConfidence, jobs }, (t, result, basis) => {
      const { segments } = codedSegments(t, result, {
        matcher: basis.matcher, auto, manual: basis.resolved.bySegment, coders: basis.resolved.coders, diagnostics: basis.resolved.diagnostics,
      });
      const jsonl = segmentsJsonl(segments);
      const csv = codingsCsvRows(segments);
      out.write('segments.jsonl', jsonl);
      out.write('codings.csv', csv);
      if (opts.format === 'jsonl') io.stdout(jsonl);
      else if (opts.format === 'csv') io.stdout(csv);
      tally.add(segments);
    });
    out.commit();
    diags.push(...resolved.diagnostics);
  } catch (e) {
    out.abort();
    throw e;
  }
  const status = report(diags, io);
  if (opts.format === 'table') {
    io.stdout(tally.table(p.config.language, io.columns));
    io.stdout(`Wrote ${displayPath(path.join(p.outDir, 'segments.jsonl'), io.cwd)} and codings.csv\n`);
  }
  return status;
}
