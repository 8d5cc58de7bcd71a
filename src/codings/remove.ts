/**
 * Removing entries from a codings file's text: exactly the list items named, as whole lines;
 * every other byte (comments, order, spacing, other entries) stays as written. The result is
 * parsed again and must hold the old content minus those entries, else nothing is returned. Pure.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parse, parseDocument, type Node, type Pair, type YAMLSeq } from 'yaml';
import { applyPatches, cutBlock, itemBlock, type Patch } from '../yaml/splice.js';

/** The fields an entry must have (others may differ), e.g. { transcript, code, quote }. */
export type EntryMatch = Record<string, unknown>;

export type Removed = { text: string; problem?: undefined } | { text?: undefined; problem: string };

/** `text` without the first entry of list `key` matching each of `matches` (each match removes one entry). */
export function removeEntries(text: string, key: 'codings' | 'decided', matches: EntryMatch[]): Removed {
  if (!matches.length) return { text };
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents)) return { problem: 'the file is not valid YAML; fix it by hand first' };
  const pair = (doc.contents.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === key);
  const seq = pair?.value as YAMLSeq | undefined;
  if (!seq || !isSeq(seq)) return { problem: `the file has no ${key}: list to remove the entry from` };
  const old = parse(text) as Record<string, unknown[]>;
  const values = (old[key] ?? []) as Record<string, unknown>[];
  const taken = new Set<number>();
  for (const m of matches) {
    const i = values.findIndex((v, k) => !taken.has(k) && v && typeof v === 'object' && Object.entries(m).every(([f, x]) => isDeepStrictEqual(v[f], x)));
    if (i < 0) return { problem: `no entry under ${key}: has ${JSON.stringify(m)}; it was changed by hand meanwhile` };
    taken.add(i);
  }
  const patches: Patch[] = [];
  for (const i of taken) {
    const b = itemBlock(text, seq.items[i] as Node);
    if (!b || seq.flow) return { problem: `the ${key}: list is not written one "- " entry per item; remove the entry by hand` };
    patches.push(cutBlock(b)); // whole lines, from the "- " line to the line end of its last line
  }
  const after = applyPatches(text, patches.sort((a, b) => b.start - a.start));
  const want = { ...old, [key]: values.filter((_, k) => !taken.has(k)) };
  let now: Record<string, unknown>;
  try {
    now = parse(after) ?? {};
  } catch {
    return { problem: 'removing the entry as text would break the file; remove it by hand' };
  }
  const norm = (o: Record<string, unknown>) => ({ ...o, [key]: o[key] ?? [] });
  if (!isDeepStrictEqual(norm(now), norm(want))) return { problem: 'removing the entry as text would change other entries; remove it by hand' };
  return { text: after };
}
