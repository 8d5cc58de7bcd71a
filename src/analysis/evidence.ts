/**
 * Evidence per code from coded segments: which segments count for a code (its own codings or any
 * descendant's), with the polarity they show and who coded them. The one place the counting rule
 * and the evidence policy live, so matrices, triangulation, report and conclusions agree. Pure.
 *
 * Evidence policy (README "How telaah weighs evidence"): hand codings are the researcher's
 * evidence; automatic codes count only at or above `coding.min_confidence` (withMinConfidence) and
 * are marked as automatic. Where a coder coded a segment for a code, the coder's polarity is the
 * evidence's polarity and the automatic codes of that segment and code add nothing.
 */
import type { CodeAssignment, CodedSegment, Polarity } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';

export interface Evidence {
  segment: CodedSegment;
  polarity: Polarity;
  /** The code actually assigned (the code itself or a descendant). */
  via: string;
  score: number;
  /** Coders whose hand codings give this evidence, sorted; empty when only the automatic coder gave it. */
  coders: string[];
  /** Automatic evidence only: the highest confidence of the automatic codes behind it, when known. */
  confidence?: number;
}

const MANUAL = 'manual:';

export function isManual(a: CodeAssignment): boolean {
  return a.origin.startsWith(MANUAL);
}

/**
 * The segments with the automatic codes below `minConfidence` left out (they are not evidence).
 * An automatic code whose confidence is unknown (undefined) is kept. Segments are copied only
 * where something is left out.
 */
export function withMinConfidence(segments: CodedSegment[], minConfidence: number): CodedSegment[] {
  const below = (a: CodeAssignment) => !isManual(a) && a.confidence !== undefined && a.confidence < minConfidence;
  return segments.map((s) => (s.codes.some(below) ? { ...s, codes: s.codes.filter((a) => !below(a)) } : s));
}

/** Counted segments only: kept, with at least one counted code. */
export function countedSegments(segments: CodedSegment[]): CodedSegment[] {
  return segments.filter((s) => s.reduced.kept && s.codes.length > 0);
}

/** For every code in codebook order: the evidence segments (each segment once per code). */
export function evidenceByCode(segments: CodedSegment[], cb: Codebook): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>(cb.codes.map((c) => [c.id, []]));
  for (const s of countedSegments(segments)) {
    const behind = new Map<string, CodeAssignment[]>();
    for (const a of s.codes) {
      for (const id of [...a.path, a.code]) {
        if (!out.has(id)) continue;
        const l = behind.get(id);
        if (l) l.push(a);
        else behind.set(id, [a]);
      }
    }
    for (const [id, list] of behind) out.get(id)!.push(evidenceOf(s, list));
  }
  return out;
}

/** One piece of evidence from the assignments behind it: hand codings first, else the automatic ones. */
function evidenceOf(segment: CodedSegment, list: CodeAssignment[]): Evidence {
  const hand = list.filter(isManual);
  const used = hand.length ? hand : list;
  // a limit anywhere among the codings used is kept visible
  const polarity: Polarity = used.some((a) => a.polarity === 'limit') ? 'limit' : 'support';
  return { segment, polarity, via: used[0]!.code, score: Math.max(...used.map((a) => a.score)), ...codedBy(list) };
}

/** Who gave some assignments of one code to one segment: its coders, else the automatic coder's best confidence. */
export function codedBy(list: readonly CodeAssignment[]): Pick<Evidence, 'coders' | 'confidence'> {
  const coders = [...new Set(list.filter(isManual).map((a) => a.origin.slice(MANUAL.length)))].sort();
  const known = list.map((a) => a.confidence).filter((c): c is number => c !== undefined);
  return coders.length || !known.length ? { coders } : { coders, confidence: Math.max(...known) };
}

/** Who coded a piece of evidence, as the outputs show it: `sari`, `sari + budi`, `auto 0.82`, or `auto` when the confidence is unknown. */
export function provenance(e: Pick<Evidence, 'coders' | 'confidence'>): string {
  if (e.coders.length) return e.coders.join(' + ');
  return e.confidence === undefined ? 'auto' : `auto ${e.confidence.toFixed(2)}`;
}

/**
 * The informants behind a list of evidence: one per transcript, as the code-by-informant matrix has
 * one column per transcript (an informant interviewed twice is two sources).
 */
export function informantsOf(list: readonly Evidence[]): Set<string> {
  return new Set(list.map((e) => e.segment.transcript.meta.id));
}
