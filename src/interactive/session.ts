/**
 * The interactive coding session as a pure state machine: a key in, the next state and what to do
 * out (save a decision, quit). The terminal loop and the screen live elsewhere.
 */

export interface Suggestion {
  code: string;
  label: string;
  terms: string[];
}

export interface Item {
  transcript: string;
  segment: string;
  lines: [number, number];
  speaker?: string;
  informant?: string;
  text: string;
  previous?: { speaker?: string; text: string };
  /** Character ranges of matched keywords in `text`. */
  highlights: [number, number][];
  suggestions: Suggestion[];
}

export interface CodeChoice {
  id: string;
  label: string;
}

export type Mode = 'code' | 'search' | 'memo' | 'help';

export interface State {
  items: Item[];
  index: number;
  /** Codes toggled on for the current item. */
  selected: string[];
  memo: string;
  mode: Mode;
  input: string;
  hits: CodeChoice[];
  message: string;
  /** Per item index: codes already saved in this session (going back does not save them twice). */
  saved: Record<number, string[]>;
}

export type Effect =
  | { kind: 'accept'; item: Item; codes: string[]; memo: string }
  | { kind: 'quit' };

export function start(items: Item[]): State {
  return { items, index: 0, selected: [], memo: '', mode: 'code', input: '', hits: [], message: '', saved: {} };
}

export function current(s: State): Item | undefined {
  return s.items[s.index];
}

/** Keys: digits, '/', 'm', 's', 'b', '?', 'q', 'enter', 'escape', 'backspace', or a printable character. */
export function press(s: State, key: string, codebook: CodeChoice[]): { state: State; effect?: Effect } {
  if (s.mode === 'help') return { state: { ...s, mode: 'code', message: '' } };
  if (s.mode === 'search' || s.mode === 'memo') return typing(s, key, codebook);
  const item = current(s);
  if (key === 'q') return { state: s, effect: { kind: 'quit' } };
  if (key === '?') return { state: { ...s, mode: 'help' } };
  if (!item) return { state: { ...s, message: 'All segments are decided. Press q to quit.' } };
  if (/^[1-9]$/.test(key)) {
    const sug = item.suggestions[Number(key) - 1];
    if (!sug) return { state: { ...s, message: `There is no suggestion ${key}.` } };
    return { state: { ...s, selected: toggle(s.selected, sug.code), message: '' } };
  }
  switch (key) {
    case '/':
      return { state: { ...s, mode: 'search', input: '', hits: [], message: '' } };
    case 'm':
      return { state: { ...s, mode: 'memo', input: s.memo, message: '' } };
    case 's':
      return { state: move(s, s.index + 1, 'Skipped (not saved; it will come back next time).') };
    case 'b':
      return { state: move(s, s.index - 1, s.index === 0 ? 'This is the first segment.' : '') };
    case 'enter': {
      const already = s.saved[s.index] ?? [];
      const codes = s.selected.filter((c) => !already.includes(c));
      const next = move({ ...s, saved: { ...s.saved, [s.index]: [...already, ...codes] } }, s.index + 1,
        s.selected.length ? `Saved ${s.selected.join(', ')}.` : 'Saved: no code for that segment.');
      if (already.length && !codes.length) return { state: next };
      return { state: next, effect: { kind: 'accept', item, codes, memo: s.memo } };
    }
    default:
      return { state: { ...s, message: `Unknown key. Press ? for help.` } };
  }
}

function typing(s: State, key: string, codebook: CodeChoice[]): { state: State } {
  if (key === 'escape') return { state: { ...s, mode: 'code', input: '', hits: [] } };
  if (key === 'enter') {
    if (s.mode === 'memo') return { state: { ...s, mode: 'code', memo: s.input.trim(), input: '', message: s.input.trim() ? 'Memo set.' : 'Memo cleared.' } };
    const pick = s.hits[0];
    if (!pick) return { state: { ...s, message: 'No code matches.' } };
    return { state: { ...s, mode: 'code', input: '', hits: [], selected: toggle(s.selected, pick.id), message: `Toggled ${pick.id}.` } };
  }
  if (s.mode === 'search' && /^[1-9]$/.test(key) && s.hits.length) {
    const pick = s.hits[Number(key) - 1];
    if (pick) return { state: { ...s, mode: 'code', input: '', hits: [], selected: toggle(s.selected, pick.id), message: `Toggled ${pick.id}.` } };
  }
  const input = key === 'backspace' ? s.input.slice(0, -1) : key.length === 1 ? s.input + key : s.input;
  return { state: { ...s, input, hits: s.mode === 'search' ? search(codebook, input) : [] } };
}

export function search(codebook: CodeChoice[], q: string): CodeChoice[] {
  const query = q.trim().toLowerCase();
  if (!query) return [];
  return codebook.filter((c) => c.id.includes(query) || c.label.toLowerCase().includes(query)).slice(0, 9);
}

function toggle(list: string[], code: string): string[] {
  return list.includes(code) ? list.filter((c) => c !== code) : [...list, code];
}

function move(s: State, index: number, message: string): State {
  const i = Math.max(0, Math.min(index, s.items.length));
  return { ...s, index: i, selected: [...(s.saved[i] ?? [])], memo: '', message };
}
