/**
 * `telaah merge PARTS… --out DIR`: the parts of a sharded run → exactly the files one `telaah run`
 * writes. Only the corpus-level stage runs here (triangulate → matrices → conclusions → write),
 * through the same functions `run` uses.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { compileCodebook } from '../../codebook/compile.js';
import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';
import { runOutputs } from '../../output/bundle.js';
import { assembleAnalysis } from '../../passes/pipeline.js';
import { corpusStage } from '../../passes/study.js';
import { pngRasterizer } from '../png.js';
import { displayPath, readTextFile } from '../../project/files.js';
import { checkParts, joinParts, parsePart, type Part } from '../../shard/part.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { VERSION } from '../version.js';
import { foreignOutputFolder, replaceOutputFolder } from '../write.js';

const MAX_PART_BYTES = 1024 * 1024 * 1024;

export async function mergeCommand(partArgs: string[], opts: { out: string }, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const files = partFiles(partArgs, io, diags);
  const parts: Part[] = [];
  for (const abs of files) {
    const shown = displayPath(abs, io.cwd);
    const read = readTextFile(abs, shown, MAX_PART_BYTES);
    if ('diagnostic' in read) {
      diags.push(read.diagnostic);
      continue;
    }
    const parsed = parsePart(read.text, shown);
    diags.push(...parsed.diagnostics);
    if (parsed.part) parts.push(parsed.part);
  }
  if (diags.length === 0) diags.push(...checkParts(parts, VERSION));
  const out = path.resolve(io.cwd, opts.out);
  const inside = files.find((f) => f === out || f.startsWith(out + path.sep));
  if (inside) {
    diags.push(diagnostic({ file: '--out', line: 1, column: 1 }, 'config', 'error',
      `refusing to replace ${displayPath(out, io.cwd)}: it holds the part ${displayPath(inside, io.cwd)}`, 'keep the parts in a folder of their own, such as out-parts/'));
  } else if (existsSync(path.join(out, 'telaah.yaml'))) {
    diags.push(diagnostic({ file: '--out', line: 1, column: 1 }, 'config', 'error',
      `refusing to replace ${displayPath(out, io.cwd)}: it holds a telaah.yaml`, 'give the output folder of the project, such as my-thesis/out'));
  }
  if (diags.length || parts.length === 0) return report(diags, io) || 1;

  const { header: h, transcripts, results, manual } = joinParts(parts);
  const a = assembleAnalysis(transcripts, results, {
    matcher: compileCodebook(h.codebook), auto: h.settings.auto, manual, coders: h.coders, diagnostics: h.diagnostics,
  });
  const s = corpusStage(a, { codebook: h.codebook, ...h.settings });
  const texts = new Map([...h.inputs, ...transcripts.map((t) => ({ path: t.file, text: t.text }))].map((i) => [i.path, i.text]));
  const files2 = await runOutputs(s, {
    codebook: h.codebook, codebookText: h.codebookText, lang: h.settings.lang, version: VERSION, options: h.options,
    inputs: h.inputOrder.map((p) => ({ path: p, text: texts.get(p) ?? '' })), rasterize: await pngRasterizer(),
  });
  const foreign = foreignOutputFolder(out, files2);
  if (foreign) {
    return report([diagnostic({ file: '--out', line: 1, column: 1 }, 'config', 'error', `refusing to replace ${displayPath(out, io.cwd)}: ${foreign}`,
      'give the output folder of the project (such as my-thesis/out) or a new folder')], io) || 1;
  }
  replaceOutputFolder(out, files2);
  io.stdout(`Merged ${parts.length} parts (${transcripts.length} transcripts): wrote ${files2.size} files to ${displayPath(out, io.cwd)}/ — the same files \`telaah run\` writes.\n`);
  return 0;
}

/** Part files given directly, or the part-*.jsonl files of a folder. */
function partFiles(args: string[], io: Io, diags: Diagnostic[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    const abs = path.resolve(io.cwd, a);
    if (existsSync(abs) && statSync(abs).isDirectory()) {
      const found = readdirSync(abs).filter((n) => /^part-\d+-of-\d+\.jsonl$/.test(n)).sort();
      if (found.length === 0) {
        diags.push(diagnostic({ file: a, line: 1, column: 1 }, 'merge-part', 'error', 'no part-I-of-N.jsonl files in this folder',
          'give the folder `telaah code --shard` wrote to (default: out-parts/ next to the output folder)'));
      }
      out.push(...found.map((n) => path.join(abs, n)));
    } else out.push(abs);
  }
  return [...new Set(out)];
}
