/**
 * How a codebook is used: per code the segments, informants and coders behind it and the last
 * date it was used; codes never used; codes used in codings files but missing from the codebook.
 * Counts follow the analysis (a parent counts its children's segments, as in the matrices). Pure.
 */
import type { CodedSegment } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';
import type { CodingsFile } from '../model/coding.js';
import type { Position } from '../model/diagnostic.js';
import { evidenceByCode, informantsOf } from './evidence.js';

export interface CodeStats {
  code: string;
  segments: number;
  /** Segments with a coder's own coding of it (not only the automatic coder's). */
  byHand: number;
  informants: number;
  /** `auto` and the names of the coders whose codings count for it, sorted. */
  coders: string[];
  /** Latest front-matter `date:` of a transcript with a segment coded with it; null without dates. */
  lastUsed: string | null;
}

export interface CodebookUsage {
  codes: CodeStats[];
  unused: string[];
  /** Codes named in codings files that the codebook does not have, with where. */
  missing: { code: string; pos: Position }[];
}

export function codebookUsage(segments: CodedSegment[], cb: Codebook, codings: CodingsFile[]): CodebookUsage {
  const ev = evidenceByCode(segments, cb);
  const codes = cb.codes.map((c): CodeStats => {
    const list = ev.get(c.id)!;
    const informants = informantsOf(list);
    const coders = new Set<string>();
    for (const e of list) {
      for (const a of e.segment.codes) {
        if (a.code === c.id || a.path.includes(c.id)) coders.add(a.origin.replace(/^manual:/, ''));
      }
    }
    const byHand = list.filter((e) => e.segment.codes.some((a) => a.origin.startsWith('manual:') && (a.code === c.id || a.path.includes(c.id)))).length;
    const dates = list.map((e) => e.segment.transcript.meta.date).filter((d): d is string => Boolean(d)).sort();
    return { code: c.id, segments: list.length, byHand, informants: informants.size, coders: [...coders].sort(), lastUsed: dates.at(-1) ?? null };
  });
  const known = new Set(cb.codes.map((c) => c.id));
  const missing = codings.flatMap((f) => f.codings.filter((c) => !known.has(c.code)).map((c) => ({ code: c.code, pos: c.codePos })));
  return { codes, unused: codes.filter((s) => s.segments === 0).map((s) => s.code), missing };
}
