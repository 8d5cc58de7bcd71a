/** The segment list: which segments a set of filters shows, and cycling a filter through its values. Pure. */
import type { Decision, Item, ListFilters } from './state.js';

export function filtered(items: Item[], decisions: Record<string, Decision>, f: ListFilters): number[] {
  const out: number[] = [];
  items.forEach((it, i) => {
    const d = decisions[it.segment];
    const mine = d?.codes.map((c) => c.code) ?? [];
    if (f.transcript && it.transcript !== f.transcript) return;
    if (f.informant && (it.informant ?? it.speaker) !== f.informant) return;
    if (f.code && !mine.includes(f.code) && !it.suggestions.some((g) => g.code === f.code)) return;
    if (f.show === 'uncoded' && mine.length) return;
    if (f.show === 'mine' && !mine.length) return;
    if (f.show === 'disagree' && !disagrees(mine, it.others)) return;
    out.push(i);
  });
  return out;
}

/** Another coder coded the segment, and not with the same codes as this coder. */
function disagrees(mine: string[], others: Item['others']): boolean {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  return Object.values(others ?? {}).some((theirs) => theirs.length > 0 && !same([...new Set(mine)], [...new Set(theirs)]));
}

/** The next value of a filter: undefined (all) → each value in turn → undefined. */
export function cycle<T>(values: readonly T[], now: T | undefined): T | undefined {
  if (now === undefined) return values[0];
  const i = values.indexOf(now);
  return i < 0 || i === values.length - 1 ? undefined : values[i + 1];
}

export function transcriptsOf(items: Item[]): string[] {
  return [...new Set(items.map((i) => i.transcript))];
}

export function informantsOf(items: Item[]): string[] {
  return [...new Set(items.map((i) => i.informant ?? i.speaker).filter((x): x is string => Boolean(x)))];
}

/** The codes worth filtering by: those chosen or suggested somewhere, in codebook order. */
export function codesOf(items: Item[], decisions: Record<string, Decision>, codebook: string[]): string[] {
  const used = new Set<string>();
  for (const it of items) {
    for (const g of it.suggestions) used.add(g.code);
    for (const c of decisions[it.segment]?.codes ?? []) used.add(c.code);
  }
  return codebook.filter((c) => used.has(c));
}

export function describeFilters(f: ListFilters): string {
  const parts = [f.transcript && `transcript ${f.transcript}`, f.informant && `informant ${f.informant}`, f.code && `code ${f.code}`, f.show];
  return parts.filter(Boolean).join(' · ') || 'all segments';
}
