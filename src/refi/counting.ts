/**
 * Ways a QDA program may have counted selection positions, for when a project file carries no text
 * of its source (a bare .qde, or a .qdpx whose sources lie outside the zip) and positions can only be
 * applied to telaah's own transcript: code points (the spec) or UTF-16 units (NVivo for Windows),
 * each over LF or CRLF line ends (Windows programs count the CR). A person selects whole words, so
 * the counting under which the selections start and end on word boundaries is the one used, and a
 * selection that does not, under it, is not trusted. Pure.
 */
import { positionMap } from './positions.js';

export interface Counting {
  /** For messages: "code points, CRLF line ends". */
  name: string;
  /** The text as the program counted it. */
  text: string;
  /** A selection's positions → UTF-16 offsets in `text`; undefined when they fall outside it. */
  range(start: number, end: number): { start: number; end: number } | undefined;
  /** A UTF-16 offset in `text` → the offset in the text the countings were made from. */
  back(i: number): number;
}

export function countings(text: string): Counting[] {
  const lf = text.replace(/\r\n/g, '\n');
  const hadCr = lf !== text;
  const out: Counting[] = [];
  for (const [ends, t] of [['LF', lf], ['CRLF', lf.replace(/\n/g, '\r\n')]] as const) {
    if (ends === 'CRLF' && !lf.includes('\n')) break;
    const nls: number[] = [];
    for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) nls.push(i);
    const before = (i: number) => lowerBound(nls, i);
    // offset in the LF text, then in the original (which had a CR before each LF when hadCr)
    const back = (i: number) => (ends === 'CRLF' ? i - before(i) : i) + (hadCr ? before(i) : 0);
    const map = positionMap(t);
    out.push({
      name: `code points, ${ends} line ends`, text: t, back,
      range: (s, e) => (e <= map.codePointLength ? { start: map.toUtf16(s), end: map.toUtf16(e) } : undefined),
    });
    if (map.codePointLength !== t.length) {
      out.push({ name: `UTF-16 units, ${ends} line ends`, text: t, back, range: (s, e) => (e <= t.length ? { start: s, end: e } : undefined) });
    }
  }
  return out;
}

/** Whether a cut starts and ends on word boundaries (not inside a word). */
export function onWordBoundaries(text: string, r: { start: number; end: number }): boolean {
  return boundary(text, r.start) && boundary(text, r.end);
}

/** The counting that puts the most selection starts and ends on word boundaries (the first, on a tie). */
export function chooseCounting(all: Counting[], selections: { start: number; end: number }[]): Counting {
  let best = all[0]!;
  let bestScore = -1;
  for (const c of all) {
    const score = boundaryScore(c.text, selections.flatMap((sel) => c.range(sel.start, sel.end) ?? []));
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** How many starts and ends of the cuts fall on word boundaries. */
export function boundaryScore(text: string, ranges: { start: number; end: number }[]): number {
  return ranges.reduce((n, r) => n + Number(boundary(text, r.start)) + Number(boundary(text, r.end)), 0);
}

function boundary(text: string, i: number): boolean {
  const word = (k: number) => k >= 0 && k < text.length && /[\p{L}\p{N}]/u.test(text[k]!);
  return !(word(i - 1) && word(i));
}

function lowerBound(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
