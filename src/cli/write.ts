/** Writing generated files under the output folder (I/O edge): each file atomically, never outside it. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `files` (relative path → content) under `outDir`. Paths are checked to stay inside it. */
export function writeOutputs(outDir: string, files: Map<string, string>): void {
  const root = path.resolve(outDir);
  for (const [rel, content] of files) {
    const abs = path.resolve(root, rel);
    if (!abs.startsWith(root + path.sep)) throw new Error(`refusing to write outside the output folder: ${rel}`);
    mkdirSync(path.dirname(abs), { recursive: true });
    const tmp = `${abs}.tmp-${process.pid}`;
    writeFileSync(tmp, content);
    renameSync(tmp, abs);
  }
}
