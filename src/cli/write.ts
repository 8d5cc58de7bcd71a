/** Writing generated files under the output folder (I/O edge): each file atomically, never outside it. */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RefusedError } from './failures.js';

/**
 * Writes `files` (relative path → content) under `outDir`. Paths are checked to stay inside it,
 * also on disk: a symbolic link inside the output folder (`out/reduced -> ../transcripts`) is
 * refused before anything is written, since writing through it would replace files elsewhere.
 */
export function writeOutputs(outDir: string, files: Map<string, string | Uint8Array>): void {
  const root = checkOutputPaths(outDir, [...files.keys()]);
  for (const [rel, content] of files) writeFileAtomic(path.resolve(root, rel), content);
}

/**
 * Refuses (throws) when a relative path would leave `outDir` or pass through a symbolic link in it;
 * returns the absolute output folder.
 */
export function checkOutputPaths(outDir: string, rels: string[]): string {
  const root = path.resolve(outDir);
  for (const rel of rels) {
    const abs = path.resolve(root, rel);
    if (!abs.startsWith(root + path.sep)) throw new Error(`refusing to write outside the output folder: ${rel}`);
    const link = linkOnTheWay(root, abs);
    if (link) {
      throw new RefusedError(link, 'output-link', 'this is a symbolic link inside the output folder: writing through it could change files outside the output folder, so nothing was written',
        'delete the link (telaah makes a real folder there), or run `telaah run`, which replaces the output folder whole');
    }
  }
  return root;
}

/**
 * The first symbolic link among `root` and the folders from it down to `abs` (the file itself may
 * be a link: renaming a new file over it replaces the link, not what it points to).
 */
export function linkOnTheWay(root: string, abs: string): string | undefined {
  const parts = path.relative(root, abs).split(path.sep).slice(0, -1);
  let p = root;
  for (const part of ['', ...parts]) {
    p = path.join(p, part);
    if (pathKind(p) === 'link') return p;
  }
  return undefined;
}

/** Writes one file whole or not at all: to a temporary file beside it, then renamed over it. */
export function writeFileAtomic(abs: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(abs), { recursive: true });
  const tmp = `${abs}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, abs);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Files the operating system leaves in any folder: never the user's work. */
const OS_CLUTTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * Why replacing the folder `outDir` with `files` would lose something telaah did not write, or
 * undefined when it is safe: every file in it is one of `files`, an output its run.json lists
 * (an earlier run, perhaps of other transcripts), the workbook of a `run --xlsx`, or operating-system
 * clutter. A workbook some other command or person put there is not telaah's to delete.
 */
export function foreignOutputFolder(outDir: string, files: Map<string, unknown>): string | undefined {
  if (pathKind(outDir) === 'missing') return undefined;
  const notFolder = notAFolder(outDir);
  if (notFolder) return notFolder;
  const ours = new Set([...files.keys(), ...listedOutputs(path.join(outDir, 'run.json')), 'run.json']);
  const foreign = walk(outDir).filter((rel) => !ours.has(rel) && !OS_CLUTTER.has(path.posix.basename(rel)));
  if (foreign.length === 0) return undefined;
  const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, … (${foreign.length} in all)` : '');
  return `it holds files telaah did not write (${shown}), and replacing the folder would delete them`;
}

/** Why an existing output path cannot be used as a folder (a file, a symbolic link), if it cannot. */
function notAFolder(p: string): string | undefined {
  const kind = pathKind(p);
  if (kind === 'link') return 'it is a symbolic link; give the folder itself';
  if (kind === 'file') return 'it is a file, not a folder';
  return undefined;
}

function pathKind(p: string): 'missing' | 'link' | 'file' | 'folder' {
  try {
    const st = lstatSync(p);
    return st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** Every file and empty folder under `dir`, as relative paths with `/`; links are not followed. */
function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.length === 0 && prefix) return [`${prefix.slice(0, -1)}/`];
  for (const e of entries) {
    const rel = `${prefix}${e.name}`;
    if (e.isDirectory()) out.push(...walk(path.join(dir, e.name), `${rel}/`));
    else out.push(rel);
  }
  return out;
}

/** The outputs a telaah run.json lists (and the workbook of a `run --xlsx`); none when the file is missing or not telaah's. */
function listedOutputs(runJson: string): string[] {
  try {
    const info = JSON.parse(readFileSync(runJson, 'utf8')) as { tool?: { name?: string }; outputs?: { path?: unknown }[]; options?: { xlsx?: unknown } };
    if (info.tool?.name !== 'telaah' || !Array.isArray(info.outputs)) return [];
    const listed = info.outputs.map((o) => o.path).filter((p): p is string => typeof p === 'string');
    return info.options?.xlsx === true ? [...listed, 'telaah.xlsx'] : listed;
  } catch {
    return [];
  }
}

/**
 * Replaces the whole output folder: writes everything to a sibling temporary folder, then swaps it
 * in, so an interrupted run leaves the previous outputs intact.
 */
export function replaceOutputFolder(outDir: string, files: Map<string, string | Uint8Array>): void {
  const root = path.resolve(outDir);
  const tmp = `${root}.tmp-${process.pid}`;
  const old = `${root}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    writeOutputs(tmp, files);
    const moved = existsSync(root);
    if (moved) renameSync(root, old);
    try {
      renameSync(tmp, root);
    } catch (e) {
      if (moved) renameSync(old, root); // the previous outputs go back where they were
      throw e;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

/** Why an output folder would be unsafe to replace, or undefined when it is fine. */
export function unsafeOutputFolder(outDir: string, projectDir: string, transcriptDirs: string[]): string | undefined {
  // compared with links resolved: `out -> ..` or a transcripts folder reached by a link is seen
  const out = realPath(outDir);
  const proj = realPath(projectDir);
  const inside = (a: string, b: string) => a === b || a.startsWith(b.endsWith(path.sep) ? b : b + path.sep);
  if (inside(proj, out)) return 'it is the project folder or contains it';
  for (const t of transcriptDirs) {
    const td = realPath(path.resolve(projectDir, t));
    if (inside(out, td) || inside(td, out)) return `it overlaps the transcripts folder (${t})`;
  }
  const codings = realPath(path.join(projectDir, 'codings'));
  if (inside(out, codings) || inside(codings, out)) return "it overlaps the coders' codings folder";
  if (existsSync(path.join(out, 'telaah.yaml'))) return 'it holds a telaah.yaml';
  return notAFolder(path.resolve(outDir));
}

/** `p` with every symbolic link resolved, for the part of it that exists (the rest appended as is). */
function realPath(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realPath(parent), path.basename(abs));
  }
}
