import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { REPORT_FILES } from '../../output/report/index.js';
import { displayPath } from '../../project/files.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { runStudy } from '../study.js';
import { writeOutputs } from '../write.js';

/** `telaah report`: writes report.html and the SVG figures (the same bytes `telaah run` writes). */
export async function reportCommand(dir: string | undefined, opts: { out?: string; lang?: 'id' | 'en' }, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const r = await runStudy(dir, opts, io, diags);
  if (!r) return report(diags, io) || 1;
  writeOutputs(r.project.outDir, new Map(REPORT_FILES.map((f) => [f, r.files.get(f)!])));
  const status = report(diags, io);
  const at = (f: string) => displayPath(path.join(r.project.outDir, f), io.cwd);
  io.stdout(`Wrote ${at('report.html')} — open it in a web browser (double-click it); no internet needed.\n`);
  io.stdout(`Figures for the thesis: ${at('figures/heatmap.svg')} and ${at('figures/triangulation.svg')}.\n`);
  return status;
}
