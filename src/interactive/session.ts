/**
 * The interactive coding session as a pure state machine: a key in, the next state and what to do
 * out (save a decision, add a code, quit). The terminal loop and the screen live elsewhere.
 * Keys: printable characters, and 'enter', 'escape', 'backspace', 'tab', 'up', 'down', 'left', 'right'.
 */
import { formCode, formProblem, FORM_FIELDS } from './form.js';
import { codesOf, cycle, filtered, informantsOf, transcriptsOf } from './navigate.js';
import { isWhole, moveEdge, quoteText, selectAll, selectionOf } from './quote.js';
import { codeLines, current, focusedCode, load, type Chosen, type CodeChoice, type Effect, type ListFilters, type State } from './state.js';

export { current, start, codeLines, focusedCode, type CodeChoice, type Effect, type Item, type State, type Suggestion } from './state.js';

type Step = { state: State; effect?: Effect };

export function press(s: State, key: string, codebook: CodeChoice[]): Step {
  switch (s.mode) {
    case 'help': return { state: { ...s, mode: 'code', message: '' } };
    case 'search': case 'memo': case 'segment-memo': return typing(s, key, codebook);
    case 'quote': return quoting(s, key);
    case 'list': return listing(s, key, codebook);
    case 'new-code': return form(s, key, codebook);
    default: return coding(s, key, codebook);
  }
}

function coding(s: State, key: string, codebook: CodeChoice[]): Step {
  const item = current(s);
  if (key === 'q') return { state: s, effect: { kind: 'quit' } };
  if (key === '?') return { state: { ...s, mode: 'help' } };
  if (key === 'g') return { state: { ...s, mode: 'list', list: { cursor: Math.max(0, s.index), filters: s.list?.filters ?? {} }, message: '' } };
  if (key === 'b') return { state: load(s, s.index - 1, s.index === 0 ? 'This is the first segment.' : '') };
  if (!item) return { state: { ...s, message: 'Every segment is decided. g lists them all, b goes back, q quits.' } };
  const lines = codeLines(s);
  if (/^[1-9]$/.test(key)) {
    const sug = item.suggestions[Number(key) - 1];
    if (!sug) return { state: { ...s, message: `There is no suggestion ${key}.` } };
    return { state: { ...toggle(s, sug.code, sug.polarity), focus: Number(key) - 1 } };
  }
  const focused = focusedCode(s);
  switch (key) {
    case 'up': case 'k': return { state: { ...s, focus: Math.max(0, s.focus - 1), message: '' } };
    case 'down': case 'j': return { state: { ...s, focus: Math.min(Math.max(0, lines.length - 1), s.focus + 1), message: '' } };
    case ' ': return focused ? { state: toggle(s, focused, item.suggestions.find((g) => g.code === focused)?.polarity ?? 'support') } : { state: { ...s, message: 'No code here: press / to search the codebook.' } };
    case 'p': {
      if (!focused) return { state: { ...s, message: 'No code here: press / to search the codebook.' } };
      const on = s.selected.find((c) => c.code === focused);
      const polarity: Chosen['polarity'] = on ? (on.polarity === 'limit' ? 'support' : 'limit') : 'limit';
      const selected = on ? s.selected.map((c) => (c.code === focused ? { ...c, polarity } : c)) : [...s.selected, { code: focused, polarity }];
      return { state: { ...s, selected, message: `${focused}: ${polarity === 'limit' ? 'limit (the passage shows a gap or an obstacle)' : 'support'}.` } };
    }
    case 'v': {
      if (!focused) return { state: { ...s, message: 'Choose a code first (1-9 or /), then v selects its words.' } };
      const on = s.selected.find((c) => c.code === focused);
      const q = (on?.quote && selectionOf(item.text, on.quote)) || selectAll(item.text);
      return { state: { ...s, mode: 'quote', quote: q, message: '' } };
    }
    case 'd': return { state: { ...s, panel: !s.panel, message: s.panel ? 'Definitions hidden (d shows them).' : '' } };
    case '/': return { state: { ...s, mode: 'search', input: '', hits: [], message: '' } };
    case 'm': {
      if (!focused || !s.selected.some((c) => c.code === focused)) return { state: { ...s, message: 'Choose the code first: m writes a memo on the chosen code under the cursor (M: on the segment).' } };
      return { state: { ...s, mode: 'memo', input: s.selected.find((c) => c.code === focused)?.memo ?? '', message: '' } };
    }
    case 'M': return { state: { ...s, mode: 'segment-memo', input: s.memo, message: '' } };
    case 'n': return { state: { ...s, mode: 'new-code', form: { field: 0, values: ['', '', focused ? codebook.find((c) => c.id === focused)?.parent ?? '' : '', ''] }, message: '' } };
    case 's': return { state: load(s, nextUndecided(s), 'Skipped (not saved; it comes back next time).') };
    case 'enter': {
      const before = s.decisions[item.segment];
      const after = { codes: s.selected, ...(s.memo ? { memo: s.memo } : {}) };
      const decisions = { ...s.decisions, [item.segment]: after };
      const said = s.selected.length ? `Saved ${s.selected.map((c) => c.code + (c.polarity === 'limit' ? ' (limit)' : '')).join(', ')}.` : 'Saved: no code for that segment.';
      const next = load({ ...s, decisions }, nextUndecided({ ...s, decisions }), said);
      if (before && same(before, after)) return { state: { ...next, message: 'Unchanged.' } };
      return { state: next, effect: { kind: 'accept', item, ...(before ? { before } : {}), after } };
    }
    default: return { state: { ...s, message: 'Unknown key. Press ? for help.' } };
  }
}

function toggle(s: State, code: string, polarity: Chosen['polarity']): State {
  const on = s.selected.some((c) => c.code === code);
  const selected = on ? s.selected.filter((c) => c.code !== code) : [...s.selected, { code, polarity }];
  const focus = Math.max(0, codeLines({ ...s, selected }).indexOf(code));
  return { ...s, selected, focus: on ? Math.min(s.focus, Math.max(0, codeLines({ ...s, selected }).length - 1)) : focus, message: '' };
}

/** The next segment after this one not decided yet (or the end). */
function nextUndecided(s: State): number {
  for (let i = s.index + 1; i < s.items.length; i++) if (!s.decisions[s.items[i]!.segment]) return i;
  return s.items.length;
}

function same(a: { codes: Chosen[]; memo?: string }, b: { codes: Chosen[]; memo?: string }): boolean {
  const key = (d: { codes: Chosen[]; memo?: string }) => JSON.stringify([d.memo ?? '', d.codes.map((c) => [c.code, c.polarity, c.memo ?? '', c.quote ?? ''])]);
  return key(a) === key(b);
}

function typing(s: State, key: string, codebook: CodeChoice[]): Step {
  if (key === 'escape') return { state: { ...s, mode: 'code', input: '', hits: [] } };
  if (key === 'enter') {
    const text = s.input.trim();
    if (s.mode === 'segment-memo') return { state: { ...s, mode: 'code', memo: text, input: '', message: text ? 'Segment memo set.' : 'Segment memo cleared.' } };
    if (s.mode === 'memo') {
      const code = focusedCode(s);
      const selected = s.selected.map((c) => (c.code === code ? { ...c, ...(text ? { memo: text } : { memo: undefined }) } : c));
      return { state: { ...s, mode: 'code', selected, input: '', message: text ? `Memo on ${code} set.` : `Memo on ${code} cleared.` } };
    }
    const pick = s.hits[0];
    if (!pick) return { state: { ...s, message: 'No code matches.' } };
    return { state: pickHit(s, pick) };
  }
  if (s.mode === 'search' && /^[1-9]$/.test(key) && s.hits.length) {
    const pick = s.hits[Number(key) - 1];
    if (pick) return { state: pickHit(s, pick) };
  }
  const input = key === 'backspace' ? s.input.slice(0, -1) : [...key].length === 1 ? s.input + key : s.input;
  return { state: { ...s, input, hits: s.mode === 'search' ? search(codebook, input) : [] } };
}

/** A search hit toggles its code, as 1-9 toggles a suggestion: chosen (the cursor on it), or dropped. */
function pickHit(s: State, pick: CodeChoice): State {
  const dropped = s.selected.some((c) => c.code === pick.id);
  const t = toggle(s, pick.id, 'support');
  return { ...t, mode: 'code', input: '', hits: [], ...(dropped ? {} : { focus: Math.max(0, codeLines(t).indexOf(pick.id)) }), message: dropped ? `Dropped ${pick.id}.` : `Chose ${pick.id}.` };
}

/** Codes whose id or label has the query first, then those whose definition has it; both languages. */
export function search(codebook: CodeChoice[], q: string): CodeChoice[] {
  const query = q.trim().toLowerCase();
  if (!query) return [];
  const head = codebook.filter((c) => c.id.includes(query) || c.label.toLowerCase().includes(query));
  const rest = codebook.filter((c) => !head.includes(c) && (c.search ?? '').includes(query));
  return [...head, ...rest].slice(0, 9);
}

function quoting(s: State, key: string): Step {
  const item = current(s)!;
  const q = s.quote!;
  const code = focusedCode(s)!;
  const moves: Record<string, ['word' | 'sentence', 1 | -1]> = {
    right: ['word', 1], l: ['word', 1], left: ['word', -1], h: ['word', -1], L: ['sentence', 1], H: ['sentence', -1], '.': ['sentence', 1], ',': ['sentence', -1],
  };
  if (moves[key]) return { state: { ...s, quote: moveEdge(item.text, q, ...moves[key]!) } };
  if (key === 'tab') return { state: { ...s, quote: { ...q, edge: q.edge === 'start' ? 'end' : 'start' } } };
  if (key === 'escape') return { state: { ...s, mode: 'code', quote: undefined, message: 'Quote unchanged.' } };
  if (key === 'enter') {
    const quote = isWhole(item.text, q) ? undefined : quoteText(item.text, q);
    const on = s.selected.find((c) => c.code === code);
    const chosen: Chosen = { ...(on ?? { code, polarity: item.suggestions.find((g) => g.code === code)?.polarity ?? 'support' }), quote };
    if (!quote) delete chosen.quote;
    const selected = on ? s.selected.map((c) => (c.code === code ? chosen : c)) : [...s.selected, chosen];
    return { state: { ...s, selected, mode: 'code', quote: undefined, message: quote ? `${code} quotes "${quote}".` : `${code} quotes the whole segment.` } };
  }
  return { state: { ...s, message: '←/→ (h/l) a word, H/L (,/.) a sentence, Tab: the other end, Enter keeps, Esc cancels.' } };
}

function listing(s: State, key: string, codebook: CodeChoice[]): Step {
  const view = s.list!;
  const shown = filtered(s.items, s.decisions, view.filters);
  const at = Math.max(0, shown.indexOf(view.cursor));
  const set = (filters: ListFilters) => {
    const now = filtered(s.items, s.decisions, filters);
    return { state: { ...s, list: { filters, cursor: now.includes(view.cursor) ? view.cursor : now[0] ?? 0 }, message: now.length ? '' : 'No segment matches these filters (0 clears them).' } };
  };
  switch (key) {
    case 'escape': case 'g': return { state: { ...s, mode: 'code', message: '' } };
    case 'up': case 'k': return { state: { ...s, list: { ...view, cursor: shown[Math.max(0, at - 1)] ?? view.cursor } } };
    case 'down': case 'j': return { state: { ...s, list: { ...view, cursor: shown[Math.min(shown.length - 1, at + 1)] ?? view.cursor } } };
    case 't': return set({ ...view.filters, transcript: cycle(transcriptsOf(s.items), view.filters.transcript) });
    case 'i': return set({ ...view.filters, informant: cycle(informantsOf(s.items), view.filters.informant) });
    case 'c': return set({ ...view.filters, code: cycle(codesOf(s.items, s.decisions, codebook.map((c) => c.id)), view.filters.code) });
    case 'u': case 'r': case 'x': {
      const show = ({ u: 'uncoded', r: 'mine', x: 'disagree' } as const)[key];
      return set({ ...view.filters, show: view.filters.show === show ? undefined : show });
    }
    case '0': return set({});
    case 'enter': {
      if (!shown.includes(view.cursor)) return { state: { ...s, message: 'No segment to go to.' } };
      return { state: { ...load(s, view.cursor, ''), list: view } };
    }
    default: return { state: { ...s, message: 'Keys here: ↑/↓ move, Enter go, t/i/c transcript/informant/code, u uncoded, r mine, x disagreements, 0 all, Esc back.' } };
  }
}

function form(s: State, key: string, codebook: CodeChoice[]): Step {
  const f = s.form!;
  if (key === 'escape') return { state: { ...s, mode: 'code', form: undefined, message: 'No code added.' } };
  if (key === 'enter') {
    if (f.field < FORM_FIELDS.length - 1) return { state: { ...s, form: { ...f, field: f.field + 1 }, message: '' } };
    const problem = formProblem(f, codebook);
    if (problem) return { state: { ...s, message: `Not yet: ${problem}.` } };
    return { state: { ...s, mode: 'code', form: undefined, message: '' }, effect: { kind: 'new-code', code: formCode(f) } };
  }
  if (key === 'tab') return { state: { ...s, form: { ...f, field: (f.field + 1) % FORM_FIELDS.length } } };
  if (key === 'up') return { state: { ...s, form: { ...f, field: Math.max(0, f.field - 1) } } };
  const v = f.values[f.field] ?? '';
  const next = key === 'backspace' ? v.slice(0, -1) : [...key].length === 1 ? v + key : v;
  return { state: { ...s, form: { ...f, values: f.values.map((x, i) => (i === f.field ? next : x)) } } };
}

/** After the CLI added a code to the codebook: it is chosen for the segment on screen. */
export function codeAdded(s: State, id: string, message: string): State {
  const t = toggle(s, id, 'support');
  return { ...t, message };
}
