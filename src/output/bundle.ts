/** Every file `telaah run` writes, as relative path → content (DESIGN "Outputs" contract). Pure. */
import type { Codebook } from '../model/codebook.js';
import type { Study } from '../passes/study.js';
import { conclusionsMarkdown } from './conclusions-markdown.js';
import { draftBlocks } from './conclusions.js';
import { PHRASES } from './conclusions-text.js';
import { reportModel, type ReportOptions } from './report/model.js';
import { reducedMarkdown, reductionCsv } from './reduction.js';
import { reportFiles } from './report/index.js';
import { runJson, sha256, type InputRecord, type RunInfo } from './run-json.js';
import { codingsCsv, segmentsJsonl } from './segments.js';
import { matrixCsv, triangulationCsv } from './tables.js';

/** Renders an SVG figure to PNG (the Word draft's fallback images); loaded at the I/O edge (src/cli/png.ts). */
export type Rasterize = (svg: string) => Promise<Uint8Array>;

export interface BundleContext {
  codebook: Codebook;
  /** The root codebook file's text (for its sha256). */
  codebookText: string;
  lang: 'id' | 'en';
  version: string;
  inputs: InputRecord[];
  options: Record<string, unknown>;
  /** With it, conclusions.docx is written too. */
  rasterize?: Rasterize;
}

export async function runOutputs(s: Study, ctx: BundleContext): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  for (const r of s.reduced) files.set(`reduced/${r.transcript.meta.id}.md`, reducedMarkdown(r, ctx.lang));
  files.set('reduction.csv', reductionCsv(s.reduced));
  files.set('segments.jsonl', segmentsJsonl(s.segments));
  files.set('codings.csv', codingsCsv(s.segments));
  for (const m of s.matrices) files.set(`matrix/${m.name}.csv`, matrixCsv(m));
  files.set('triangulation.csv', triangulationCsv(s.triangulation, ctx.codebook, ctx.lang));
  files.set('conclusions.md', conclusionsMarkdown(s.conclusions));
  const reportOpts = { codebook: ctx.codebook, lang: ctx.lang, version: ctx.version };
  for (const [rel, text] of reportFiles(s, reportOpts)) files.set(rel, text);
  if (ctx.rasterize) files.set('conclusions.docx', await wordDraft(s, reportOpts, files as Map<string, string>, ctx.rasterize));
  const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
  const info: Omit<RunInfo, 'inputs' | 'outputs'> = {
    tool: { name: 'telaah', version: ctx.version },
    codebook: { id: ctx.codebook.id, version: ctx.codebook.version ?? null, sha256: sha256(ctx.codebookText) },
    options: ctx.options,
  };
  sorted.set('run.json', runJson(info, ctx.inputs, sorted));
  return sorted;
}

/** conclusions.docx: the draft's blocks, with the report's two tables and the two figures (SVG + PNG). */
export async function wordDraft(s: Study, opts: ReportOptions, files: Map<string, string>, rasterize: Rasterize): Promise<Uint8Array> {
  // the docx library takes a second to load: only when the Word draft is written
  const [{ conclusionsDocx }, { docxFigures, docxTables }] = await Promise.all([import('./conclusions-docx.js'), import('./docx-displays.js')]);
  const m = reportModel(s, opts);
  const svgs: [string, string] = [files.get('figures/heatmap.svg')!, files.get('figures/triangulation.svg')!];
  const pngs: [Uint8Array, Uint8Array] = [await rasterize(svgs[0]), await rasterize(svgs[1])];
  return conclusionsDocx(draftBlocks(s.conclusions), {
    title: PHRASES[opts.lang].heading.title, resultsHeading: PHRASES[opts.lang].heading.results,
    tables: docxTables(m), figures: docxFigures(m, svgs, pngs),
  });
}
