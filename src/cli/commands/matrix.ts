import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { matrixView } from '../../output/matrix-view.js';
import { displayPath } from '../../project/files.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { runStudy } from '../study.js';
import { writeOutputs } from '../write.js';

export async function matrixCommand(dir: string | undefined, opts: { out?: string; show?: boolean }, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const r = await runStudy(dir, opts, io, diags);
  if (!r) return report(diags, io) || 1;
  const files = new Map([...r.files].filter(([k]) => k.startsWith('matrix/')));
  writeOutputs(r.project.outDir, files);
  const status = report(diags, io);
  if (opts.show) {
    for (const m of r.study.matrices) {
      if (m.name === 'framework') continue;
      io.stdout(`${matrixView(m, io.columns)}\n`);
    }
    io.stdout('The framework chart (informant × code, with quotes) is too wide for a terminal:\nopen matrix/framework.csv in a spreadsheet.\n');
  }
  io.stdout(`Wrote ${files.size} matrices to ${displayPath(path.join(r.project.outDir, 'matrix'), io.cwd)}/${opts.show ? '' : ' (add --show to print them)'}\n`);
  return status;
}
