/** Running the whole method for a command: load the project, run the study, build the files. */
import type { Diagnostic } from '../model/diagnostic.js';
import { runOutputs } from '../output/bundle.js';
import { study, type Study } from '../passes/study.js';
import type { AutoMode } from '../project/config.js';
import type { Io } from './io.js';
import { openProject, type OpenProject } from './project.js';
import { VERSION } from './version.js';

export interface StudyOptions {
  out?: string;
  lang?: 'id' | 'en';
  auto?: AutoMode;
  /** Recorded in run.json's options (e.g. `xlsx: true` when the run also wrote the workbook). */
  extraOptions?: Record<string, unknown>;
}

export interface LoadedStudy {
  project: OpenProject;
  study: Study;
  lang: 'id' | 'en';
  files: Map<string, string>;
}

export async function runStudy(dir: string | undefined, opts: StudyOptions, io: Io, diags: Diagnostic[]): Promise<LoadedStudy | undefined> {
  const p = await openProject(dir, opts.out, io, diags);
  if (!p || !p.codebook) return undefined;
  const progress = io.stderrIsTTY ? (s: string) => io.stderr(`\r\x1b[2K${s}`) : () => {};
  progress(`telaah: reducing and coding ${p.transcripts.length} transcripts…`);
  const lang = opts.lang ?? p.config.language;
  const auto = opts.auto ?? p.config.coding.auto;
  const s = study({
    transcripts: p.transcripts, codebook: p.codebook, codings: p.codings, language: p.config.language,
    auto, minScore: p.config.coding.minScore, lang,
    minGroups: p.config.triangulation.minGroups, minMethods: p.config.triangulation.minMethods,
  });
  diags.push(...s.diagnostics);
  progress('telaah: writing the outputs…');
  const files = runOutputs(s, {
    codebook: p.codebook, codebookText: p.codebookText, lang, version: VERSION, inputs: p.inputs,
    options: {
      language: lang, auto, min_score: p.config.coding.minScore,
      min_groups: p.config.triangulation.minGroups, min_methods: p.config.triangulation.minMethods,
      ...opts.extraOptions,
    },
  });
  progress('');
  return { project: p, study: s, lang, files };
}
