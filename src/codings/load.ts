/** Reads every `codings/*.yaml` of a project (I/O edge). Never writes. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CodingsFile } from '../model/coding.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { displayPath, readTextFile } from '../project/files.js';
import { parseCodings } from './parse.js';

export interface LoadedCodings {
  files: CodingsFile[];
  /** Path relative to the project and text, for provenance. */
  inputs: { path: string; text: string }[];
  diagnostics: Diagnostic[];
}

export const CODINGS_DIR = 'codings';

export function loadCodings(projectDir: string, cwd = process.cwd()): LoadedCodings {
  const dir = path.join(projectDir, CODINGS_DIR);
  const out: LoadedCodings = { files: [], inputs: [], diagnostics: [] };
  if (!existsSync(dir)) return out;
  const names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  for (const name of names) {
    const abs = path.join(dir, name);
    const shown = displayPath(abs, cwd);
    const read = readTextFile(abs, shown);
    if ('diagnostic' in read) {
      out.diagnostics.push(read.diagnostic);
      continue;
    }
    out.inputs.push({ path: `${CODINGS_DIR}/${name}`, text: read.text });
    const parsed = parseCodings(read.text, shown, name.replace(/\.ya?ml$/, ''));
    out.diagnostics.push(...parsed.diagnostics);
    if (parsed.codings) out.files.push(parsed.codings);
  }
  return out;
}
