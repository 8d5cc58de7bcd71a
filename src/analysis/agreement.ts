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

/**
 * Krippendorff's alpha (nominal) for two coders, no missing values, binary decisions:
 * α = 1 − (n − 1)·D / (n₀·n₁), with n = 2N pairable values, D the units where the coders differ and
 * n₀, n₁ the counts of "no" and "yes" values. Null when undefined (every value the same).
 */
export function krippendorffAlpha(pairs: [boolean, boolean][]): number | null {
  const N = pairs.length;
  if (N === 0) return null;
  let yes = 0;
  let differ = 0;
  for (const [a, b] of pairs) {
    yes += Number(a) + Number(b);
    if (a !== b) differ++;
  }
  const n = 2 * N;
  const no = n - yes;
  if (yes === 0 || no === 0) return null;
  return 1 - ((n - 1) * differ) / (no * yes);
}

export function percentAgreement(pairs: [boolean, boolean][]): number | null {
  return pairs.length ? pairs.filter(([a, b]) => a === b).length / pairs.length : null;
}

export interface Agreement {
  agreement: number | null;
  kappa: number | null;
  alpha: number | null;
  units: number;
}

export function agreementOf(pairs: [boolean, boolean][]): Agreement {
  const r = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);
  return { agreement: r(percentAgreement(pairs)), kappa: r(cohensKappa(pairs)), alpha: r(krippendorffAlpha(pairs)), units: pairs.length };
}

export type KappaBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almostPerfect';

/** Landis & Koch (1977) bands for kappa (rounded to two decimals first, as it is printed). */
export function kappaBand(k: number): KappaBand {
  const r = Math.round(k * 100) / 100;
  if (r < 0) return 'poor';
  if (r <= 0.2) return 'slight';
  if (r <= 0.4) return 'fair';
  if (r <= 0.6) return 'moderate';
  if (r <= 0.8) return 'substantial';
  return 'almostPerfect';
}

/** The band in words, for tables. */
export function kappaBandLabel(k: number | null): string {
  return k === null ? 'undefined' : kappaBand(k) === 'almostPerfect' ? 'almost perfect' : kappaBand(k);
}
