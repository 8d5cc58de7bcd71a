/**
 * `telaah codebook rename | merge | move | copy`: restructure the project's codebook and every
 * coder's codings with it. The edits are pure (src/codebook/edit, src/codings/recode); this module
 * reads the files, prints what changes, and writes atomically unless --dry-run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeCodes, moveCode, renameCode, type EditOutcome } from '../../codebook/edit/ops.js';
import type { CodebookText } from '../../codebook/edit/set.js';
import { loadCodings } from '../../codings/load.js';
import { recodeCodings, recodedProblems, type CodingRef } from '../../codings/recode.js';
import { placeCoding } from '../../codings/resolve.js';
import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';
import { loadCodebook, type CodebookFile } from '../../project/codebooks.js';
import { passagesPathOf, passagesPathsOf, recodePassages } from '../../codebook/passages.js';
import { CONFIG_FILE } from '../../project/config.js';
import { displayPath, inStyleOf } from '../../project/files.js';
import { loadProject, type Project } from '../../project/load.js';
import { setTopLevelString, withNewline } from '../../yaml/splice.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { commitFiles, withProjectLock } from '../../project/journal.js';

export interface EditOptions {
  dryRun?: boolean;
}

export type Edit = { kind: 'rename'; from: string; to: string } | { kind: 'merge'; a: string; b: string; into: string } | { kind: 'move'; code: string; parent?: string };

interface Opened {
  project: Project;
  files: CodebookFile[];
  diags: Diagnostic[];
}

async function open(dir: string, io: Io): Promise<Opened | undefined> {
  const diags: Diagnostic[] = [];
  const project = await loadProject(dir, io.cwd);
  diags.push(...project.diagnostics.filter((d) => d.severity === 'error'));
  if (!project.configOk || !project.codebook || diags.length) {
    report(diags, io);
    return undefined;
  }
  const loaded = loadCodebook(project.config.codebook, project.dir, project.config.codebookPos);
  return { project, files: loaded.files, diags };
}

const copyHint = (dir: string) => `copy it into the project first: telaah codebook copy ${dir}   (writes codebook.yaml and points telaah.yaml at it)`;

/** Runs an edit holding the project's lock: two edits at once would each undo the other. */
function locked(dir: string, command: string, io: Io, edit: () => Promise<number>): Promise<number> {
  return withProjectLock(path.resolve(io.cwd, dir), command, (d) => void report([d], io), edit);
}

export async function codebookEditCommand(edit: Edit, dir: string, opts: EditOptions, io: Io): Promise<number> {
  return locked(dir, `codebook ${edit.kind}`, io, () => editCodebook(edit, dir, opts, io));
}

async function editCodebook(edit: Edit, dir: string, opts: EditOptions, io: Io): Promise<number> {
  const o = await open(dir, io);
  if (!o) return 1;
  const { project: p, files } = o;
  if (files[0]!.builtin) {
    return report([diagnostic(p.config.codebookPos, 'codebook-edit', 'error',
      `this project uses the bundled codebook "${p.config.codebook}", which telaah does not change in place`, copyHint(dir))], io);
  }
  const codings = loadCodings(p.dir, io.cwd);
  const broken = codings.diagnostics.filter((d) => d.severity === 'error');
  if (broken.length) {
    io.stderr('telaah: fix these codings files first, so every coding can be updated:\n');
    return report(broken, io) || 1;
  }
  const books = files.filter((f) => !f.passages);
  const texts: CodebookText[] = books.map((f) => ({ file: f.file, text: f.text, builtin: f.builtin }));
  const at = { file: books[0]!.file, line: 1, column: 1 };
  const outcome: EditOutcome =
    edit.kind === 'rename' ? renameCode(texts, edit.from, edit.to, at)
      : edit.kind === 'merge' ? mergeCodes(texts, edit.a, edit.b, edit.into, at)
        : moveCode(texts, edit.code, edit.parent, at);
  if (outcome.diagnostics.length) return report(outcome.diagnostics, io) || 1;

  const writes = new Map<string, string>();
  const lines = [...outcome.changes];
  for (const [file, text] of outcome.texts) writes.set(books.find((f) => f.file === file)!.abs, text);
  // the reference passages beside the project's codebook files follow their codes' new ids
  for (const f of files.filter((x) => x.passages && !x.builtin && outcome.recode.size)) {
    const r = recodePassages(f.text, outcome.recode);
    for (const [old, n] of r.changed) lines.push(`${f.file}  ${n} reference passage${n === 1 ? '' : 's'} ${old} → ${outcome.recode.get(old)}`);
    if (r.text !== f.text) writes.set(f.abs, r.text);
  }
  if (outcome.recode.size) {
    const problems: Diagnostic[] = [];
    const segmentOf = segmentFinder(p);
    for (const input of codings.inputs) {
      const abs = path.join(p.dir, input.path);
      const shown = displayPath(abs, io.cwd);
      const r = recodeCodings(input.text, outcome.recode, segmentOf);
      for (const [old, n] of r.renamed) lines.push(`${shown}  ${n} coding${n === 1 ? '' : 's'} ${old} → ${outcome.recode.get(old)}`);
      for (const d of r.removed) lines.push(`${shown}:${d.line}  removed: the same segment already has ${d.code} (line ${d.keptLine}); its memo and a polarity: limit are kept there`);
      if (r.text === input.text) continue;
      problems.push(...recodedProblems(input.text, r.text, r.removed.length, shown));
      writes.set(abs, r.text);
    }
    if (problems.length) return report(problems, io) || 1;
  }
  if (!writes.size) {
    io.stdout('Nothing to change.\n');
    return 0;
  }
  io.stdout(lines.map((l) => `${l}\n`).join(''));
  if (opts.dryRun) {
    io.stdout(`Dry run: ${writes.size} file${writes.size === 1 ? '' : 's'} would change; nothing was written.\n`);
    return 0;
  }
  commitFiles(p.dir, `codebook ${edit.kind}`, inFileStyle(writes));
  io.stdout(`Changed ${writes.size} file${writes.size === 1 ? '' : 's'}. Next: telaah lint --project ${dir} && telaah run ${dir}\n`);
  return 0;
}

/** The new texts in each existing file's own line ends (and BOM): they were read normalised to LF. */
function inFileStyle(writes: Map<string, string>): Map<string, string> {
  return new Map([...writes].map(([abs, text]) => [abs, existsSync(abs) ? inStyleOf(readFileSync(abs), text) : text]));
}

/** Which segment a coding falls on, as the analysis places it (for merging duplicates per segment). */
function segmentFinder(p: Project): (ref: CodingRef) => string | undefined {
  const byId = new Map(p.transcripts.map((t) => [t.meta.id, t]));
  return (ref) => {
    const t = byId.get(ref.transcript);
    return t ? placeCoding(t, ref).segment?.id : undefined;
  };
}

/** `telaah codebook copy`: the bundled codebook becomes a file of the project, and telaah.yaml points at it. */
export async function codebookCopyCommand(dir: string, opts: EditOptions & { to?: string }, io: Io): Promise<number> {
  return locked(dir, 'codebook copy', io, () => copyCodebook(dir, opts, io));
}

async function copyCodebook(dir: string, opts: EditOptions & { to?: string }, io: Io): Promise<number> {
  const o = await open(dir, io);
  if (!o) return 1;
  const { project: p, files } = o;
  const root = files[0]!;
  if (!root.builtin) {
    io.stdout(`The codebook is already a file of the project (${root.file}): edit it there.\n`);
    return 0;
  }
  const target = path.resolve(p.dir, opts.to ?? 'codebook.yaml');
  const rel = path.relative(p.dir, target).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    return report([diagnostic({ file: '--to', line: 1, column: 1 }, 'codebook-edit', 'error', `${opts.to} is outside the project folder`, 'give a file name inside the project, e.g. codebook.yaml')], io);
  }
  if (existsSync(target)) {
    return report([diagnostic({ file: displayPath(target, io.cwd), line: 1, column: 1 }, 'codebook-edit', 'error',
      'this file already exists; telaah does not overwrite it', 'choose another name with --to, e.g. --to my-codebook.yaml')], io);
  }
  const configAbs = path.join(p.dir, CONFIG_FILE);
  const config = p.inputs.find((i) => i.path === CONFIG_FILE);
  const configText = withNewline(config && 'text' in config ? config.text : '');
  const value = rel.includes('/') || rel.includes('.') ? rel : `./${rel}`;
  const newConfig = setTopLevelString(configText, 'codebook', value);
  if (newConfig === undefined) {
    return report([diagnostic({ file: displayPath(configAbs, io.cwd), line: 1, column: 1 }, 'codebook-edit', 'error',
      'cannot set `codebook:` in this file without changing what else it says; nothing was written', 'write telaah.yaml as plain `key: value` lines, then run `telaah codebook copy` again')], io);
  }
  const header = `# Copied from telaah's bundled codebook "${p.config.codebook}" by \`telaah codebook copy\`: this copy is yours to change.\n`;
  // its reference passages go beside the copy, under the copy's name
  const sidecar = files.find((f) => f.passages && f.builtin);
  const sidecarTarget = passagesPathOf(target);
  // either spelling beside the copy would be read as its passages (both at once is an error)
  const taken = passagesPathsOf(target).find((f) => existsSync(f));
  if (sidecar && taken) {
    return report([diagnostic({ file: displayPath(taken, io.cwd), line: 1, column: 1 }, 'codebook-edit', 'error',
      'this file already exists; telaah does not overwrite it', 'choose another name for the copy with --to, e.g. --to my-codebook.yaml')], io);
  }
  io.stdout(`${displayPath(target, io.cwd)}  new: a copy of the bundled codebook "${p.config.codebook}"\n`);
  if (sidecar) io.stdout(`${displayPath(sidecarTarget, io.cwd)}  new: its reference passages\n`);
  io.stdout(`${displayPath(configAbs, io.cwd)}  codebook: ${p.config.codebook} → ${value}\n`);
  if (opts.dryRun) {
    io.stdout('Dry run: nothing was written.\n');
    return 0;
  }
  const written = new Map([[target, header + root.text], [configAbs, newConfig]]);
  // the bundled file's own header says how telaah's developers regenerate it: not for the copy
  if (sidecar) written.set(sidecarTarget, header + sidecar.text.replace(/^(#[^\n]*\n)+/, '').replace(/^codebook: [^\n]*\n/m, ''));
  commitFiles(p.dir, 'codebook copy', inFileStyle(written));
  io.stdout(`Now \`telaah codebook rename|merge|move\` can change it. The outputs change only when you run \`telaah run ${dir}\`.\n`);
  return 0;
}
