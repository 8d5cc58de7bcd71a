import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { displayPath } from '../../project/files.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { runStudy } from '../study.js';
import { writeOutputs } from '../write.js';

export async function concludeCommand(dir: string | undefined, opts: { out?: string; lang?: 'id' | 'en' }, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const r = await runStudy(dir, opts, io, diags);
  if (!r) return report(diags, io) || 1;
  writeOutputs(r.project.outDir, new Map([['conclusions.md', r.files.get('conclusions.md')!]]));
  const status = report(diags, io);
  io.stdout(`Wrote ${displayPath(path.join(r.project.outDir, 'conclusions.md'), io.cwd)} (${r.lang === 'id' ? 'Indonesian' : 'English'}): a first draft to edit, not a finished chapter.\n`);
  return status;
}
