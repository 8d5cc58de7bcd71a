/**
 * Which transcript formats telaah reads, and the pure step from a file's text to the transcript
 * text model the Markdown parser reads. (.docx is bytes, not text: src/project/read-docx.ts.)
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import { srtToText } from './srt.js';
import { vttToText } from './vtt.js';

/** File extensions read as transcripts, lower case, without the dot. */
export const TRANSCRIPT_EXTENSIONS = ['md', 'markdown', 'txt', 'docx', 'vtt', 'srt'];

export interface TranscriptText {
  text: string;
  /** Speaker names known for certain (from subtitle cues). */
  speakers?: string[];
  diagnostics: Diagnostic[];
}

export function extensionOf(file: string): string {
  const m = /\.([^./\\]+)$/.exec(file);
  return m ? m[1]!.toLowerCase() : '';
}

/** The text of a .md, .txt, .vtt or .srt file → transcript text. */
export function transcriptText(ext: string, source: string, file: string): TranscriptText {
  if (ext === 'vtt') return vttToText(source, file);
  if (ext === 'srt') return srtToText(source, file);
  return { text: source, diagnostics: [] };
}
