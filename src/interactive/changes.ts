/**
 * What accepting a segment changes in the codings file: the entries to remove (exactly those that
 * changed or were dropped) and the ones to add. Codings left as they were are not touched. Pure.
 */
import type { Chosen, Decision } from './state.js';

export interface Changes {
  /** Codings to remove, by the codes and quotes they were saved with. */
  removeCodings: { code: string; quote: string }[];
  addCodings: Chosen[];
  /** The old segment-memo entry to remove (by its memo), if the memo changed. */
  removeMemo?: string;
  /** A `decided:` entry to add: with the segment memo, or bare when the segment has no code at all. */
  addDecided?: { memo?: string };
}

const key = (c: Chosen) => JSON.stringify([c.code, c.polarity, c.memo ?? '', c.quote ?? '']);

export function changes(before: Decision | undefined, after: Decision): Changes {
  const was = before?.codes ?? [];
  const kept = new Set(was.filter((c) => after.codes.some((a) => key(a) === key(c))).map(key));
  const out: Changes = {
    removeCodings: was.filter((c) => !kept.has(key(c)) && c.saved !== undefined).map((c) => ({ code: c.code, quote: c.saved! })),
    addCodings: after.codes.filter((c) => !kept.has(key(c))),
  };
  if ((before?.memo ?? '') !== (after.memo ?? '')) {
    if (before?.memo) out.removeMemo = before.memo;
    if (after.memo) out.addDecided = { memo: after.memo };
  }
  if (!before && !after.codes.length && !after.memo) out.addDecided = {};
  if (before && was.length && !after.codes.length && !after.memo && !before.memo) out.addDecided = {};
  return out;
}
