/**
 * The segments a coder's file has decided: coded, or listed under `decided:` (looked at and left
 * without a code). A resumed session or model run starts after them. Pure.
 */
import type { CodingsFile } from '../model/coding.js';
import type { Transcript } from '../model/transcript.js';
import { placeCoding } from './resolve.js';

export function decidedSegmentIds(file: CodingsFile | undefined, transcripts: Transcript[]): Set<string> {
  const out = new Set<string>();
  if (!file) return out;
  const byId = new Map(transcripts.map((t) => [t.meta.id, t]));
  for (const entry of [...file.codings, ...file.decided]) {
    const t = byId.get(entry.transcript);
    const seg = t && placeCoding(t, entry).segment;
    if (seg) out.add(seg.id);
  }
  return out;
}
