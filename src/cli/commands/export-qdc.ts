/** `telaah export qdc CODEBOOK -o FILE.qdc`: a codebook as a REFI-QDA codebook file. */
import path from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import { displayPath } from '../../project/files.js';
import { loadCodebook } from '../../project/codebooks.js';
import { codeTree, qdcXml } from '../../refi/codebook-xml.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from '../write.js';
import { exportPath } from '../export-target.js';

export interface ExportQdcOptions {
  out: string;
  lang: 'id' | 'en';
}

export async function exportQdcCommand(ref: string, opts: ExportQdcOptions, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const abs = exportPath(opts.out, '.qdc', io);
  if (!abs) return 2;
  const loaded = loadCodebook(ref, io.cwd);
  diags.push(...loaded.diagnostics);
  const cb = loaded.codebook;
  if (cb && cb.codes.length === 0) diags.push(diagnostic(cb.pos, 'schema', 'error', 'the codebook has no codes to export'));
  if (!cb || hasErrors(diags)) return report(diags, io) || 1;
  const xml = qdcXml(codeTree(cb, { lang: opts.lang }), `telaah ${VERSION}`);
  writeFileAtomic(abs, xml);
  report(diags, io);
  io.stdout(`Wrote ${cb.codes.length} codes of "${cb.id}" to ${displayPath(abs, io.cwd)} (labels and definitions in ${opts.lang}).\n`);
  return 0;
}
