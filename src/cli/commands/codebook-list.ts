/**
 * `telaah codebook list [PROJECT]` and `telaah codebook show CODE [PROJECT]`: the project's codebook
 * (or any with --codebook) read without the transcripts, printed by src/output/codebook-list.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Codebook } from '../../model/codebook.js';
import { diagnostic, hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import { codebookList, codeDetail, type ListFormat } from '../../output/codebook-list.js';
import { loadCodebook } from '../../project/codebooks.js';
import { CONFIG_FILE, parseConfig } from '../../project/config.js';
import { displayPath } from '../../project/files.js';
import { nearest } from '../../text/nearest.js';
import type { Io } from '../io.js';
import { report } from '../project.js';

export interface ListCommandOptions {
  tree?: boolean;
  format: ListFormat;
  lang?: 'id' | 'en';
  codebook?: string;
}

/** The codebook of the project in `dir` (or `ref`), with the language to show it in. */
export function projectCodebook(dir: string, ref: string | undefined, lang: 'id' | 'en' | undefined, io: Io): { cb: Codebook; lang: 'id' | 'en' } | undefined {
  const diags: Diagnostic[] = [];
  const root = path.resolve(io.cwd, dir);
  let language = lang;
  let loaded;
  if (ref) loaded = loadCodebook(ref, io.cwd);
  else {
    const file = path.join(root, CONFIG_FILE);
    if (!existsSync(file)) {
      report([diagnostic({ file: displayPath(file, io.cwd), line: 1, column: 1 }, 'config', 'error', `${displayPath(root, io.cwd)} is not a telaah project (no ${CONFIG_FILE})`,
        'give the project folder, or a codebook with --codebook NAME (bartania, ansell-gash-2008, modal-sosial, or a .yaml file)')], io);
      return undefined;
    }
    const { config, diagnostics } = parseConfig(readFileSync(file, 'utf8'), displayPath(file, io.cwd));
    diags.push(...diagnostics);
    language ??= config.language;
    loaded = loadCodebook(config.codebook, root, config.codebookPos);
  }
  diags.push(...loaded.diagnostics);
  if (!loaded.codebook || hasErrors(diags)) {
    report(diags, io);
    return undefined;
  }
  return { cb: loaded.codebook, lang: language ?? 'id' };
}

export async function codebookListCommand(dir: string, opts: ListCommandOptions, io: Io): Promise<number> {
  const p = projectCodebook(dir, opts.codebook, opts.lang, io);
  if (!p) return 1;
  io.stdout(codebookList(p.cb, opts.format, { lang: p.lang, tree: Boolean(opts.tree), width: Math.max(60, io.columns) }));
  return 0;
}

export async function codebookShowCommand(id: string, dir: string, opts: Omit<ListCommandOptions, 'tree' | 'format'>, io: Io): Promise<number> {
  const p = projectCodebook(dir, opts.codebook, opts.lang, io);
  if (!p) return 1;
  const q = id.toLowerCase();
  const byLabel = p.cb.codes.filter((c) => Object.values(c.label).some((l) => l.toLowerCase().includes(q)));
  const code = p.cb.codes.find((c) => c.id === id) ?? (byLabel.length === 1 ? byLabel[0] : undefined);
  if (!code) {
    const guess = nearest(id, p.cb.codes.map((c) => c.id));
    const hint = byLabel.length ? `codes whose label has "${id}": ${byLabel.map((c) => c.id).join(', ')}` : guess ? `did you mean "${guess}"?` : '`telaah codebook list` lists every code';
    io.stderr(`telaah codebook show: the codebook ${p.cb.id} has no code "${id}"\n    hint: ${hint}\n`);
    return 1;
  }
  io.stdout(codeDetail(p.cb, code, p.lang));
  return 0;
}
