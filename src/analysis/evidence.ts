/**
 * Evidence per code from coded segments: which segments count for a code (its own codings or any
 * descendant's), with the polarity they show. The one place the counting rule lives, so matrices,
 * triangulation and conclusions agree with each other. Pure.
 */
import type { CodedSegment, Polarity } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';

export interface Evidence {
  segment: CodedSegment;
  polarity: Polarity;
  /** The code actually assigned (the code itself or a descendant). */
  via: string;
  score: number;
}

/** Counted segments only: kept, with at least one counted code. */
export function countedSegments(segments: CodedSegment[]): CodedSegment[] {
  return segments.filter((s) => s.reduced.kept && s.codes.length > 0);
}

/** For every code in codebook order: the evidence segments (each segment once per code). */
export function evidenceByCode(segments: CodedSegment[], cb: Codebook): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>(cb.codes.map((c) => [c.id, []]));
  for (const s of countedSegments(segments)) {
    const best = new Map<string, Evidence>();
    for (const a of s.codes) {
      for (const id of [...a.path, a.code]) {
        if (!out.has(id)) continue;
        const prev = best.get(id);
        // one piece of evidence per segment and code: a limit anywhere in the segment is kept visible
        if (!prev) best.set(id, { segment: s, polarity: a.polarity, via: a.code, score: a.score });
        else if (a.polarity === 'limit') prev.polarity = 'limit';
      }
    }
    for (const [id, ev] of best) out.get(id)!.push(ev);
  }
  return out;
}

/**
 * The informants behind a list of evidence: one per transcript, as the code-by-informant matrix has
 * one column per transcript (an informant interviewed twice is two sources).
 */
export function informantsOf(list: readonly Evidence[]): Set<string> {
  return new Set(list.map((e) => e.segment.transcript.meta.id));
}
