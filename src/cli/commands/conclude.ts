import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { displayPath } from '../../project/files.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { runStudy } from '../study.js';
import { writeOutputs } from '../write.js';

export async function concludeCommand(dir: string | undefined, opts: { out?: string; lang?: 'id' | 'en'; docx?: boolean }, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const r = await runStudy(dir, { ...opts, docx: !!opts.docx }, io, diags);
  if (!r) return report(diags, io) || 1;
  const names = ['conclusions.md', ...(opts.docx ? ['conclusions.docx'] : [])];
  writeOutputs(r.project.outDir, new Map(names.map((n) => [n, r.files.get(n)!])));
  const status = report(diags, io);
  const shown = names.map((n) => displayPath(path.join(r.project.outDir, n), io.cwd)).join(' and ');
  io.stdout(`Wrote ${shown} (${r.lang === 'id' ? 'Indonesian' : 'English'}): a first draft to edit, not a finished chapter.\n`);
  return status;
}
