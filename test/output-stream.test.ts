/**
 * Streamed outputs when the system writes less than it is given (a pipe, a network disk, more
 * chunks than one call takes): every byte arrives, in order.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

const cap = { bytes: Infinity };
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  // writes at most cap.bytes of what it is given, as a short write does
  const writevSync = ((fd: number, bufs: NodeJS.ArrayBufferView[]) => {
    const all = Buffer.concat(bufs.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
    return fs.writeSync(fd, all, 0, Math.min(all.length, cap.bytes));
  }) as typeof fs.writevSync;
  return { ...fs, writevSync, default: { ...fs, writevSync } };
});

const { OutputStreams } = await import('../src/cli/output-stream.js');

describe('streamed output files', () => {
  it('hold every chunk in order when each write takes only part of what it is given', () => {
    const chunk = fc.oneof(fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }));
    fc.assert(fc.property(fc.array(chunk, { maxLength: 30 }), fc.integer({ min: 1, max: 50 }), (chunks, bytes) => {
      cap.bytes = bytes;
      const dir = mkdtempSync(path.join(tmpdir(), 'telaah-stream-'));
      const out = new OutputStreams(dir, ['a.jsonl']);
      for (const c of chunks) out.write('a.jsonl', c);
      out.commit();
      const expected = Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c))));
      expect(readFileSync(path.join(dir, 'a.jsonl')).equals(expected)).toBe(true);
    }), { numRuns: 60 });
  });
});
