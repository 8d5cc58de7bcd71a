/** Running the whole method for a command: load the project, run the study, build the files. */
import type { Diagnostic } from '../model/diagnostic.js';
import { runOutputs, type BundleContext } from '../output/bundle.js';
import { corpusStage, type CorpusParams, type Study } from '../passes/study.js';
import type { AutoMode } from '../project/config.js';
import { analyseProject } from './analyse.js';
import { pngRasterizer } from './png.js';
import type { Io } from './io.js';
import { openProject, type OpenProject } from './project.js';
import { VERSION } from './version.js';

export interface StudyOptions {
  out?: string;
  lang?: 'id' | 'en';
  auto?: AutoMode;
  /** Recorded in run.json's options (e.g. `xlsx: true` when the run also wrote the workbook). */
  extraOptions?: Record<string, unknown>;
  /** Threads for reducing and coding (see workers.ts). */
  jobs?: number;
  /** Also build conclusions.docx (run, conclude --docx). */
  docx?: boolean;
}

export interface LoadedStudy {
  project: OpenProject;
  study: Study;
  lang: 'id' | 'en';
  files: Map<string, string | Uint8Array>;
}

/** The settings of a run: what the corpus stage needs, and the options recorded in run.json. */
export interface StudySettings extends CorpusParams {
  minConfidence: number;
  options: Record<string, unknown>;
}

export function studySettings(p: OpenProject, opts: Pick<StudyOptions, 'lang' | 'auto' | 'extraOptions'>): StudySettings {
  const lang = opts.lang ?? p.config.language;
  const auto = opts.auto ?? p.config.coding.auto;
  const { minConfidence } = p.config.coding;
  const { minGroups, minMethods } = p.config.triangulation;
  return {
    codebook: p.codebook!, lang, auto, minConfidence, minGroups, minMethods,
    options: { language: lang, auto, min_confidence: minConfidence, min_groups: minGroups, min_methods: minMethods, ...opts.extraOptions },
  };
}

export function bundleContext(p: Pick<OpenProject, 'codebook' | 'codebookText' | 'inputs'>, s: StudySettings): BundleContext {
  return { codebook: p.codebook!, codebookText: p.codebookText, lang: s.lang, version: VERSION, inputs: p.inputs, options: s.options };
}

export async function runStudy(dir: string | undefined, opts: StudyOptions, io: Io, diags: Diagnostic[]): Promise<LoadedStudy | undefined> {
  // transcripts parsed as they are coded: what the outputs need of them is kept, not their files' text twice
  const p = await openProject(dir, opts.out, io, diags, { lazy: true });
  if (!p || !p.codebook) return undefined;
  const progress = io.stderrIsTTY ? (s: string) => io.stderr(`\r\x1b[2K${s}`) : () => {};
  progress(`telaah: reducing and coding ${p.sources.length} transcripts…`);
  const settings = studySettings(p, opts);
  const { analysis: a, diagnostics } = await analyseProject(p, { auto: settings.auto, minConfidence: settings.minConfidence, jobs: opts.jobs });
  diags.push(...diagnostics);
  const s = corpusStage(a, settings);
  diags.push(...s.diagnostics);
  progress('telaah: writing the outputs…');
  const rasterize = opts.docx ? await pngRasterizer() : undefined;
  const files = await runOutputs(s, { ...bundleContext(p, settings), ...(rasterize ? { rasterize } : {}) });
  progress('');
  return { project: p, study: s, lang: settings.lang, files };
}
