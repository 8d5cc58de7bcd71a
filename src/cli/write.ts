/** Writing generated files under the output folder (I/O edge): each file atomically, never outside it. */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  writeFileSync(tmp, content);
  renameSync(tmp, abs);
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
