/**
 * Output files written as streams (I/O edge): each file grows in a temporary file beside it, chunk
 * by chunk, and is renamed over the old one only when all of them are complete — so a big corpus
 * never needs its whole segments.jsonl in memory, and an interrupted run leaves the previous outputs
 * as they were. The same path checks as writeOutputs (write.ts).
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writevSync } from 'node:fs';
import path from 'node:path';
import { checkOutputPaths } from './write.js';

export class OutputStreams {
  private readonly files = new Map<string, { abs: string; tmp: string; fd: number; pending: Uint8Array[]; size: number }>();

  /** Opens a temporary file for each relative path (refused like writeOutputs when unsafe). */
  constructor(outDir: string, rels: string[]) {
    const root = checkOutputPaths(outDir, rels);
    try {
      for (const rel of rels) {
        const abs = path.resolve(root, rel);
        mkdirSync(path.dirname(abs), { recursive: true });
        const tmp = `${abs}.tmp-${process.pid}`;
        this.files.set(rel, { abs, tmp, fd: openSync(tmp, 'w'), pending: [], size: 0 });
      }
    } catch (e) {
      this.abort();
      throw e;
    }
  }

  /** Appends text or UTF-8 bytes to one file (gathered into writes of about 1 MB). */
  write(rel: string, chunk: string | Uint8Array): void {
    const f = this.files.get(rel);
    if (!f) throw new Error(`not an open output: ${rel}`);
    if (!chunk.length) return;
    f.pending.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    f.size += chunk.length;
    if (f.size >= 1 << 20) this.flush(f);
  }

  /** Completes every file and puts it in place. */
  commit(): void {
    for (const f of this.files.values()) {
      this.flush(f);
      closeSync(f.fd);
      f.fd = -1;
    }
    for (const f of this.files.values()) renameSync(f.tmp, f.abs);
    this.files.clear();
  }

  /** Deletes the temporary files; the previous outputs stay as they were. */
  abort(): void {
    for (const f of this.files.values()) {
      if (f.fd >= 0) closeSync(f.fd);
      rmSync(f.tmp, { force: true });
    }
    this.files.clear();
  }

  private flush(f: { abs: string; fd: number; pending: Uint8Array[]; size: number }): void {
    if (!f.pending.length) return;
    try {
      // the chunks as they are, in one system call where it takes them all (no joined copy)
      let bufs = f.pending;
      while (bufs.length) {
        let n = writevSync(f.fd, bufs);
        if (n === 0) throw Object.assign(new Error('EIO: i/o error, write: nothing was written'), { code: 'EIO' });
        let k = 0;
        while (k < bufs.length && n >= bufs[k]!.length) n -= bufs[k++]!.length;
        bufs = k < bufs.length ? [bufs[k]!.subarray(n), ...bufs.slice(k + 1)] : [];
      }
    } catch (e) {
      // a write by descriptor names no file: name the output it was for (a full disk, say)
      const err = e as NodeJS.ErrnoException;
      err.path ??= f.abs;
      err.syscall ??= 'write';
      throw err;
    }
    f.pending = [];
    f.size = 0;
  }
}
