/** `telaah export qdpx PROJECT -o FILE.qdpx`: a coded project as a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder. */
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import { analyse } from '../../passes/pipeline.js';
import type { AutoMode } from '../../project/config.js';
import { displayPath } from '../../project/files.js';
import { projectExport } from '../../refi/from-analysis.js';
import { qdeXml } from '../../refi/project-xml.js';
import type { Io } from '../io.js';
import { openProject, report } from '../project.js';
import { packQdpx } from '../qdpx.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from '../write.js';
import { exportPath } from '../export-target.js';

export interface ExportQdpxOptions {
  out: string;
  lang?: 'id' | 'en';
  auto?: AutoMode;
}

export async function exportQdpxCommand(dir: string | undefined, opts: ExportQdpxOptions, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  if (!exportPath(opts.out, '.qdpx', io)) return 2;
  const p = await openProject(dir, undefined, io, diags);
  if (!p || !p.codebook) return report(diags, io) || 1;
  const abs = exportPath(opts.out, '.qdpx', io, p.outDir);
  if (!abs) return 2;
  const a = analyse({
    transcripts: p.transcripts, codebook: p.codebook, codings: p.codings, language: p.config.language,
    auto: opts.auto ?? p.config.coding.auto, minConfidence: p.config.coding.minConfidence,
  });
  diags.push(...a.diagnostics);
  if (hasErrors(diags)) {
    report(diags, io);
    io.stderr('Nothing exported: fix the errors above first, so the export carries all of your data.\n');
    return 1;
  }
  const lang = opts.lang ?? p.config.language;
  const { project, sources } = projectExport({
    name: path.basename(p.dir), origin: `telaah ${VERSION}`, codebook: p.codebook, transcripts: p.transcripts,
    segments: a.segments, coders: a.coders, lang,
  });
  writeFileAtomic(abs, await packQdpx(qdeXml(project), sources));
  report(diags, io);
  const selections = project.sources.reduce((n, s) => n + s.selections.length, 0);
  const codings = project.sources.reduce((n, s) => n + s.selections.reduce((k, x) => k + x.codings.length, 0), 0);
  io.stdout(`Wrote ${displayPath(abs, io.cwd)}: ${project.sources.length} transcripts, ${selections} coded segments, ${codings} codings ` +
    `by ${project.users.map((u) => u.name).join(', ')}; ${project.cases.length} cases, ${project.notes.length} memos.\n`);
  return 0;
}
