/** Opening a project for a command: load, report every problem on stderr, decide whether to go on. */
import path from 'node:path';
import { loadCodings } from '../codings/load.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { CodingsFile } from '../model/coding.js';
import { formatDiagnostics } from '../output/diagnostics.js';
import { loadProject, type InputFile, type LoadOptions, type Project } from '../project/load.js';
import type { Io } from './io.js';
import { diagnostic } from '../model/diagnostic.js';
import { displayPath } from '../project/files.js';
import { unsafeOutputFolder } from './write.js';
import { invalidRegex } from '../codebook/rules/invalid-regex.js';
import { runRule } from '../codebook/rules/rule.js';

export interface OpenProject extends Project {
  codings: CodingsFile[];
  inputs: InputFile[];
  /** Absolute output folder. */
  outDir: string;
}

/**
 * Loads project and codings (transcripts lazily when `opts.lazy`: see LoadOptions). Returns
 * undefined when nothing useful can be done (no codebook, no project).
 */
export async function openProject(dirArg: string | undefined, outArg: string | undefined, io: Io, diags: Diagnostic[], opts: LoadOptions = {}): Promise<OpenProject | undefined> {
  const p = await loadProject(dirArg ?? '.', io.cwd, opts);
  diags.push(...p.diagnostics);
  if (!p.codebook || !p.configOk) return undefined; // without valid settings, write nothing
  // a regex keyword that cannot run is left out of coding: say so (the other lint rules are for `telaah lint`)
  diags.push(...runRule(invalidRegex, p.codebook));
  const codings = loadCodings(p.dir, io.cwd);
  diags.push(...codings.diagnostics);
  const outDir = outArg ? path.resolve(io.cwd, outArg) : path.resolve(p.dir, p.config.output);
  const unsafe = unsafeOutputFolder(outDir, p.dir, p.config.transcripts);
  if (unsafe) {
    diags.push(diagnostic(outArg ? { file: '--out', line: 1, column: 1 } : p.config.outputPos, 'config', 'error',
      `refusing to use ${displayPath(outDir, io.cwd)} as the output folder: ${unsafe}`,
      'use a folder of its own, such as `output: out` in telaah.yaml or --out DIR'));
    return undefined;
  }
  return { ...p, codings: codings.files, inputs: [...p.inputs, ...codings.inputs], outDir };
}

/** Prints diagnostics (errors and warnings) on stderr; returns 1 if any is an error. */
export function report(diags: Diagnostic[], io: Io): number {
  const sorted = sortDiagnostics(diags);
  if (sorted.length) io.stderr(formatDiagnostics(sorted, 'pretty', io.color));
  return hasErrors(sorted) ? 1 : 0;
}
