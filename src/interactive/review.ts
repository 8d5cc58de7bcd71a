/**
 * Reviewing another coder's codings (a model's, usually) as a pure state machine: one coding at a
 * time, accept it as it is, change its code or polarity first, or reject it. When every coding of
 * a segment is decided, the segment is saved into the reviewer's file at once (the accepted codes,
 * or no code at all), so a resumed review starts after it.
 */
import { search, type CodeChoice, type Item } from './session.js';

/** A coding to review, on its segment shown as the coding session shows it. */
export interface ReviewItem extends Pick<Item, 'transcript' | 'segment' | 'lines' | 'speaker' | 'informant' | 'text' | 'previous'> {
  /** The quoted words in `text`: [start, end), if found. */
  quoteAt?: [number, number];
  /** The reviewed coder's coding. */
  quote: string;
  code: string;
  polarity: 'support' | 'limit';
  memo?: string;
  /** Where the quote sits in the transcript file, for the reviewer's entry. */
  hints: { line: number; prefix: string; suffix: string };
}

export type Decision = { kind: 'accept'; code: string; polarity: 'support' | 'limit' } | { kind: 'reject' };

export interface ReviewState {
  items: ReviewItem[];
  index: number;
  /** The code and polarity the current item would be accepted with (the item's, until changed). */
  code: string;
  polarity: 'support' | 'limit';
  decisions: Record<number, Decision>;
  /** Segments saved in this session. */
  saved: string[];
  mode: 'review' | 'search' | 'help';
  input: string;
  hits: CodeChoice[];
  message: string;
}

export type ReviewEffect =
  | { kind: 'save'; segment: string; decided: { item: ReviewItem; decision: Decision }[] }
  | { kind: 'quit' };

export function startReview(items: ReviewItem[]): ReviewState {
  return at({ items, index: 0, code: '', polarity: 'support', decisions: {}, saved: [], mode: 'review', input: '', hits: [], message: '' }, 0, '');
}

/** Keys: a or Enter, r, /, p, s, b, ?, q, escape, backspace, digits and printable characters while searching. */
export function pressReview(s: ReviewState, key: string, codebook: CodeChoice[]): { state: ReviewState; effect?: ReviewEffect } {
  if (s.mode === 'help') return { state: { ...s, mode: 'review', message: '' } };
  if (s.mode === 'search') return { state: searching(s, key, codebook) };
  if (key === 'q') return { state: s, effect: { kind: 'quit' } };
  if (key === '?') return { state: { ...s, mode: 'help' } };
  const item = s.items[s.index];
  if (!item) return { state: key === 'b' ? at(s, s.index - 1, '') : { ...s, message: 'Every coding is reviewed. Press q to quit.' } };
  switch (key) {
    case 'a': case 'enter':
      return decide(s, item, { kind: 'accept', code: s.code, polarity: s.polarity });
    case 'r':
      return decide(s, item, { kind: 'reject' });
    case 'p':
      return { state: { ...s, polarity: s.polarity === 'support' ? 'limit' : 'support', message: '' } };
    case '/':
      return { state: { ...s, mode: 'search', input: '', hits: [], message: '' } };
    case 's':
      return { state: at(s, s.index + 1, 'Skipped: its segment is not saved this time and comes back next time.') };
    case 'b':
      return { state: at(s, s.index - 1, s.index === 0 ? 'This is the first coding.' : '') };
    default:
      return { state: { ...s, message: 'Unknown key. Press ? for help.' } };
  }
}

function decide(s: ReviewState, item: ReviewItem, decision: Decision): { state: ReviewState; effect?: ReviewEffect } {
  if (s.saved.includes(item.segment)) {
    return { state: at(s, s.index + 1, 'That segment is saved in your file already; edit the file to change it.') };
  }
  const decisions = { ...s.decisions, [s.index]: decision };
  const said = decision.kind === 'accept' ? `Accepted ${decision.code}${decision.polarity === 'limit' ? ' (limit)' : ''}.` : 'Rejected.';
  const group = s.items.map((it, i) => [it, i] as const).filter(([it]) => it.segment === item.segment);
  const open = group.filter(([, i]) => !decisions[i]);
  if (open.length) return { state: at({ ...s, decisions }, s.index + 1, `${said} ${open.length} more for this segment.`) };
  const next = { ...s, decisions, saved: [...s.saved, item.segment] };
  return {
    state: at(next, s.index + 1, `${said} Segment saved.`),
    effect: { kind: 'save', segment: item.segment, decided: group.map(([it, i]) => ({ item: it, decision: decisions[i]! })) },
  };
}

function searching(s: ReviewState, key: string, codebook: CodeChoice[]): ReviewState {
  if (key === 'escape') return { ...s, mode: 'review', input: '', hits: [] };
  const pick = key === 'enter' ? s.hits[0] : /^[1-9]$/.test(key) && s.hits.length ? s.hits[Number(key) - 1] : undefined;
  if (pick) return { ...s, mode: 'review', input: '', hits: [], code: pick.id, message: `Changed to ${pick.id}: a accepts it, r rejects.` };
  if (key === 'enter') return { ...s, message: 'No code matches.' };
  const input = key === 'backspace' ? s.input.slice(0, -1) : key.length === 1 ? s.input + key : s.input;
  return { ...s, input, hits: search(codebook, input) };
}

/** Moves to item `index`, showing its code and polarity (or the decision already taken on it). */
function at(s: ReviewState, index: number, message: string): ReviewState {
  const i = Math.max(0, Math.min(index, s.items.length));
  const item = s.items[i];
  const d = s.decisions[i];
  const code = d?.kind === 'accept' ? d.code : item?.code ?? '';
  const polarity = d?.kind === 'accept' ? d.polarity : item?.polarity ?? 'support';
  return { ...s, index: i, code, polarity, mode: 'review', input: '', hits: [], message };
}
