import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { reduceAll } from '../../passes/pipeline.js';
import { reducedMarkdown, reductionCsv } from '../../output/reduction.js';
import { displayPath } from '../../project/files.js';
import type { Io } from '../io.js';
import { openProject, report } from '../project.js';
import { writeOutputs } from '../write.js';

export async function reduceCommand(dir: string | undefined, opts: { out?: string }, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const p = await openProject(dir, opts.out, io, diags);
  if (!p) return report(diags, io) || 1;
  const reduced = reduceAll(p.transcripts, p.config.language);
  const files = new Map<string, string>([['reduction.csv', reductionCsv(reduced)]]);
  for (const r of reduced) files.set(`reduced/${r.transcript.meta.id}.md`, reducedMarkdown(r, p.config.language));
  writeOutputs(p.outDir, files);
  const status = report(diags, io);
  const seg = reduced.reduce((n, r) => n + r.report.segments, 0);
  const kept = reduced.reduce((n, r) => n + r.report.kept, 0);
  const wb = reduced.reduce((n, r) => n + r.report.wordsBefore, 0);
  const wa = reduced.reduce((n, r) => n + r.report.wordsAfter, 0);
  io.stdout(`${reduced.length} transcripts: kept ${kept} of ${seg} segments, ${wa} of ${wb} words.\n`);
  io.stdout(`Wrote ${displayPath(path.join(p.outDir, 'reduction.csv'), io.cwd)} and ${reduced.length} files in ${displayPath(path.join(p.outDir, 'reduced'), io.cwd)}/\n`);
  return status;
}
