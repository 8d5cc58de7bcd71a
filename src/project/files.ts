/** Reading users' files (I/O edge): text with a clear Diagnostic for anything that is not readable UTF-8 text. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';

/** Thrown where telaah refuses to go on; `abs` is shown relative to the working folder. */
export class RefusedError extends Error {
  constructor(readonly abs: string, readonly ruleId: string, message: string, readonly hint?: string) {
    super(message);
  }
}

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Relative to the working directory when inside it, so messages and outputs carry no absolute paths. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  return shown.split(path.sep).join('/');
}

export function readTextFile(abs: string, shown: string, maxBytes = DEFAULT_MAX_FILE_BYTES): { text: string } | { diagnostic: Diagnostic } {
  const read = readBytes(abs, shown, maxBytes);
  return 'diagnostic' in read ? read : decodeText(read.bytes, shown);
}

/** The file's bytes, or a Diagnostic: missing, a folder, too large, unreadable. */
export function readBytes(abs: string, shown: string, maxBytes = DEFAULT_MAX_FILE_BYTES): { bytes: Buffer } | { diagnostic: Diagnostic } {
  const at = { file: shown, line: 1, column: 1 };
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
    return { bytes: readFileSync(abs) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { diagnostic: diagnostic(at, 'file-not-found', 'error', 'file not found') };
    return { diagnostic: diagnostic(at, 'file-unreadable', 'error', `cannot read the file (${code ?? String(e)})`) };
  }
}

/**
 * UTF-8 (with or without BOM) or UTF-16 LE/BE with BOM (Word's "Unicode text"); CRLF and lone CR
 * line ends become LF. Binary bytes and invalid UTF-8 become Diagnostics.
 */
export function decodeText(buf: Buffer, shown: string): { text: string } | { diagnostic: Diagnostic } {
  const at = { file: shown, line: 1, column: 1 };
  const binary = () => ({
    diagnostic: diagnostic(at, 'binary-file', 'error', 'this looks like a binary file, not text', 'save it as plain text (UTF-8), Markdown or Word (.docx)'),
  });
  const utf16 = buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(buf.subarray(2));
    } catch {
      return { diagnostic: diagnostic(at, 'encoding', 'error', `the file starts as ${utf16.toUpperCase()} text but is not valid ${utf16.toUpperCase()}`, 'save the file again as UTF-8 or as Unicode text') };
    }
    return text.includes('\0') ? binary() : { text: lineEnds(text) };
  }
  if (buf.indexOf(0) >= 0) return binary();
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text: lineEnds(text.replace(/^\uFEFF/, '')) };
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

/**
 * New text for a file decodeText read, in the file's own style: CRLF line ends when most of its
 * lines ended so, and its UTF-8 byte-order mark, so an edit shows in git as the lines it changed.
 */
export function inStyleOf(raw: Buffer, text: string): string {
  const s = raw.toString('latin1');
  const crlf = s.split('\r\n').length - 1;
  const lf = s.split('\n').length - 1;
  const ends = crlf > 0 && crlf * 2 >= lf ? text.replace(/\r?\n/g, '\r\n') : text;
  return raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf && !ends.startsWith('\uFEFF') ? `\uFEFF${ends}` : ends;
}

function lineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
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
