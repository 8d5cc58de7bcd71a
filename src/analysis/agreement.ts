/** Agreement coefficients for two coders on binary decisions. Pure. */

/**
 * Cohen's kappa for pairs of yes/no decisions: (po − pe) / (1 − pe). Null when undefined
 * (no units, or both coders made the same single decision everywhere so pe = 1).
 */
export function cohensKappa(pairs: [boolean, boolean][]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    if (a) aYes++;
    if (b) bYes++;
  }
  const po = agree / n;
  const pe = (aYes / n) * (bYes / n) + (1 - aYes / n) * (1 - bYes / n);
  if (pe === 1) return null;
  return (po - pe) / (1 - pe);
}
