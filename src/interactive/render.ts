/** The interactive session's screen as text, for a terminal of the given size (80×24 and up). Pure. */
import type { ChalkInstance } from 'chalk';
import { terminalSafe } from '../output/terminal-text.js';
import { current, type CodeChoice, type State } from './session.js';

export const HELP = [
  'Keys',
  '  1-9     toggle suggestion N (or pick search result N)',
  '  /       search the whole codebook by label or id; Enter picks the first',
  '  m       write a memo for this segment; Enter keeps it',
  '  Enter   accept the segment with the toggled codes (none is a valid decision)',
  '  s       skip (undecided; it comes back next time)',
  '  b       back to the previous segment',
  '  ?       this help          q  save and quit (Ctrl-C is safe too)',
  '',
  'Every accepted segment is written to your codings file at once.',
];

export function render(s: State, codebook: CodeChoice[], coder: string, width: number, height: number, c: ChalkInstance): string {
  // everything shown comes from files others may have written: no escape sequence reaches the terminal
  return screen(s, codebook, terminalSafe(coder), width, height, c, terminalSafe);
}

function screen(s: State, codebook: CodeChoice[], coder: string, width: number, height: number, c: ChalkInstance, safe: (t: string) => string): string {
  const out: string[] = [];
  const item = current(s);
  const done = Object.keys(s.saved).length;
  out.push(c.inverse(pad(` telaah · coder ${coder} · ${Math.min(s.index + 1, s.items.length)}/${s.items.length} · saved ${done} `, width)));
  if (s.mode === 'help') return [...out, ...HELP.map((l) => l.slice(0, width)), '', 'Press any key.'].join('\n');
  if (!item) {
    out.push('', 'Every segment of this session is decided. Press q to quit, b to go back.');
    return out.join('\n');
  }
  const where = safe(`${item.transcript} · ${item.informant ?? item.speaker ?? ''} · lines ${item.lines[0]}–${item.lines[1]}`);
  out.push(c.bold(where.slice(0, width)));
  const budget = Math.max(6, height - 12 - Math.min(item.suggestions.length, 9));
  if (item.previous) {
    const prev = wrap(safe(`${item.previous.speaker ? `${item.previous.speaker}: ` : ''}${item.previous.text}`), width - 2).slice(-2);
    out.push(...prev.map((l) => c.dim(`  ${l}`)));
  }
  out.push('');
  const body = wrap(highlight(safe(item.text), item.highlights, c), width); // same length: highlights stay in place
  out.push(...(body.length > budget ? [...body.slice(0, budget - 1), c.dim('  …')] : body));
  out.push('');
  item.suggestions.slice(0, 9).forEach((sug, i) => {
    const on = s.selected.includes(sug.code);
    const mark = on ? c.green('[x]') : '[ ]';
    out.push(`${mark} ${i + 1} ${safe(sug.label)}`.slice(0, width + (on ? 10 : 0)) + c.dim(safe(` (${sug.terms.join(', ')})`).slice(0, Math.max(0, width - sug.label.length - 8))));
  });
  const extra = s.selected.filter((x) => !item.suggestions.some((g) => g.code === x));
  for (const x of extra) out.push(`${c.green('[x]')}   ${safe(codebook.find((k) => k.id === x)?.label ?? x)}`);
  if (!item.suggestions.length && !extra.length) out.push(c.dim('No suggestions: press / to search the codebook.'));
  if (s.memo) out.push(c.dim(safe(`memo: ${s.memo}`).slice(0, width)));
  if (s.mode === 'search') {
    out.push(safe(`search: ${s.input}▏`));
    s.hits.forEach((h, i) => out.push(safe(`  ${i + 1} ${h.label} (${h.id})`).slice(0, width)));
  } else if (s.mode === 'memo') out.push(safe(`memo: ${s.input}▏`));
  while (out.length < height - 2) out.push('');
  out.push(safe(s.message).slice(0, width));
  out.push(c.dim('1-9 toggle · / search · m memo · Enter accept · s skip · b back · ? help · q quit'.replace('Enter accept', '⏎ accept').slice(0, width)));
  return out.slice(0, height).join('\n');
}

function pad(s: string, w: number): string {
  return s.length >= w ? s.slice(0, w) : s + ' '.repeat(w - s.length);
}

function highlight(text: string, ranges: [number, number][], c: ChalkInstance): string {
  if (!ranges.length) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += text.slice(at, a) + c.bold.underline(text.slice(a, b));
    at = b;
  }
  return out + text.slice(at);
}

// visible length, ignoring ANSI colour codes
const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;

/** Word-wraps text (which may carry colour codes) to the width. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && visible(line) + 1 + visible(word) > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}
