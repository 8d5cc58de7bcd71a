/** Text helpers of the writers: escaping for HTML and SVG (XML), and folding text onto one line. Pure. */

import { oneLine } from '../text/one-line.js';

/** Collapses whitespace (line breaks included) to single spaces: the writers fold user text with it. */
export { oneLine };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes &, <, >, " and ' so any user text is inert in element content and quoted attributes. */
export function esc(value: string | number): string {
  // control characters other than tab and newline are not allowed in XML at all
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/**
 * Text with every character XML 1.0 does not allow removed: C0 controls other than tab, line feed
 * and carriage return, U+FFFE, U+FFFF and a surrogate without its other half. A spreadsheet whose
 * sharedStrings.xml holds one of them is "damaged" to Excel.
 */
export function xmlChars(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}


/**
 * One line of user text (a label, a role, a quote) made inert in Markdown (CommonMark and GFM) and
 * in the HTML a Markdown viewer makes of it: `<` and `>` (no tag, no comment end, no autolink),
 * `[` and `]` (no link, no image: `[x](javascript:…)`, `![](https://…)`), an entity reference
 * (`&lt;`), code spans, emphasis and strike-through are escaped with a backslash. What a reader
 * sees is the text as written.
 */
export function mdInline(s: string): string {
  return oneLine(s)
    .replace(/[\\`*~[\]<>]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}
