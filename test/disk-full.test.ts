/**
 * A full disk while writing outputs (issue 19, #14): a diagnostic naming the file, exit 1, the
 * previous outputs kept and no temporary file left — not "internal error … please report it".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const full = { on: false };
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof fs.writeFileSync = (file, data, opts) => {
    if (full.on && String(file).includes('codings.csv')) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', syscall: 'write', path: String(file) });
    }
    fs.writeFileSync(file, data, opts);
  };
  // streamed outputs (telaah code) are written by descriptor: fail the writes to a codings.csv
  const fullFds = new Set<number>();
  const openSync = ((file: Parameters<typeof fs.openSync>[0], ...rest: unknown[]) => {
    const fd = (fs.openSync as (...a: unknown[]) => number)(file, ...rest);
    if (String(file).includes('codings.csv')) fullFds.add(fd);
    return fd;
  }) as typeof fs.openSync;
  const writeSync = ((fd: number, ...rest: unknown[]) => {
    if (full.on && fullFds.has(fd)) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    return (fs.writeSync as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writeSync;
  const writevSync = ((fd: number, ...rest: unknown[]) => {
    if (full.on && fullFds.has(fd)) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    return (fs.writevSync as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writevSync;
  const mocked = { writeFileSync, openSync, writeSync, writevSync };
  return { ...fs, ...mocked, default: { ...fs, ...mocked } };
});

const { run } = await import('./helpers/cli.js');
const { copyPujud } = await import('./helpers/mini-project.js');

describe('a full disk', () => {
  for (const command of ['code', 'run']) {
    it(`${command}: a diagnostic, exit 1, the previous outputs kept, no temporary files`, async () => {
      const dir = copyPujud();
      expect((await run(['run', dir])).code).toBe(0);
      const before = readFileSync(path.join(dir, 'out', 'codings.csv'), 'utf8');
      full.on = true;
      try {
        const r = await run([command, dir]);
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toMatch(/out\/codings\.csv:1:1 +error +cannot write this file: no space left on the disk.*\[file-system\]/);
        expect(r.stderr).not.toMatch(/internal error/);
      } finally {
        full.on = false;
      }
      expect(readFileSync(path.join(dir, 'out', 'codings.csv'), 'utf8')).toBe(before);
      expect(readdirSync(path.join(dir, 'out')).filter((n) => /tmp|old/.test(n))).toEqual([]);
      expect(readdirSync(dir).filter((n) => /tmp|old/.test(n))).toEqual([]);
      expect(existsSync(path.join(dir, 'out', 'run.json'))).toBe(true);
    });
  }
});
