/** The short summary `telaah code` prints: coverage and per-code counts with polarity. Pure. */
import Table from 'cli-table3';
import { evidenceByCode } from '../analysis/evidence.js';
import type { CodedSegment } from '../model/analysis.js';
import { labelOf, type Codebook } from '../model/codebook.js';

export interface CodeCount {
  code: string;
  segments: number;
  support: number;
  limit: number;
  informants: number;
}

/** Counts per code with the rule matrices and triangulation use (a parent counts its children). */
export function countCodes(segments: CodedSegment[], cb: Codebook): CodeCount[] {
  const ev = evidenceByCode(segments, cb);
  return cb.codes.map((c) => {
    const list = ev.get(c.id)!;
    const limit = list.filter((e) => e.polarity === 'limit').length;
    return { code: c.id, segments: list.length, support: list.length - limit, limit, informants: new Set(list.map((e) => e.segment.transcript.meta.id)).size };
  });
}

export function codeSummaryTable(segments: CodedSegment[], cb: Codebook, lang: string, columns = 80): string {
  const kept = segments.filter((s) => s.reduced.kept);
  const coded = kept.filter((s) => s.codes.length > 0);
  const counts = countCodes(segments, cb).filter((c) => c.segments > 0);
  const labelWidth = Math.max(16, Math.min(40, columns - 46));
  const table = new Table({
    head: ['code', 'segments', 'support', 'limit', 'transcripts'],
    colWidths: [labelWidth, 10, 9, 7, 13],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const c of counts) {
    const code = cb.codes.find((x) => x.id === c.code)!;
    table.push([`${labelOf(code, lang)}\n(${c.code})`, c.segments, c.support, c.limit, c.informants]);
  }
  const pct = kept.length ? Math.round((100 * coded.length) / kept.length) : 0;
  return `${table.toString()}\nCoded ${coded.length} of ${kept.length} kept segments (${pct}%) in ${new Set(segments.map((s) => s.transcript.meta.id)).size} transcripts.\n`;
}
