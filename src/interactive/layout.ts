/** Text on a terminal grid: visible width (ignoring colour codes), cutting and padding to it, word wrapping. Pure. */

const ANSI = /\x1b\[[0-9;]*m/g;

/** Visible length: colour codes take no room. */
export const visible = (s: string): number => [...s.replace(ANSI, '')].length;

/** The line cut to `width` visible characters (with … when cut), colour codes kept and closed. */
export function fit(s: string, width: number): string {
  if (visible(s) <= width) return s;
  let out = '';
  let n = 0;
  const reset = s.includes('\x1b[') ? '\x1b[0m' : '';
  for (const part of s.split(/(\x1b\[[0-9;]*m)/)) {
    if (part.startsWith('\x1b[')) {
      out += part;
      continue;
    }
    for (const ch of part) {
      if (n >= width - 1) return `${out}…${reset}`;
      out += ch;
      n++;
    }
  }
  return out;
}

export function pad(s: string, width: number): string {
  const v = visible(s);
  return v >= width ? fit(s, width) : s + ' '.repeat(width - v);
}

/** Words (which may carry colour codes) in lines of at most `width`, broken at spaces; a longer word is cut. */
export function wrapWords(words: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const w = visible(word) > width ? fit(word, width) : word;
    if (line && visible(line) + 1 + visible(w) > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/** Text (paragraphs split at newlines) wrapped at word boundaries. */
export function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((para) => wrapWords(para.split(/\s+/).filter(Boolean), width));
}
