/** Folding text onto one line. Pure. */

/**
 * The whitespace that is not already a single space: a run of two or more whitespace characters
 * (taken whole), or one whitespace character other than a space.
 */
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;

/**
 * Collapses whitespace (line breaks included) to single spaces and trims: the same text as
 * `s.replace(/\s+/g, ' ').trim()`, but it replaces only the runs that need it, so text that is
 * already on one line (a reduced segment, even a 20 MB one) is not rebuilt piece by piece.
 */
export function oneLine(s: string): string {
  return s.replace(NOT_ONE_SPACE, ' ').trim();
}

/**
 * The start of `oneLine(s)`: at least its first `min` characters (all of it when it is shorter),
 * folding only as much of `s` as that takes.
 */
export function oneLineStart(s: string, min: number): string {
  for (let take = Math.max(64, 4 * min); take < s.length; take *= 4) {
    const head = oneLine(s.slice(0, take));
    if (head.length > min) return head;
  }
  return oneLine(s);
}

/**
 * `oneLine(s)` when it is at most `max` characters long; else its start cut at the last word
 * boundary within `max` (or at `max`, never inside a character), with `cut: true`.
 */
export function oneLineUpTo(s: string, max: number): { text: string; cut: boolean } {
  const one = oneLineStart(s, max);
  if (one.length <= max) return { text: one, cut: false };
  let end = one.lastIndexOf(' ', max);
  if (end <= 0) {
    end = max;
    const last = one.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  }
  return { text: one.slice(0, end), cut: true };
}
