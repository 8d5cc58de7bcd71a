/**
 * Transcript text → Transcript with segments (DESIGN "Project folder"): `Speaker: text` starts a
 * turn, a line without a label continues it, a blank line starts a new segment with the same
 * speaker. Documents and observation notes are segmented by paragraph. Pure.
 */
import type { Segment, Transcript, TranscriptMeta } from '../model/transcript.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { readFrontMatter, readMeta } from './frontmatter.js';
import { oneByteStrings } from '../text/one-byte.js';

export interface ParseOptions {
  /** The metadata file beside the transcript (`<name>.yaml`), when there is one. */
  metaFile?: { text: string; file: string };
  /**
   * Speaker names known for certain (the voices of subtitle cues): only these start a turn, matched
   * exactly as `Name:`, whatever characters or how many words they have.
   */
  speakers?: readonly string[];
  /**
   * The head (front matter or metadata file) was read and its problems reported already
   * (transcriptHead): only the body's diagnostics are returned.
   */
  headChecked?: boolean;
  /**
   * The head as transcriptHead read it from this same text (a project loaded lazily keeps it, and
   * checks the text's sha256 before parsing again): not read a second time. Implies headChecked.
   */
  head?: { meta: TranscriptMeta; bodyLineIndex: number };
}

export interface ParsedTranscript {
  transcript: Transcript;
  diagnostics: Diagnostic[];
}

const TIMESTAMP_RE = /^\s*\[((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]\s*/;
const LABEL_RE = /^\s*(?:\*\*)?([\p{Lu}\p{N}][\p{L}\p{N}.'’()\- ]{0,39}?)(?:\*\*)?\s*:(?:\*\*)?(?:\s+|$)/u;
const MAX_LABEL_WORDS = 4;

export function parseTranscript(text: string, file: string, defaultId: string, opts: ParseOptions = {}): ParsedTranscript {
  const lines = text.split('\n');
  const head = opts.head
    ? { meta: oneByteStrings(structuredClone(opts.head.meta)), bodyLineIndex: opts.head.bodyLineIndex, diagnostics: [] }
    : transcriptHeadOf(lines, file, defaultId, opts.metaFile);
  const { meta, bodyLineIndex } = head;
  const diagnostics = opts.headChecked || opts.head ? [] : head.diagnostics;
  const lineStart: number[] = [];
  let acc = 0;
  for (const l of lines) {
    lineStart.push(acc);
    acc += l.length + 1;
  }
  const interviewer = new Set(meta.interviewer.map(norm));
  const allowed = meta.speakers ? new Set([...meta.speakers, ...meta.interviewer].map(norm)) : undefined;
  const known = opts.speakers ? [...new Set(opts.speakers)].sort((a, b) => b.length - a.length) : undefined;
  // Documents and observation notes have no speakers unless `speakers:` names them.
  const labelsOn = allowed !== undefined || meta.method === 'interview' || meta.method === 'fgd';
  const labelOf = (rest: string): { label: string; length: number } | undefined => {
    if (known) {
      const name = known.find((k) => rest.startsWith(`${k}:`) && (rest.length === k.length + 1 || /\s/.test(rest[k.length + 1]!)));
      return name === undefined ? undefined : { label: name, length: name.length + /^:\s*/.exec(rest.slice(name.length))![0].length };
    }
    if (!labelsOn) return undefined;
    const lm = LABEL_RE.exec(rest);
    return lm && isLabel(lm[1]!.trim(), allowed) ? { label: lm[1]!.trim(), length: lm[0].length } : undefined;
  };

  const segments: Segment[] = [];
  let cur: { seg: Segment; parts: string[] } | undefined;
  let speaker: string | undefined;
  const close = (): void => {
    if (!cur) return;
    cur.seg.text = cur.parts.join('\n');
    if (cur.seg.text.trim() !== '') segments.push(cur.seg);
    cur = undefined;
  };
  const open = (lineNo: number, from: number, sp: string | undefined, ts: string | undefined): void => {
    close();
    const n = segments.length + 1;
    const seg: Segment = {
      id: `${meta.id}#${n}`, n, lines: [lineNo, lineNo], offsets: [from, from], text: '',
      codable: sp === undefined || !interviewer.has(norm(sp)),
    };
    if (sp !== undefined) seg.speaker = sp;
    if (ts !== undefined) seg.timestamp = ts;
    cur = { seg, parts: [] };
  };

  for (let i = bodyLineIndex; i < lines.length; i++) {
    const rawLine = lines[i]!.replace(/\r$/, '');
    const lineNo = i + 1;
    if (rawLine.trim() === '' || /^\s*#{1,6}\s/.test(rawLine) || /^\s*(?:---+|\*\*\*+)\s*$/.test(rawLine)) {
      close(); // blank line, Markdown heading or rule: a segment boundary
      continue;
    }
    let rest = rawLine;
    let consumed = 0;
    let ts: string | undefined;
    const tm = TIMESTAMP_RE.exec(rest);
    if (tm) {
      ts = tm[1];
      consumed += tm[0].length;
      rest = rest.slice(tm[0].length);
    }
    const found = labelOf(rest);
    const label = found?.label;
    if (found) {
      consumed += found.length;
      rest = rest.slice(found.length);
    }
    const from = lineStart[i]! + consumed;
    // subtitle cues name their speaker on every line: the same speaker again continues the turn
    const sameVoice = known !== undefined && cur !== undefined && label === speaker;
    if (label !== undefined && !sameVoice) {
      speaker = label;
      open(lineNo, from, speaker, ts);
    } else if (!cur) {
      open(lineNo, from, speaker, ts);
    }
    const seg = cur!.seg;
    if (rest.trim() === '') {
      if (cur!.parts.length > 0) continue; // only a timestamp: nothing to add to the turn
      seg.lines = [lineNo, lineNo];
      seg.offsets = [from, from];
      continue; // a label alone on its line: the turn's text follows
    }
    if (cur!.parts.length === 0) {
      seg.lines[0] = lineNo;
      seg.offsets[0] = from;
    }
    cur!.parts.push(rest.trim());
    seg.lines[1] = lineNo;
    seg.offsets[1] = lineStart[i]! + rawLine.length;
  }
  close();

  if (segments.length === 0) {
    diagnostics.push(
      diagnostic({ file, line: Math.max(1, Math.min(bodyLineIndex + 1, lines.length - (text.endsWith('\n') ? 1 : 0))), column: 1 }, 'empty-transcript', 'warning', 'the transcript has no text to analyse'),
    );
  } else if (!segments.some((s) => s.codable)) {
    diagnostics.push(
      diagnostic({ file, line: segments[0]!.lines[0], column: 1 }, 'no-informant-turns', 'warning',
        'every turn belongs to the interviewer, so nothing can be coded',
        `check the speaker labels; interviewer labels here: ${meta.interviewer.join(', ')}`),
    );
  }
  return { transcript: { file, meta, segments, text, bodyLine: bodyLineIndex + 1 }, diagnostics };
}

/**
 * A transcript's metadata and where its body starts, with the problems of its front matter (or
 * metadata file): all a transcript's errors, without segmenting its body (that gives warnings only).
 */
export function transcriptHead(text: string, file: string, defaultId: string, metaFile?: ParseOptions['metaFile']): ReturnType<typeof readFrontMatter> {
  return transcriptHeadOf(text.split('\n'), file, defaultId, metaFile);
}

function transcriptHeadOf(lines: string[], file: string, defaultId: string, metaFile: ParseOptions['metaFile']): ReturnType<typeof readFrontMatter> {
  const head = metadata(lines.map((l) => l.replace(/\r$/, '')), file, defaultId, metaFile);
  // the metadata goes into every output line (transcript id, informant, group): one-byte copies (one-byte.ts)
  return { ...head, meta: oneByteStrings(head.meta) };
}

/** Front matter in the text, or the metadata file beside it — not both. */
function metadata(lines: string[], file: string, defaultId: string, metaFile: ParseOptions['metaFile']): ReturnType<typeof readFrontMatter> {
  const inText = readFrontMatter(lines, file, defaultId);
  if (!metaFile) return inText;
  const side = readMeta(metaFile.text, metaFile.file, 0, defaultId);
  if (inText.bodyLineIndex > 0) {
    side.diagnostics.push(diagnostic({ file, line: 1, column: 1 }, 'front-matter', 'error',
      `the metadata is given twice: in this file's front matter and in ${metaFile.file}`, 'keep one of the two'));
  }
  return { meta: side.meta, bodyLineIndex: inText.bodyLineIndex, diagnostics: [...inText.diagnostics, ...side.diagnostics] };
}

function norm(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

function isLabel(label: string, allowed: Set<string> | undefined): boolean {
  if (allowed) return allowed.has(norm(label));
  if (label.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  if (/^(https?|ftp|mailto)$/i.test(label)) return false;
  return true;
}
