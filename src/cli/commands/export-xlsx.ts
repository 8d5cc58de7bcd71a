/** `telaah export xlsx`: the matrices, segments, code-by-segment and triangulation as one workbook. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { workbookSheets, workbookXlsx } from '../../output/xlsx.js';
import { displayPath } from '../../project/files.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { runStudy } from '../study.js';
import { exportTarget } from '../export-target.js';
import { writeFileAtomic } from '../write.js';
import { WORKBOOK } from './run.js';

export async function exportXlsxCommand(dir: string, opts: { out?: string }, io: Io): Promise<number> {
  const target = opts.out ? exportTarget(opts.out, '.xlsx', io.cwd) : undefined;
  if (target && 'diagnostic' in target) {
    report([target.diagnostic], io);
    return 2;
  }
  const diags: Diagnostic[] = [];
  const r = await runStudy(dir, {}, io, diags);
  if (!r) return report(diags, io) || 1;
  const abs = target ? target.abs : path.join(r.project.outDir, WORKBOOK);
  const status = report(diags, io);
  const sheets = workbookSheets(r.study, r.project.codebook!, r.lang);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileAtomic(abs, await workbookXlsx(sheets));
  io.stdout(`Wrote ${displayPath(abs, io.cwd)}: ${sheets.length} sheets (${sheets.map((s) => s.name).join(', ')}).\n`);
  return status;
}
