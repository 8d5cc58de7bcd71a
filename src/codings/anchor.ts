/**
 * Re-anchoring a manual coding in its transcript by its quote, so codings survive edits: first as
 * written ignoring whitespace and case (insertions above, re-wrapped lines), then approximately
 * (a fixed typo inside the quote). Among several places, the stored prefix/suffix and the line or
 * offset hints decide. Pure.
 */
import type { Anchor } from '../model/coding.js';

export interface AnchorHints {
  line?: number;
  offset?: number;
  prefix?: string;
  suffix?: string;
}

export interface AnchorResult {
  anchor?: Anchor;
  /** How many equally good places there were (more than 1 without hints to decide = ambiguous). */
  candidates: number;
  ambiguous: boolean;
}

interface Folded {
  text: string;
  /** Original offset of each folded character; one extra entry for the end. */
  map: number[];
}

const QUOTE_FOLD: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u00A0': ' ' };

/** Lower-case, straight quotes, every whitespace run as one space; keeps a map back to the original. */
export function fold(s: string): Folded {
  let text = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = QUOTE_FOLD[s[i]!] ?? s[i]!;
    if (/\s/.test(ch)) {
      if (!space && text.length > 0) {
        text += ' ';
        map.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    const low = ch.toLowerCase();
    for (const c of low) {
      text += c;
      map.push(i);
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map.pop();
  }
  map.push(s.length);
  return { text, map };
}

export const MAX_FUZZY_CELLS = 2e8;

export function anchorQuote(fileText: string, quote: string, hints: AnchorHints = {}): AnchorResult {
  const hay = fold(fileText);
  const needle = fold(quote).text;
  if (!needle) return { candidates: 0, ambiguous: false };
  const hintOffset = hintToOffset(fileText, hints);
  const exact: { start: number; end: number }[] = [];
  for (let i = hay.text.indexOf(needle); i >= 0; i = hay.text.indexOf(needle, i + 1)) {
    exact.push({ start: i, end: i + needle.length });
  }
  let found = exact.map((c) => ({ ...c, distance: 0 }));
  if (found.length === 0) found = fuzzy(hay.text, needle);
  if (found.length === 0) return { candidates: 0, ambiguous: false };
  const scored = found.map((c) => {
    const start = hay.map[c.start]!;
    const end = hay.map[c.end - 1]! + 1;
    return { start, end, distance: c.distance, context: contextScore(hay.text, c, hints), near: hintOffset === undefined ? 0 : Math.abs(start - hintOffset) };
  });
  scored.sort((a, b) => a.distance - b.distance || b.context - a.context || a.near - b.near || a.start - b.start);
  const best = scored[0]!;
  const ties = scored.filter((s) => s.distance === best.distance && s.context === best.context);
  const decided = hintOffset !== undefined || best.context > 0 || ties.length === 1;
  return { anchor: { start: best.start, end: best.end, distance: best.distance }, candidates: ties.length, ambiguous: !decided };
}

function hintToOffset(text: string, h: AnchorHints): number | undefined {
  if (h.offset !== undefined) return h.offset;
  if (h.line === undefined) return undefined;
  let off = 0;
  for (let l = 1; l < h.line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return off;
}

function contextScore(hay: string, c: { start: number; end: number }, h: AnchorHints): number {
  let score = 0;
  if (h.prefix) {
    const p = fold(h.prefix).text;
    if (p && hay.slice(Math.max(0, c.start - p.length - 1), c.start).trimEnd().endsWith(p.trimEnd())) score++;
  }
  if (h.suffix) {
    const s = fold(h.suffix).text;
    if (s && hay.slice(c.end, c.end + s.length + 1).trimStart().startsWith(s.trimStart())) score++;
  }
  return score;
}

/**
 * Approximate search (Sellers): every place where the quote matches a substring with at most k
 * edits, k = 15% of the quote (at least 2). Returns local best end positions with their starts.
 */
function fuzzy(hay: string, needle: string): { start: number; end: number; distance: number }[] {
  const m = needle.length;
  if (m < 8 || hay.length * m > MAX_FUZZY_CELLS) return [];
  const k = Math.max(2, Math.floor(m * 0.15));
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  let prevStart = new Array<number>(m + 1);
  let curStart = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) { prev[i] = i; prevStart[i] = 0; }
  const hits: { start: number; end: number; distance: number }[] = [];
  for (let j = 1; j <= hay.length; j++) {
    cur[0] = 0;
    curStart[0] = j;
    const hc = hay.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (needle.charCodeAt(i - 1) === hc ? 0 : 1);
      const del = prev[i]! + 1; // hay char skipped
      const ins = cur[i - 1]! + 1; // needle char skipped
      if (sub <= del && sub <= ins) { cur[i] = sub; curStart[i] = prevStart[i - 1]!; }
      else if (del <= ins) { cur[i] = del; curStart[i] = prevStart[i]!; }
      else { cur[i] = ins; curStart[i] = curStart[i - 1]!; }
    }
    const d = cur[m]!;
    if (d <= k) {
      const last = hits[hits.length - 1];
      if (last && curStart[m]! < last.end) {
        if (d < last.distance) hits[hits.length - 1] = { start: curStart[m]!, end: j, distance: d };
      } else hits.push({ start: curStart[m]!, end: j, distance: d });
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  const best = Math.min(...hits.map((h) => h.distance));
  return hits.filter((h) => h.distance === best);
}

/** What a codings entry stores to find a passage again: its first line and ~40 characters either side. */
export function quoteHints(text: string, start: number, end: number): { line: number; prefix: string; suffix: string } {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return {
    line,
    prefix: text.slice(Math.max(0, start - 40), start).replace(/\s+/g, ' ').trimStart(),
    suffix: text.slice(end, end + 40).replace(/\s+/g, ' ').trimEnd(),
  };
}
