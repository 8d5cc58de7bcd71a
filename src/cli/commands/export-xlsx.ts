/** `telaah export xlsx`: the matrices, segments, code-by-segment and triangulation as one workbook. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { workbookSheets, workbookXlsx } from '../../output/xlsx.js';
import { displayPath } from '../../project/files.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { runStudy } from '../study.js';
import { exportPath } from '../export-target.js';
import { writeFileAtomic } from '../write.js';

export async function exportXlsxCommand(dir: string, opts: { out: string }, io: Io): Promise<number> {
  if (!exportPath(opts.out, '.xlsx', io)) return 2;
  const diags: Diagnostic[] = [];
  const r = await runStudy(dir, {}, io, diags);
  if (!r) return report(diags, io) || 1;
  const abs = exportPath(opts.out, '.xlsx', io, r.project.outDir);
  if (!abs) return 2;
  const status = report(diags, io);
  const sheets = workbookSheets(r.study, r.project.codebook!, r.lang);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileAtomic(abs, await workbookXlsx(sheets));
  io.stdout(`Wrote ${displayPath(abs, io.cwd)}: ${sheets.length} sheets (${sheets.map((s) => s.name).join(', ')}).\n`);
  return status;
}
