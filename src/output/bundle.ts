/** Every file `telaah run` writes, as relative path → content (DESIGN "Outputs" contract). Pure. */
import type { Codebook } from '../model/codebook.js';
import type { Study } from '../passes/study.js';
import { conclusionsMarkdown } from './conclusions-markdown.js';
import { reducedMarkdown, reductionCsv } from './reduction.js';
import { reportFiles } from './report/index.js';
import { runJson, sha256, type RunInfo } from './run-json.js';
import { codingsCsv, segmentsJsonl } from './segments.js';
import { matrixCsv, triangulationCsv } from './tables.js';

export interface BundleContext {
  codebook: Codebook;
  /** The root codebook file's text (for its sha256). */
  codebookText: string;
  lang: 'id' | 'en';
  version: string;
  inputs: { path: string; text: string }[];
  options: Record<string, unknown>;
}

export function runOutputs(s: Study, ctx: BundleContext): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of s.reduced) files.set(`reduced/${r.transcript.meta.id}.md`, reducedMarkdown(r, ctx.lang));
  files.set('reduction.csv', reductionCsv(s.reduced));
  files.set('segments.jsonl', segmentsJsonl(s.segments));
  files.set('codings.csv', codingsCsv(s.segments));
  for (const m of s.matrices) files.set(`matrix/${m.name}.csv`, matrixCsv(m));
  files.set('triangulation.csv', triangulationCsv(s.triangulation, ctx.codebook, ctx.lang));
  files.set('conclusions.md', conclusionsMarkdown(s.conclusions));
  for (const [rel, text] of reportFiles(s, { codebook: ctx.codebook, lang: ctx.lang, version: ctx.version })) files.set(rel, text);
  const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
  const info: Omit<RunInfo, 'inputs' | 'outputs'> = {
    tool: { name: 'telaah', version: ctx.version },
    codebook: { id: ctx.codebook.id, version: ctx.codebook.version ?? null, sha256: sha256(ctx.codebookText) },
    options: ctx.options,
  };
  sorted.set('run.json', runJson(info, ctx.inputs, sorted));
  return sorted;
}
