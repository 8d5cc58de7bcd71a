/**
 * Reading one transcript file in any supported format (I/O edge): bytes → transcript text, plus
 * the metadata file beside it (`<name>.yaml`) when there is one.
 */
import { existsSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import { extensionOf, transcriptText, type TranscriptText } from '../transcript/formats/index.js';
import { decodeText, displayPath, readBytes, readTextFile } from './files.js';
import { readDocx } from './read-docx.js';

export async function readTranscriptText(abs: string, shown: string, maxBytes: number): Promise<TranscriptText> {
  const read = readBytes(abs, shown, maxBytes);
  if ('diagnostic' in read) return { text: '', diagnostics: [read.diagnostic] };
  const ext = extensionOf(abs);
  if (ext === 'docx') {
    const doc = await readDocx(read.bytes, shown, maxBytes);
    return 'diagnostic' in doc ? { text: '', diagnostics: [doc.diagnostic] } : { text: doc.text, diagnostics: [] };
  }
  const decoded = decodeText(read.bytes, shown);
  if ('diagnostic' in decoded) return { text: '', diagnostics: [decoded.diagnostic] };
  return transcriptText(ext, decoded.text, shown);
}

export interface MetaFile {
  abs: string;
  /** As shown in messages. */
  file: string;
  text: string;
}

/** `<name>.yaml` (or `.yml`) beside `<name>.<ext>`: the transcript's metadata, when present (never one of `notThese`). */
export function readMetaFile(abs: string, cwd: string, notThese: readonly string[]): { meta?: MetaFile; diagnostics: Diagnostic[] } {
  const base = abs.replace(/\.[^./\\]+$/, '');
  for (const ext of ['.yaml', '.yml']) {
    const metaAbs = base + ext;
    if (notThese.includes(metaAbs) || !existsSync(metaAbs)) continue;
    const file = displayPath(metaAbs, cwd);
    const read = readTextFile(metaAbs, file);
    if ('diagnostic' in read) return { diagnostics: [read.diagnostic] };
    return { meta: { abs: metaAbs, file, text: read.text }, diagnostics: [] };
  }
  return { diagnostics: [] };
}
