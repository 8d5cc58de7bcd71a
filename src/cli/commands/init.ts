import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Codebook } from '../../model/codebook.js';
import { findMatches } from '../../passes/match.js';
import { analyse } from '../../passes/pipeline.js';
import { builtinNames, isBuiltinName, loadCodebook } from '../../project/codebooks.js';
import { exampleTranscript, scaffold, type ExampleCoding } from '../../project/scaffold.js';
import { tokenize } from '../../text/tokenize.js';
import { parseTranscript } from '../../transcript/parse.js';
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
  const cb = loadCodebook(opts.codebook, root).codebook;
  const example = cb && exampleCoding(cb, opts.lang);
  const files = scaffold({ ...opts, ...(example ? { example } : {}) });
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

/**
 * The codings example of codings/README.md: the code the chosen codebook gives the example
 * transcript's first coded segment, with the sentence of the matched keyword as the quote — so the
 * example uses an id of this codebook and a quote that is really in the transcript.
 */
function exampleCoding(codebook: Codebook, lang: 'id' | 'en'): ExampleCoding | undefined {
  const [file, source] = exampleTranscript(lang);
  const { transcript } = parseTranscript(source, file, 'example');
  const a = analyse({ transcripts: [transcript], codebook, codings: [], language: lang, auto: 'on', minConfidence: 0 }); // the best candidate, however sure
  const seg = a.segments.find((s) => s.reduced.kept && s.codes.length);
  if (!seg) return undefined;
  const code = seg.codes[0]!.code;
  const text = seg.reduced.text;
  const hit = findMatches(text, a.matcher.forLang(seg.lang)).find((m) => m.term.code === code);
  const at = hit ? tokenize(text)[hit.first]!.start : 0;
  const start = Math.max(0, ...[...text.slice(0, at).matchAll(/[.!?]\s+/g)].map((m) => m.index + m[0].length));
  const end = text.slice(at).search(/[.!?](\s|$)/);
  const sentence = text.slice(start, end < 0 ? text.length : at + end + 1).replace(/\s+/g, ' ').trim();
  return { code, quote: sentence };
}
