/** Writers for the coding outputs (DESIGN contract): segments.jsonl and codings.csv. Pure. */
import type { CodeAssignment, CodedSegment } from '../model/analysis.js';
import { csvCell, csvRows } from './csv.js';

/** A JSON string literal (what JSON.stringify gives). */
const str = (s: string): string => JSON.stringify(s);
/** A JSON number (null where JSON.stringify gives null: NaN, ±Infinity). */
const num = (n: number): string => (Number.isFinite(n) ? String(n) : 'null');
const strList = (l: readonly string[]): string => `[${l.map(str).join(',')}]`;

/** An assignment as JSON: the keys and order of the DESIGN contract, optional keys left out. */
function assignmentJson(a: CodeAssignment): string {
  const confidence = a.confidence === undefined ? '' : `,"confidence":${num(a.confidence)}`;
  const memo = a.memo ? `,"memo":${str(a.memo)}` : '';
  const by = a.polarityBy ? `,"polarity_by":${str(a.polarityBy)}` : '';
  return `{"code":${str(a.code)},"path":${strList(a.path)},"origin":${str(a.origin)},"polarity":${str(a.polarity)}${by},"score":${num(a.score)}${confidence},"terms":${strList(a.terms)}${memo}}`;
}

/**
 * One line per segment; `codes` sorted by confidence descending (a hand coding counts as 1), then
 * score. Each line is what JSON.stringify gives for the object of the contract (test/segments-json.test.ts),
 * written directly: no object per segment, and a transcript's metadata turned into JSON once.
 */
export function segmentsJsonl(segments: CodedSegment[]): string {
  let out = '';
  let metaOf: CodedSegment['transcript']['meta'] | undefined;
  let head = '';
  let meta = '';
  for (const s of segments) {
    const m = s.transcript.meta;
    if (m !== metaOf) {
      metaOf = m;
      head = `{"transcript":${str(m.id)},"segment":`;
      meta = `"informant":${m.informant == null ? 'null' : str(m.informant)},"group":${m.group == null ? 'null' : str(m.group)},"method":${str(m.method)}`;
    }
    const seg = s.reduced.segment;
    const speaker = seg.speaker == null ? 'null' : str(seg.speaker);
    const dropped = s.reduced.reason ? `,"dropped":${str(s.reduced.reason)}` : '';
    const suggestions = s.suggestions.length ? `,"suggestions":[${s.suggestions.map(assignmentJson).join(',')}]` : '';
    out += `${head}${str(seg.id)},"lines":[${seg.lines.map(num).join(',')}],"speaker":${speaker},${meta},"text":${str(s.reduced.text)},"kept":${s.reduced.kept},"codes":[${s.codes.map(assignmentJson).join(',')}]${dropped}${suggestions}}\n`;
  }
  return out;
}

export const CODINGS_HEADER = ['transcript', 'segment', 'line_start', 'line_end', 'speaker', 'informant', 'group', 'method', 'code', 'path', 'origin', 'polarity', 'score', 'confidence', 'terms', 'suggestion', 'text'];

/** One row per (segment, code); suggestions (coding.auto: suggest) marked in their own column. */
export function codingsCsv(segments: CodedSegment[]): string {
  return csvRows([CODINGS_HEADER]) + codingsCsvRows(segments);
}

/**
 * codingsCsv without its header line: the rows of some segments (one transcript's, when streamed).
 * The cells a segment's rows share (transcript, segment, speaker, metadata, text) are encoded once
 * per segment, and the transcript's once per transcript: the same bytes as csvRows of every row.
 */
export function codingsCsvRows(segments: CodedSegment[]): string {
  let out = '';
  let metaOf: CodedSegment['transcript']['meta'] | undefined;
  let id = '';
  let meta = '';
  for (const s of segments) {
    if (!s.codes.length && !s.suggestions.length) continue;
    const m = s.transcript.meta;
    if (m !== metaOf) {
      metaOf = m;
      id = csvCell(m.id);
      meta = `${csvCell(m.informant ?? '')},${csvCell(m.group ?? '')},${csvCell(m.method)}`;
    }
    const seg = s.reduced.segment;
    const head = `${id},${csvCell(seg.id)},${csvCell(seg.lines[0])},${csvCell(seg.lines[1])},${csvCell(seg.speaker ?? '')},${meta},`;
    const tail = `,${csvCell(s.reduced.text)}\n`;
    for (const a of s.codes) out += head + assignmentCells(a, false) + tail;
    for (const a of s.suggestions) out += head + assignmentCells(a, true) + tail;
  }
  return out;
}

/** An assignment's cells of a codings.csv row: code to suggestion. */
function assignmentCells(a: CodeAssignment, suggestion: boolean): string {
  return `${csvCell(a.code)},${csvCell(a.path.join('/'))},${csvCell(a.origin)},${csvCell(a.polarity)},${csvCell(a.score)},${csvCell(a.confidence ?? '')},${csvCell(a.terms.join('; '))},${suggestion ? 1 : 0}`;
}
