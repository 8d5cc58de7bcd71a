/**
 * Text positions in REFI-QDA count Unicode code points from 0, end exclusive (spec §10.2);
 * JavaScript strings count UTF-16 code units. These convert between the two for one text. NVivo for
 * Windows writes UTF-16 units, so readers try both. Pure.
 */
export interface PositionMap {
  /** UTF-16 offset → code-point offset. */
  toCodePoints(utf16: number): number;
  /** Code-point offset → UTF-16 offset (clamped to the text). */
  toUtf16(codePoints: number): number;
  /** Length of the text in code points. */
  codePointLength: number;
}

export function positionMap(text: string): PositionMap {
  // UTF-16 offsets of every astral character (a surrogate pair): the only places the counts differ
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  /** How many astral characters start before `limit` on the given scale. */
  const before = (limit: number, scale: (k: number) => number): number => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scale(mid) < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const byUtf16 = (k: number) => astral[k]!;
  const byCodePoint = (k: number) => astral[k]! - k; // the k-th astral character's code-point offset
  return {
    toCodePoints: (u) => u - before(u, byUtf16),
    toUtf16: (cp) => Math.min(text.length, Math.max(0, cp + before(cp, byCodePoint))),
    codePointLength: text.length - astral.length,
  };
}

/** The text between two code-point offsets. */
export function sliceCodePoints(text: string, map: PositionMap, start: number, end: number): string {
  return text.slice(map.toUtf16(start), map.toUtf16(end));
}
