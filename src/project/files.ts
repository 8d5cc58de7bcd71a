/** Reading users' files (I/O edge): text with a clear Diagnostic for anything that is not readable UTF-8 text. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Relative to the working directory when inside it, so messages and outputs carry no absolute paths. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  return shown.split(path.sep).join('/');
}

export function readTextFile(abs: string, shown: string, maxBytes = DEFAULT_MAX_FILE_BYTES): { text: string } | { diagnostic: Diagnostic } {
  const at = { file: shown, line: 1, column: 1 };
  let buf: Buffer;
  try {
    const st = statSync(abs);
    if (st.isDirectory()) return { diagnostic: diagnostic(at, 'file-not-found', 'error', 'expected a file but found a folder') };
    if (st.size > maxBytes) {
      return {
        diagnostic: diagnostic(at, 'file-too-large', 'error',
          `file is ${(st.size / 1048576).toFixed(1)} MB, above the limit of ${(maxBytes / 1048576).toFixed(0)} MB`,
          'split it, or raise `max_file_mb` in telaah.yaml'),
      };
    }
    buf = readFileSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { diagnostic: diagnostic(at, 'file-not-found', 'error', 'file not found') };
    return { diagnostic: diagnostic(at, 'file-unreadable', 'error', `cannot read the file (${code ?? String(e)})`) };
  }
  return decodeText(buf, shown);
}

/** UTF-8 (with or without BOM) or UTF-16 with BOM; binary and invalid UTF-8 become Diagnostics. */
export function decodeText(buf: Buffer, shown: string): { text: string } | { diagnostic: Diagnostic } {
  const at = { file: shown, line: 1, column: 1 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    return { diagnostic: diagnostic(at, 'binary-file', 'error', 'this looks like a binary file, not text', 'save it as plain text (UTF-8) or Markdown') };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
  } catch {
    const bad = firstInvalidUtf8(buf);
    const before = buf.subarray(0, bad).toString('latin1');
    const line = before.split('\n').length;
    const column = bad - before.lastIndexOf('\n');
    return {
      diagnostic: diagnostic({ file: shown, line, column }, 'encoding', 'error', 'the file is not valid UTF-8',
        'save the file as UTF-8 (in Word: Save As → Plain Text → Unicode (UTF-8))'),
    };
  }
}

/** Byte offset of the first byte that breaks UTF-8 (a linear scan; only called after decoding failed). */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, buf.length - 1);
}
