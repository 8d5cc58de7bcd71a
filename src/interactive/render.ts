/**
 * The interactive session's screen as text for a terminal of the given size: exactly `height`
 * lines, none wider than `width`, words wrapped at spaces. Usable at 80×24, readable at 60×20.
 * Pure: (state, size) → text.
 */
import type { ChalkInstance } from 'chalk';
import { terminalSafe } from '../output/terminal-text.js';
import { FORM_FIELDS } from './form.js';
import { KEYS } from './help.js';
import { fit, pad, wrap, wrapWords } from './layout.js';
import { describeFilters, filtered } from './navigate.js';
import { panelLines } from './panel.js';
import { wordsOf } from './quote.js';
import { codeLines, current, focusedCode, type CodeChoice, type Item, type State } from './state.js';

/** The key reminder, longest first: the first that fits the width is shown. */
const FOOTERS = [
  '1-9/␣ choose · p limit · v quote · m/M memo · / search · d defs · g list · n new · ⏎ save · s skip · b back · ? help · q quit',
  '␣ pick · p limit · v quote · m memo · / find · g list · n new · ⏎ save · ? help · q quit',
  '␣ pick·p limit·v quote·m memo·/ find·g list·n new·⏎ save·? help·q quit',
  '␣ pick · p limit · v quote · m memo · / find · g list · ⏎ save · ? help',
  '␣ pick·p limit·v quote·m memo·/ find·g list·⏎ save·? help',
  '␣ pick · p limit · v quote · g list · ? help',
];
const LIST_FOOTERS = [
  '↑/↓ move · ⏎ go · t transcript · i informant · c code · u uncoded · r mine · x disagree · 0 all · Esc back',
  '↑/↓ ⏎ go · t/i/c filter · u uncoded · r mine · x disagree · 0 all · Esc back',
  '⏎ go · t/i/c filter · u/r/x uncoded/mine/disagree · 0 all',
  '⏎ go · t/i/c/u/r/x filter · 0 all · Esc back',
];
const footer = (list: string[], width: number) => list.find((f) => [...f].length <= width) ?? list[list.length - 1]!;

export function render(raw: State, rawCodebook: CodeChoice[], rawCoder: string, width: number, height: number, c: ChalkInstance): string {
  // everything shown comes from files others may have written: no escape sequence reaches the terminal
  const { s, codebook, coder } = safeToShow(raw, rawCodebook, rawCoder);
  const decided = s.items.filter((it) => s.decisions[it.segment]).length;
  const header = c.inverse(pad(` telaah · ${coder} · segment ${Math.min(s.index + 1, s.items.length)}/${s.items.length} · decided ${decided}`, width));
  const screen = s.mode === 'help' ? help(width, height)
    : s.mode === 'list' ? list(s, width, height - 3, c)
      : coding(s, codebook, width, height - 3, c);
  const lines = [header, ...screen.slice(0, height - 3)];
  while (lines.length < height - 2) lines.push('');
  lines.push(fit(s.message, width), c.dim(fit(footer(s.mode === 'list' ? LIST_FOOTERS : FOOTERS, width), width)));
  return lines.map((l) => fit(l, width)).join('\n');
}

function help(width: number, height: number): string[] {
  const w = Math.min(12, Math.floor(width / 4));
  const rows = KEYS.map(([k, d]) => fit(`${k.padEnd(w)} ${d}`, width));
  const room = height - 4;
  return [...(rows.length > room ? [...rows.slice(0, room - 1), '… (README.md lists every key)'] : rows), 'Any key goes back.'];
}

function coding(s: State, codebook: CodeChoice[], width: number, room: number, c: ChalkInstance): string[] {
  const item = current(s);
  if (!item) return ['', 'Every segment of this session is decided. g lists them all, b goes back, q quits.'];
  const where = fit(c.bold(`${item.transcript} · ${item.informant ?? item.speaker ?? ''} · lines ${item.lines[0]}–${item.lines[1]}`), width);
  const codes = codeLinesText(s, item, codebook, width, c);
  const prompt = promptLines(s, width, c);
  const body = bodyLines(s, item, width, c);
  const focus = codebook.find((k) => k.id === focusedCode(s));
  const panel = s.panel && s.mode !== 'new-code' && s.mode !== 'search' ? panelLines(focus, width, c) : [];
  const context = item.previous ? wrap(`${item.previous.speaker ? `${item.previous.speaker}: ` : ''}${item.previous.text}`, width - 2).slice(-2).map((l) => c.dim(`  ${l}`)) : [];
  const memo = s.memo ? [c.magenta(fit(`segment memo: ${s.memo}`, width))] : [];
  // what must be shown, then the body gets what it needs, then the panel, then the context
  const fixed = 3 + codes.length + memo.length + prompt.length; // where, and a blank line either side of the body
  let avail = room - fixed;
  const bodyRoom = Math.max(3, Math.min(body.lines.length, avail - Math.min(panel.length, 4)));
  avail -= bodyRoom;
  const panelRoom = Math.max(0, Math.min(panel.length, avail - 1));
  avail -= panelRoom + (panelRoom ? 1 : 0);
  const contextRoom = Math.max(0, Math.min(context.length, avail));
  return [
    where, ...context.slice(context.length - contextRoom), '',
    ...window(body.lines, body.focusLine, bodyRoom, c), '',
    ...codes, ...memo, ...(panelRoom ? ['', ...cut(panel, panelRoom, c)] : []), ...prompt,
  ];
}

/** The segment's words: keywords underlined, the quote being chosen inverted, the focused code's quote in colour. */
function bodyLines(s: State, item: Item, width: number, c: ChalkInstance): { lines: string[]; focusLine: number } {
  const words = wordsOf(item.text);
  const focused = s.selected.find((x) => x.code === focusedCode(s));
  const saved = focused?.quote ? item.text.toLowerCase().indexOf(focused.quote.toLowerCase()) : -1;
  const savedRange = saved >= 0 ? [saved, saved + focused!.quote!.length] : undefined;
  const styled = words.map((w, i) => {
    let t = w.text;
    if (item.highlights.some(([a, b]) => w.start < b && w.end > a)) t = c.bold.underline(t);
    if (s.quote && i >= s.quote.start && i <= s.quote.end) {
      // brackets too, so the selection shows without colours (NO_COLOR)
      t = c.inverse(`${i === s.quote.start ? '[' : ''}${t}${i === s.quote.end ? ']' : ''}`);
    }
    else if (savedRange && w.start < savedRange[1]! && w.end > savedRange[0]!) t = c.cyan(t);
    return t;
  });
  const lines = wrapWords(styled, width);
  let focusLine = 0;
  if (s.quote) {
    // the line holding the edge being moved
    const edge = s.quote.edge === 'start' ? s.quote.start : s.quote.end;
    let n = 0;
    for (let i = 0; i < lines.length; i++) {
      n += lines[i]!.split(' ').length;
      if (n > edge) {
        focusLine = i;
        break;
      }
    }
  }
  return { lines, focusLine };
}

/** At most `room` lines around `focus`, with … where lines are left out. */
function window(lines: string[], focus: number, room: number, c: ChalkInstance): string[] {
  if (lines.length <= room) return lines;
  const startAt = Math.max(0, Math.min(focus - Math.floor(room / 2), lines.length - room));
  const shown = lines.slice(startAt, startAt + room);
  if (startAt > 0) shown[0] = c.dim('  …');
  if (startAt + room < lines.length) shown[shown.length - 1] = c.dim('  …');
  return shown;
}

function cut(lines: string[], room: number, c: ChalkInstance): string[] {
  return lines.length <= room ? lines : [...lines.slice(0, room - 1), c.dim('  … (d hides; codebook show ID has it all)')];
}

function codeLinesText(s: State, item: Item, codebook: CodeChoice[], width: number, c: ChalkInstance): string[] {
  const ids = codeLines(s);
  if (!ids.length) return [c.dim('No suggestions: press / to search the codebook, n to add a code.')];
  return ids.map((id, i) => {
    const sug = item.suggestions.find((g) => g.code === id);
    const on = s.selected.find((x) => x.code === id);
    const cursor = i === s.focus ? c.bold('›') : ' ';
    const mark = on ? c.green('[x]') : '[ ]';
    const n = sug ? String(item.suggestions.indexOf(sug) + 1) : ' ';
    const label = codebook.find((k) => k.id === id)?.label ?? id;
    const parts = [`${cursor}${mark} ${n} ${label}`];
    if (on) parts.push(on.polarity === 'limit' ? c.red('limit') : c.green('support'));
    if (sug) parts.push(c.dim(`auto ${sug.polarity}${sug.confidence !== undefined ? ` ${sug.confidence.toFixed(2)}` : ''}`));
    if (on?.quote) parts.push(c.cyan(`“${on.quote}”`));
    if (on?.memo) parts.push(c.magenta(`✎ ${on.memo}`));
    if (sug && sug.terms.length) parts.push(c.dim(`(${sug.terms.join(', ')})`));
    return fit(parts.join('  '), width);
  });
}

function promptLines(s: State, width: number, c: ChalkInstance): string[] {
  if (s.mode === 'search') return [fit(`search: ${s.input}▏`, width), ...s.hits.map((h, i) => fit(`  ${i + 1} ${h.label} (${h.id})`, width))];
  if (s.mode === 'memo') return [fit(`memo on ${focusedCode(s)}: ${s.input}▏`, width)];
  if (s.mode === 'segment-memo') return [fit(`segment memo: ${s.input}▏`, width)];
  if (s.mode === 'quote') return [c.dim(fit(`quote for ${focusedCode(s)}: moving the ${s.quote!.edge} · ←/→ word · H/L sentence · Tab other end · ⏎ keep · Esc`, width))];
  if (s.mode === 'new-code' && s.form) {
    return ['new code (Enter: next field, Esc: cancel)', ...FORM_FIELDS.map((name, i) => fit(`${i === s.form!.field ? '›' : ' '} ${name}: ${s.form!.values[i] ?? ''}${i === s.form!.field ? '▏' : ''}`, width))];
  }
  return [];
}

function list(s: State, width: number, room: number, c: ChalkInstance): string[] {
  const view = s.list!;
  const shown = filtered(s.items, s.decisions, view.filters);
  const rows = shown.map((i) => {
    const it = s.items[i]!;
    const mine = s.decisions[it.segment]?.codes.map((x) => x.code) ?? [];
    const status = s.decisions[it.segment] ? (mine.length ? mine.join(',') : '–') : '·';
    const line = `${i === view.cursor ? '›' : ' '} ${String(i + 1).padStart(3)} ${it.segment} ${it.informant ?? it.speaker ?? ''} [${status}] ${it.text}`;
    return i === view.cursor ? c.inverse(fit(line, width)) : fit(line, width);
  });
  const head = [c.bold(fit(`segments: ${describeFilters(view.filters)} (${shown.length} of ${s.items.length}) · [codes] = yours, · = undecided`, width))];
  const at = Math.max(0, shown.indexOf(view.cursor));
  return [...head, ...window(rows, at, Math.max(1, room - head.length), c)];
}

/** The state, codebook and coder with every text from a file made terminal-safe (same lengths: offsets hold). */
function safeToShow(s: State, codebook: CodeChoice[], coder: string): { s: State; codebook: CodeChoice[]; coder: string } {
  const t = terminalSafe;
  const opt = (x: string | undefined) => (x === undefined ? undefined : t(x));
  const items: Item[] = s.items.map((it) => ({
    ...it, transcript: t(it.transcript), text: t(it.text),
    suggestions: it.suggestions.map((g) => ({ ...g, label: t(g.label), terms: g.terms.map(t) })),
    ...(it.speaker !== undefined ? { speaker: t(it.speaker) } : {}),
    ...(it.informant !== undefined ? { informant: t(it.informant) } : {}),
    ...(it.previous ? { previous: { ...it.previous, text: t(it.previous.text), ...(it.previous.speaker !== undefined ? { speaker: t(it.previous.speaker) } : {}) } } : {}),
  }));
  const choices = codebook.map((k) => ({
    ...k, label: t(k.label),
    ...(k.definition !== undefined ? { definition: opt(k.definition)! } : {}),
    ...(k.include ? { include: k.include.map(t) } : {}),
    ...(k.exclude ? { exclude: k.exclude.map(t) } : {}),
  }));
  return { s: { ...s, items, message: t(s.message), ...(s.memo !== undefined ? { memo: t(s.memo) } : {}) }, codebook: choices, coder: t(coder) };
}
