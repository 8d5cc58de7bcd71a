import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';
import { inputChanges, type RunInfo } from '../../output/run-json.js';
import { displayPath } from '../../project/files.js';
import type { AutoMode } from '../../project/config.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { jobsFrom } from './jobs.js';
import { statusLine } from './triangulate.js';
import { runStudy, type LoadedStudy } from '../study.js';
import { foreignOutputFolder, linkOnTheWay, replaceOutputFolder } from '../write.js';
import { CONFIG_FILE, parseConfig } from '../../project/config.js';

interface RunOptions {
  out?: string;
  check?: boolean;
  lang?: 'id' | 'en';
  auto?: AutoMode;
  xlsx?: boolean;
  jobs?: number;
}

/** The workbook's name in the output folder (`telaah run --xlsx`). */
export const WORKBOOK = 'telaah.xlsx';

export async function runCommand(dir: string | undefined, opts: RunOptions, io: Io): Promise<number> {
  const jobs = jobsFrom(opts.jobs, io);
  if (jobs === null) return 2;
  const diags: Diagnostic[] = [];
  // --check also checks the workbook when the last run wrote one
  const xlsx = opts.xlsx || (opts.check && previousRun(dir, opts, io)?.options?.xlsx === true);
  const r = await runStudy(dir, { ...opts, jobs, docx: true, ...(xlsx ? { extraOptions: { xlsx: true } } : {}) }, io, diags);
  if (!r) return report(diags, io) || 1;
  const p = r.project;
  const files = new Map<string, string | Uint8Array>(r.files);
  if (xlsx) {
    // exceljs takes ~0.3 s to load: only when the workbook is asked for
    const { workbookSheets, workbookXlsx } = await import('../../output/xlsx.js');
    files.set(WORKBOOK, await workbookXlsx(workbookSheets(r.study, p.codebook!, r.lang)));
  }
  if (opts.check) return check(r, files, diags, io);
  const foreign = foreignOutputFolder(p.outDir, files);
  if (foreign) {
    diags.push(diagnostic(opts.out ? { file: '--out', line: 1, column: 1 } : p.config.outputPos, 'config', 'error',
      `refusing to replace ${displayPath(p.outDir, io.cwd)}: ${foreign}`, 'move those files out of the folder (or delete it, if they are old outputs of yours you no longer need), or use another folder for the outputs'));
    return report(diags, io) || 1;
  }
  replaceOutputFolder(p.outDir, files);
  const status = report(diags, io);
  io.stdout(summary(r));
  io.stdout(`Wrote ${files.size} files to ${displayPath(p.outDir, io.cwd)}/ — start with conclusions.md (or conclusions.docx in Word) and triangulation.csv.\n`);
  return status;
}

function summary(r: LoadedStudy): string {
  const s = r.study;
  const kept = s.segments.filter((x) => x.reduced.kept);
  const coded = kept.filter((x) => x.codes.length);
  return `${s.reduced.length} transcripts, ${s.segments.length} segments, ${kept.length} kept, ${coded.length} coded; ` +
    `${statusLine(s.triangulation, r.project.codebook!)}.\n`;
}

/** Recomputes in memory and compares with out/: which files differ, and why each one does. */
function check(r: LoadedStudy, files: Map<string, string | Uint8Array>, diags: Diagnostic[], io: Io): number {
  const out = r.project.outDir;
  const shown = displayPath(out, io.cwd);
  const status = report(diags, io);
  if (!existsSync(out)) {
    io.stdout(`✗ ${shown}/ does not exist: run \`telaah run\` first.\n`);
    return 1;
  }
  let previous: RunInfo | undefined;
  try {
    previous = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8')) as RunInfo;
  } catch {
    previous = undefined;
  }
  const recorded = new Map((previous?.outputs ?? []).map((o) => [o.path, o.sha256]));
  const problems: string[] = [];
  let rewritten = 0;
  for (const [rel, content] of files) {
    const abs = path.join(out, rel);
    // never read through a link: it could point anywhere (out/root -> /)
    if (linkOnTheWay(out, abs) || isLink(abs)) {
      problems.push(`link      ${rel} (a symbolic link, not the file telaah wrote)`);
      continue;
    }
    if (!existsSync(abs)) {
      problems.push(`missing   ${rel}`);
      continue;
    }
    const disk = readFileSync(abs);
    if (Buffer.from(content).equals(disk)) continue;
    const was = recorded.get(rel);
    if (was !== undefined && was !== createHash('sha256').update(disk).digest('hex')) {
      rewritten++;
      problems.push(`differs   ${rel}: not as the last \`telaah run\` wrote it — rewritten since by another command (telaah code, reduce, triangulate, matrix, conclude, report) or edited`);
    } else if (was !== undefined) problems.push(`differs   ${rel}: as the last run wrote it; a fresh run gives other content`);
    else problems.push(`differs   ${rel}`);
  }
  const listed = new Set([...recorded.keys(), ...(previous?.options?.xlsx === true ? [WORKBOOK] : [])]);
  for (const rel of listFiles(out)) {
    if (files.has(rel)) continue;
    problems.push(listed.has(rel) ? `extra     ${rel} (no longer produced)`
      : `extra     ${rel} (not written by \`telaah run\`: an export or a file put there; \`telaah run\` refuses to replace the folder until it is moved out)`);
  }
  if (problems.length === 0) {
    io.stdout(`✓ ${shown}/ is up to date: ${files.size} files match a fresh run.\n`);
    return status;
  }
  io.stdout(`✗ ${shown}/ differs from a fresh run:\n${problems.map((x) => `  ${x}\n`).join('')}`);
  const why = inputChanges(previous, r.project.inputs);
  if (!previous) io.stdout('Why: there is no readable run.json in the output folder, so the inputs of the last run are unknown.\n');
  else if (why.length) io.stdout(`Why: the inputs changed since the last run:\n${why.map((x) => `  ${x}\n`).join('')}Run \`telaah run\` again to update the outputs.\n`);
  else {
    const fresh = JSON.parse(String(r.files.get('run.json'))) as RunInfo;
    const reasons: string[] = [];
    if (previous.tool?.version !== fresh.tool.version) reasons.push(`telaah version ${previous.tool?.version} → ${fresh.tool.version}`);
    if (JSON.stringify(previous.options) !== JSON.stringify(fresh.options)) reasons.push(`options differ (${JSON.stringify(previous.options)} → ${JSON.stringify(fresh.options)})`);
    if (rewritten) reasons.push(`${rewritten} file${rewritten === 1 ? ' was' : 's were'} rewritten after it, as listed above`);
    io.stdout(`Why: the inputs are unchanged since the last run; ${reasons.length ? reasons.join('; ') : 'files in the output folder were changed'}. Run \`telaah run\` again to update the outputs.\n`);
  }
  return 1;
}

/** The run.json of the output folder, if there is a readable one. */
function previousRun(dir: string | undefined, opts: RunOptions, io: Io): RunInfo | undefined {
  try {
    const projectDir = path.resolve(io.cwd, dir ?? '.');
    const { config } = parseConfig(readFileSync(path.join(projectDir, CONFIG_FILE), 'utf8'), CONFIG_FILE);
    const out = opts.out ? path.resolve(io.cwd, opts.out) : path.resolve(projectDir, config.output);
    return JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8')) as RunInfo;
  } catch {
    return undefined;
  }
}

/** Every file under `dir`; a symbolic link is listed, never followed (it may lead to / or loop). */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(path.join(dir, e.name), rel));
    else out.push(rel);
  }
  return out;
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
