/**
 * Choosing the words of a segment that carry a code: the text as whitespace-separated words, a
 * start and an end moved by word or by sentence, and the quote those words make. Pure.
 */
import type { QuoteSelection } from './state.js';

export interface Word {
  text: string;
  start: number;
  end: number;
}

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

const endsSentence = (w: Word | undefined) => Boolean(w && /[.!?]["'”’)]*$/.test(w.text));

/** The whole segment, the end edge active: the coder narrows it from either side. */
export function selectAll(text: string): QuoteSelection {
  return { start: 0, end: Math.max(0, wordsOf(text).length - 1), edge: 'end' };
}

/** The first sentence that holds word `i`, as a selection (a good first guess at the quote). */
export function sentenceAt(text: string, i: number): QuoteSelection {
  const ws = wordsOf(text);
  let a = Math.min(i, ws.length - 1);
  while (a > 0 && !endsSentence(ws[a - 1])) a--;
  let b = a;
  while (b < ws.length - 1 && !endsSentence(ws[b])) b++;
  return { start: a, end: b, edge: 'end' };
}

/** Moves the active edge by `step` words (±1) or to the next/previous sentence boundary. */
export function moveEdge(text: string, q: QuoteSelection, unit: 'word' | 'sentence', dir: 1 | -1): QuoteSelection {
  const ws = wordsOf(text);
  const last = ws.length - 1;
  let at = q.edge === 'start' ? q.start : q.end;
  if (unit === 'word') at += dir;
  else if (q.edge === 'end') {
    // the end jumps to the end of this (or the next/previous) sentence
    at += dir;
    while (at > 0 && at < last && !endsSentence(ws[at])) at += dir;
  } else {
    // the start jumps to the start of this (or the next/previous) sentence
    at += dir;
    while (at > 0 && at < last && !endsSentence(ws[at - 1])) at += dir;
  }
  at = Math.max(0, Math.min(last, at));
  if (q.edge === 'start') return { ...q, start: Math.min(at, q.end) };
  return { ...q, end: Math.max(at, q.start) };
}

/** The quote the selection makes: its words as written, without punctuation hanging at either end. */
export function quoteText(text: string, q: QuoteSelection): string {
  const ws = wordsOf(text);
  const a = ws[q.start];
  const b = ws[q.end];
  if (!a || !b) return '';
  return text.slice(a.start, b.end).replace(/\s+/g, ' ').replace(/^[\s"'“‘(«,;:–—-]+/, '').replace(/[\s"'”’)»,;:–—-]+$/, '');
}

/** True when the selection is the whole text (then no separate quote is needed). */
export function isWhole(text: string, q: QuoteSelection): boolean {
  return q.start === 0 && q.end >= wordsOf(text).length - 1;
}

/** The selection a saved quote makes in the text, when its words are found there (to show it on a revisit). */
export function selectionOf(text: string, quote: string): QuoteSelection | undefined {
  const ws = wordsOf(text).map((w) => w.text.toLowerCase());
  const qs = quote.toLowerCase().split(/\s+/).filter(Boolean);
  if (!qs.length) return undefined;
  // the quote's first and last words may have lost punctuation that the text has
  const fits = (a: number) => qs.every((q, k) => {
    const w = ws[a + k];
    if (w === undefined) return false;
    if (k === 0 && k === qs.length - 1) return w.includes(q);
    if (k === 0) return w.endsWith(q);
    if (k === qs.length - 1) return w.startsWith(q);
    return w === q;
  });
  for (let a = 0; a + qs.length <= ws.length; a++) if (fits(a)) return { start: a, end: a + qs.length - 1, edge: 'end' };
  return undefined;
}
