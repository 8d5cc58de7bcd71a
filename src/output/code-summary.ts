/** The short summary `telaah code` prints: coverage and per-code counts with polarity. Pure. */
import Table from 'cli-table3';
import type { CodedSegment } from '../model/analysis.js';
import { labelOf, type Codebook } from '../model/codebook.js';

export interface CodeCount {
  code: string;
  segments: number;
  support: number;
  limit: number;
  informants: number;
}

/** Counts per code over kept segments (a segment counts once per code, whatever its origins). */
export function countCodes(segments: CodedSegment[], cb: Codebook): CodeCount[] {
  const counts = new Map(cb.codes.map((c) => [c.id, { code: c.id, segments: 0, support: 0, limit: 0, informants: new Set<string>() }]));
  for (const s of segments) {
    const seen = new Set<string>();
    for (const a of s.codes) {
      const c = counts.get(a.code);
      if (!c || seen.has(a.code)) continue;
      seen.add(a.code);
      c.segments++;
      if (a.polarity === 'limit') c.limit++;
      else c.support++;
      c.informants.add(s.transcript.meta.id);
    }
  }
  return [...counts.values()].map((c) => ({ ...c, informants: c.informants.size }));
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
