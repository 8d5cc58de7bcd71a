/** `telaah code PROJECT --shard I/N`: reduce and code one shard of the transcripts into a part file. */
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { sha256 } from '../../output/run-json.js';
import { displayPath } from '../../project/files.js';
import type { AutoMode } from '../../project/config.js';
import { parseShard, partFileName, partJsonl, shardIndices, PART_FORMAT, PART_FORMAT_VERSION, type PartRecord } from '../../shard/part.js';
import { analyseProject } from '../analyse.js';
import type { Io } from '../io.js';
import { openProject, report } from '../project.js';
import { studySettings } from '../study.js';
import { VERSION } from '../version.js';
import { unsafeOutputFolder, writeOutputs } from '../write.js';

interface ShardOptions {
  out?: string;
  auto?: AutoMode;
  jobs?: number;
  shard: string;
}

export async function shardCommand(dir: string | undefined, opts: ShardOptions, io: Io): Promise<number> {
  const shard = parseShard(opts.shard);
  if (!shard) {
    io.stderr(`telaah: --shard "${opts.shard}" is not I/N with 0 ≤ I < N (for example --shard 0/4 … --shard 3/4)\n`);
    return 2;
  }
  const diags: Diagnostic[] = [];
  const p = await openProject(dir, undefined, io, diags);
  if (!p || !p.codebook) return report(diags, io) || 1;
  // parts go next to the output folder (out-parts/), which `telaah merge … --out out` replaces
  const partsDir = opts.out ? path.resolve(io.cwd, opts.out) : `${p.outDir}-parts`;
  const unsafe = unsafeOutputFolder(partsDir, p.dir, p.config.transcripts);
  if (unsafe) {
    io.stderr(`telaah: refusing to write parts to ${displayPath(partsDir, io.cwd)}: ${unsafe}\n`);
    return report(diags, io) || 1;
  }
  const settings = studySettings(p, opts);
  const only = shardIndices(p.transcripts.length, shard.index, shard.count);
  const { analysis: a, results } = await analyseProject(p, { auto: settings.auto, minConfidence: settings.minConfidence, jobs: opts.jobs, only });
  diags.push(...a.diagnostics);
  const records: PartRecord[] = a.reduced.map((r, k) => {
    const manual = r.transcript.segments.flatMap((s) => {
      const m = a.manual.get(s.id);
      return m ? [[s.id, m] as [string, typeof m]] : [];
    });
    return { index: only[k]!, transcript: r.transcript, result: results[k]!, manual };
  });
  const { codebook, lang, auto, minConfidence, minGroups, minMethods, options } = settings;
  const text = partJsonl({
    format: PART_FORMAT, formatVersion: PART_FORMAT_VERSION, tool: VERSION, shard,
    codebookSha256: sha256(p.codebookText), settings: { lang, auto, minConfidence, minGroups, minMethods }, options,
    // merging codes nothing: the reference passages (used only to code) stay out; their file's text is among the inputs
    codebook: { ...codebook, codes: codebook.codes.map(({ passages: _unused, ...code }) => code) }, codebookText: p.codebookText,
    transcripts: p.transcripts.map((t) => t.meta.id),
    inputOrder: p.inputs.map((i) => i.path),
    // every input but the transcripts, which are kept as their sha256 only
    inputs: p.inputs.filter((i) => 'text' in i),
    coders: a.coders, diagnostics: a.diagnostics,
  }, records);
  const name = partFileName(shard);
  writeOutputs(partsDir, new Map([[name, text]]));
  const status = report(diags, io);
  const shown = displayPath(partsDir, io.cwd);
  io.stdout(`Coded shard ${shard.index}/${shard.count}: ${only.length} of ${p.transcripts.length} transcripts → ${shown}/${name}\n` +
    `When every shard is done: telaah merge ${shown} --out ${displayPath(p.outDir, io.cwd)}\n`);
  return status;
}
