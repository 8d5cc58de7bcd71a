/** `telaah export xlsx`: the matrices, segments, code-by-segment and triangulation as one workbook. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';
import { workbookSheets, workbookXlsx } from '../../output/xlsx.js';
import { displayPath } from '../../project/files.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { runStudy } from '../study.js';
import { replaceUserFiles } from '../write.js';
import { WORKBOOK } from './run.js';

export async function exportXlsxCommand(dir: string, opts: { out?: string }, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const r = await runStudy(dir, {}, io, diags);
  if (!r) return report(diags, io) || 1;
  const target = opts.out ? path.resolve(io.cwd, opts.out) : path.join(r.project.outDir, WORKBOOK);
  if (!/\.xlsx$/i.test(target) || (existsSync(target) && statSync(target).isDirectory())) {
    diags.push(diagnostic({ file: '--out', line: 1, column: 1 }, 'usage', 'error', `${opts.out} is not a file name ending in .xlsx`, 'e.g. -o hasil.xlsx'));
    report(diags, io);
    return 2;
  }
  const status = report(diags, io);
  const sheets = workbookSheets(r.study, r.project.codebook!, r.lang);
  if (!opts.out) mkdirSync(path.dirname(target), { recursive: true });
  if (!existsSync(path.dirname(target))) {
    report([diagnostic({ file: '--out', line: 1, column: 1 }, 'usage', 'error', `the folder ${displayPath(path.dirname(target), io.cwd)} does not exist`)], io);
    return 2;
  }
  replaceUserFiles(new Map([[target, await workbookXlsx(sheets)]]));
  io.stdout(`Wrote ${displayPath(target, io.cwd)}: ${sheets.length} sheets (${sheets.map((s) => s.name).join(', ')}).\n`);
  return status;
}
