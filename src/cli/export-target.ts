/**
 * Where an export is written (I/O edge). An export is a generated file the user names with -o: it
 * may replace an earlier export of the same kind, but never a file of another kind (a codebook
 * .yaml, a transcript), never a folder, never into a folder that does not exist, and never into
 * the project's output folder, which every `telaah run` replaces (the workbook there is `run --xlsx`'s).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { displayPath } from '../project/files.js';
import type { Io } from './io.js';
import { report } from './project.js';

export function exportTarget(out: string, ext: string, cwd: string, outDir?: string): { abs: string } | { diagnostic: Diagnostic } {
  const abs = path.resolve(cwd, out);
  const at = { file: '--out', line: 1, column: 1 };
  const example = `e.g. -o hasil${ext}`;
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    return { diagnostic: diagnostic(at, 'usage', 'error', `${displayPath(abs, cwd)} is a folder; give a file name ending in ${ext}`, example) };
  }
  if (path.extname(abs).toLowerCase() !== ext) {
    return { diagnostic: diagnostic(at, 'usage', 'error', `${out} does not end in ${ext}; telaah only writes exports under their own extension, so it never replaces another kind of file`, example) };
  }
  if (outDir && (abs + path.sep).startsWith(path.resolve(outDir) + path.sep)) {
    return { diagnostic: diagnostic(at, 'usage', 'error',
      `${displayPath(abs, cwd)} is inside the output folder ${displayPath(outDir, cwd)}/, which every \`telaah run\` replaces: the export would be lost or block the next run`,
      `write it beside the project instead, ${example}${ext === '.xlsx' ? ' (or use `telaah run --xlsx`, which keeps telaah.xlsx in the output folder up to date)' : ''}`) };
  }
  if (!existsSync(path.dirname(abs))) {
    return { diagnostic: diagnostic(at, 'usage', 'error', `the folder ${displayPath(path.dirname(abs), cwd)} does not exist`, 'create it first, or give another -o path') };
  }
  return { abs };
}

/** The export's absolute path, or undefined after reporting why it cannot be written there. */
export function exportPath(out: string, ext: string, io: Io, outDir?: string): string | undefined {
  const t = exportTarget(out, ext, io.cwd, outDir);
  if ('abs' in t) return t.abs;
  report([t.diagnostic], io);
  return undefined;
}
