/**
 * One-byte strings. V8 stores a string in one byte per character when every character is Latin-1,
 * but a slice of a string that holds any other character (the codebook's –, →) stays two bytes per
 * character, and so does every string joined from it. Codebook ids and terms end up in every line of
 * segments.jsonl and codings.csv: copied to one-byte strings after parsing, the outputs take half the
 * memory and are joined and written faster (same characters, same bytes on disk).
 */
const LATIN1 = /^[\x00-\xff]*$/;

/** `s` as a fresh one-byte string when all its characters are Latin-1; else `s` itself. */
export function oneByte(s: string): string {
  return s.length > 0 && LATIN1.test(s) ? Buffer.from(s, 'latin1').toString('latin1') : s;
}

/**
 * Replaces, in place, every Latin-1 string in `value` (objects and arrays, followed once each) by a
 * one-byte copy; returns `value`. Map keys and values are left as they are.
 */
export function oneByteStrings<T>(value: T): T {
  const seen = new Set<object>();
  const visit = (o: unknown): void => {
    if (!o || typeof o !== 'object' || seen.has(o) || o instanceof Map || o instanceof Set) return;
    seen.add(o);
    const rec = o as Record<string, unknown>;
    for (const k of Object.keys(rec)) {
      const v = rec[k];
      if (typeof v === 'string') rec[k] = oneByte(v);
      else visit(v);
    }
  };
  visit(value);
  return value;
}
