/** Writing generated files under the output folder (I/O edge): each file atomically, never outside it. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `files` (relative path → content) under `outDir`. Paths are checked to stay inside it. */
export function writeOutputs(outDir: string, files: Map<string, string | Uint8Array>): void {
  const root = path.resolve(outDir);
  for (const [rel, content] of files) {
    const abs = path.resolve(root, rel);
    if (!abs.startsWith(root + path.sep)) throw new Error(`refusing to write outside the output folder: ${rel}`);
    writeFileAtomic(abs, content);
  }
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

/**
 * Why replacing the folder `outDir` with `files` would lose something telaah did not write, or
 * undefined when it is safe: the folder is absent or empty, was written by telaah (its run.json
 * says so), or holds only names telaah writes there.
 */
export function foreignOutputFolder(outDir: string, files: Map<string, unknown>): string | undefined {
  if (!existsSync(outDir)) return undefined;
  if (!statSync(outDir).isDirectory()) return 'it is a file, not a folder';
  const entries = readdirSync(outDir);
  if (entries.length === 0 || writtenByTelaah(path.join(outDir, 'run.json'))) return undefined;
  const ours = new Set([...files.keys()].map((rel) => rel.split('/')[0]!));
  const foreign = entries.filter((e) => !ours.has(e)).sort();
  if (foreign.length === 0) return undefined;
  const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, … (${foreign.length} in all)` : '');
  return `it holds files telaah did not write (${shown}), and replacing the folder would delete them`;
}

function writtenByTelaah(runJson: string): boolean {
  try {
    return (JSON.parse(readFileSync(runJson, 'utf8')) as { tool?: { name?: string } }).tool?.name === 'telaah';
  } catch {
    return false;
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
  writeOutputs(tmp, files);
  if (existsSync(root)) renameSync(root, old);
  renameSync(tmp, root);
  rmSync(old, { recursive: true, force: true });
}

/** Why an output folder would be unsafe to replace, or undefined when it is fine. */
export function unsafeOutputFolder(outDir: string, projectDir: string, transcriptDirs: string[]): string | undefined {
  const out = path.resolve(outDir);
  const proj = path.resolve(projectDir);
  const inside = (a: string, b: string) => a === b || a.startsWith(b + path.sep);
  if (inside(proj, out)) return 'it is the project folder or contains it';
  for (const t of transcriptDirs) {
    const td = path.resolve(proj, t);
    if (inside(out, td) || inside(td, out)) return `it overlaps the transcripts folder (${t})`;
  }
  const codings = path.join(proj, 'codings');
  if (inside(out, codings) || inside(codings, out)) return "it overlaps the coders' codings folder";
  if (existsSync(path.join(out, 'telaah.yaml'))) return 'it holds a telaah.yaml';
  return undefined;
}

/**
 * Replaces users' files (absolute path → new text), each atomically: every new text is written to
 * a temporary file beside its target first, then all are renamed into place.
 */
export function replaceUserFiles(files: Map<string, string | Uint8Array>): void {
  const tmps: [string, string][] = [];
  try {
    for (const [abs, text] of files) {
      const tmp = `${abs}.telaah-tmp-${process.pid}`;
      writeFileSync(tmp, text);
      tmps.push([tmp, abs]);
    }
  } catch (e) {
    for (const [tmp] of tmps) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, abs] of tmps) renameSync(tmp, abs);
}
