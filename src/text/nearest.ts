/**
 * "Did you mean …?": the candidate closest to a mistyped name, by Damerau-Levenshtein distance
 * (natural's implementation, imported on its own — natural's index is slow to load).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance: (a: string, b: string) => number;
};

/** The closest candidate within a third of the name's length (at least 1 edit), or undefined. */
export function nearest(name: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = DamerauLevenshteinDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
