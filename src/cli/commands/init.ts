import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinNames, isBuiltinName } from '../../project/codebooks.js';
import { scaffold } from '../../project/scaffold.js';
import { nearest } from '../../text/nearest.js';
import type { Io } from '../io.js';

interface InitOptions {
  codebook: string;
  lang: 'id' | 'en';
}

export async function initCommand(dir: string, opts: InitOptions, io: Io): Promise<number> {
  const root = path.resolve(io.cwd, dir);
  const names = builtinNames();
  const isPath = !isBuiltinName(opts.codebook);
  if (!isPath && !names.includes(opts.codebook)) {
    const guess = nearest(opts.codebook, names);
    const didYouMean = guess ? `did you mean "${guess}"? ` : '';
    io.stderr(`telaah init: unknown codebook "${opts.codebook}"\n    hint: ${didYouMean}bundled codebooks: ${names.join(', ')}; or give a path such as ./codebook.yaml\n`);
    return 2;
  }
  if (isPath && !existsSync(path.resolve(root, opts.codebook))) {
    io.stderr(`telaah init: codebook file "${opts.codebook}" not found (paths are relative to the project folder ${dir})\n`);
    return 2;
  }
  const files = scaffold(opts);
  const existing = Object.keys(files).filter((f) => existsSync(path.join(root, f)));
  if (existing.length) {
    io.stderr(`telaah init: refusing to overwrite existing files in ${dir}:\n${existing.map((f) => `  ${f}\n`).join('')}Nothing was written.\n`);
    return 1;
  }
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content, { flag: 'wx' });
  }
  const shown = dir === '.' ? 'this folder' : dir;
  io.stdout(`Created a telaah project in ${shown}:\n${Object.keys(files).map((f) => `  ${f}\n`).join('')}
Next steps:
  1. put your transcripts in ${path.join(dir, 'transcripts')}/ (see the example)
  2. telaah lint --project ${dir}
`);
  return 0;
}
