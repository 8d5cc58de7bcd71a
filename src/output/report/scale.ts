/** The colour scale of the heatmaps (HTML and SVG): counts in five levels relative to the largest. Pure. */

export const LEVELS = 5;

/** 0 for no evidence, else 1..LEVELS by the count's share of `max`. */
export function level(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(LEVELS, Math.max(1, Math.ceil((count / max) * LEVELS)));
}

/** The counts each level covers, for a legend: [level, from, to], only levels that occur. */
export function levelRanges(max: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let k = 1; k <= LEVELS; k++) {
    // smallest and largest positive integer counts with level(count, max) === k
    const from = Math.max(1, Math.floor(((k - 1) * max) / LEVELS) + 1);
    const to = Math.min(max, Math.floor((k * max) / LEVELS));
    if (from <= to) out.push([k, from, to]);
  }
  return out;
}
