/** Writers for the coding outputs (DESIGN contract): segments.jsonl and codings.csv. Pure. */
import type { CodeAssignment, CodedSegment } from '../model/analysis.js';
import { csvRows } from './csv.js';

function assignmentJson(a: CodeAssignment): Record<string, unknown> {
  const o: Record<string, unknown> = { code: a.code, path: a.path, origin: a.origin, polarity: a.polarity, score: a.score };
  if (a.confidence !== undefined) o.confidence = a.confidence;
  o.terms = a.terms;
  if (a.memo) o.memo = a.memo;
  return o;
}

/** One line per segment; `codes` sorted by confidence descending (a hand coding counts as 1), then score. */
export function segmentsJsonl(segments: CodedSegment[]): string {
  return segments
    .map((s) => {
      const m = s.transcript.meta;
      const o: Record<string, unknown> = {
        transcript: m.id,
        segment: s.reduced.segment.id,
        lines: s.reduced.segment.lines,
        speaker: s.reduced.segment.speaker ?? null,
        informant: m.informant ?? null,
        group: m.group ?? null,
        method: m.method,
        text: s.reduced.text,
        kept: s.reduced.kept,
        codes: s.codes.map(assignmentJson),
      };
      if (s.reduced.reason) o.dropped = s.reduced.reason;
      if (s.suggestions.length) o.suggestions = s.suggestions.map(assignmentJson);
      return `${JSON.stringify(o)}\n`;
    })
    .join('');
}

export const CODINGS_HEADER = ['transcript', 'segment', 'line_start', 'line_end', 'speaker', 'informant', 'group', 'method', 'code', 'path', 'origin', 'polarity', 'score', 'confidence', 'terms', 'suggestion', 'text'];

/** One row per (segment, code); suggestions (coding.auto: suggest) marked in their own column. */
export function codingsCsv(segments: CodedSegment[]): string {
  return csvRows([CODINGS_HEADER]) + codingsCsvRows(segments);
}

/** codingsCsv without its header line: the rows of some segments (one transcript's, when streamed). */
export function codingsCsvRows(segments: CodedSegment[]): string {
  const rows: unknown[][] = [];
  for (const s of segments) {
    const m = s.transcript.meta;
    const seg = s.reduced.segment;
    const row = (a: CodeAssignment, suggestion: boolean) => [
      m.id, seg.id, seg.lines[0], seg.lines[1], seg.speaker ?? '', m.informant ?? '', m.group ?? '', m.method,
      a.code, a.path.join('/'), a.origin, a.polarity, a.score, a.confidence ?? '', a.terms.join('; '), suggestion ? 1 : 0, s.reduced.text,
    ];
    for (const a of s.codes) rows.push(row(a, false));
    for (const a of s.suggestions) rows.push(row(a, true));
  }
  return csvRows(rows);
}
