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

export interface TallyState {
  kept: number;
  coded: number;
  transcripts: string[];
  /** Code, segments, limit, transcripts. */
  perCode: [string, number, number, string[]][];
}

/**
 * What `telaah code` reports, counted a transcript at a time (the segments need not stay in
 * memory): per code, the segments that count for it (evidenceByCode's rule), support and limit,
 * and the transcripts they come from; kept and coded segments overall.
 */
export class CodeTally {
  private readonly perCode = new Map<string, { segments: number; limit: number; transcripts: Set<string> }>();
  private readonly transcripts = new Set<string>();
  kept = 0;
  coded = 0;

  constructor(private readonly cb: Codebook) {
    for (const c of cb.codes) this.perCode.set(c.id, { segments: 0, limit: 0, transcripts: new Set() });
  }

  add(segments: CodedSegment[]): this {
    for (const s of segments) {
      this.transcripts.add(s.transcript.meta.id);
      if (!s.reduced.kept) continue;
      this.kept++;
      if (s.codes.length) this.coded++;
    }
    for (const [id, list] of evidenceByCode(segments, this.cb)) {
      const c = this.perCode.get(id)!;
      c.segments += list.length;
      for (const e of list) {
        if (e.polarity === 'limit') c.limit++;
        c.transcripts.add(e.segment.transcript.meta.id);
      }
    }
    return this;
  }

  /** The counts as plain data (sent from a worker thread), and back. */
  state(): TallyState {
    return {
      kept: this.kept, coded: this.coded, transcripts: [...this.transcripts],
      perCode: [...this.perCode].map(([id, c]) => [id, c.segments, c.limit, [...c.transcripts]]),
    };
  }

  merge(st: TallyState): this {
    this.kept += st.kept;
    this.coded += st.coded;
    for (const t of st.transcripts) this.transcripts.add(t);
    for (const [id, segments, limit, transcripts] of st.perCode) {
      const c = this.perCode.get(id);
      if (!c) continue;
      c.segments += segments;
      c.limit += limit;
      for (const t of transcripts) c.transcripts.add(t);
    }
    return this;
  }

  counts(): CodeCount[] {
    return this.cb.codes.map((c) => {
      const t = this.perCode.get(c.id)!;
      return { code: c.id, segments: t.segments, support: t.segments - t.limit, limit: t.limit, informants: t.transcripts.size };
    });
  }

  /** The table and the coverage line. */
  table(lang: string, columns = 80): string {
    const counts = this.counts().filter((c) => c.segments > 0);
    const labelWidth = Math.max(16, Math.min(40, columns - 46));
    const table = new Table({
      head: ['code', 'segments', 'support', 'limit', 'transcripts'],
      colWidths: [labelWidth, 10, 9, 7, 13],
      wordWrap: true,
      style: { head: [], border: [] },
    });
    for (const c of counts) {
      const code = this.cb.codes.find((x) => x.id === c.code)!;
      table.push([`${labelOf(code, lang)}\n(${c.code})`, c.segments, c.support, c.limit, c.informants]);
    }
    const pct = this.kept ? Math.round((100 * this.coded) / this.kept) : 0;
    return `${table.toString()}\nCoded ${this.coded} of ${this.kept} kept segments (${pct}%) in ${this.transcripts.size} transcripts.\n`;
  }
}
