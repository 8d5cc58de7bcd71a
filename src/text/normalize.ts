/** Text clean-up applied in data reduction: Unicode quotes, PDF hyphenation, whitespace. Pure. */

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2013': '-', '\u2014': ' - ', '\u2010': '-', '\u2011': '-', '\u00A0': ' ', '\u2026': '...',
};
const QUOTE_RE = new RegExp(`[${Object.keys(QUOTES).join('')}]`, 'g');

const NON_ASCII = /[^\x00-\x7f]/;

export function normalizeText(text: string): string {
  // NFC, the quote table and the zero-width characters only concern non-ASCII text
  const ascii = !NON_ASCII.test(text);
  let t = ascii ? text : text.normalize('NFC').replace(QUOTE_RE, (c) => QUOTES[c] ?? c);
  if (/-[ \t]*\n/.test(t)) t = dehyphenate(t);
  // every run of whitespace becomes one space; a lone space is left alone (not replaced by itself:
  // a one-line transcript of megabytes has millions of them)
  t = t.replace(/ [ \t\f\v\r\n]+|[\t\f\v\r\n][ \t\f\v\r\n]*/g, ' ');
  return (ascii ? t : t.replace(/[\u200B-\u200D\uFEFF]/g, '')).trim();
}

function dehyphenate(text: string): string {
  return text
    // PDF hyphenation across a line break: "ke-\ntertiban" → "ketertiban", but keep reduplication "masalah-\nmasalah"
    .replace(/(\p{L}+)-[ \t]*\n[ \t]*(\p{Ll}+)/gu, (_m, a: string, b: string) =>
      a.toLowerCase() === b || a.toLowerCase().endsWith(b) || b.startsWith(a.toLowerCase()) ? `${a}-${b}` : `${a}${b}`);
}
