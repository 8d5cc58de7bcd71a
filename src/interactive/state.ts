/**
 * The interactive coder's state: the segments (items), what this coder decided for each, and the
 * working copy of the segment on screen. Types and constructors only; keys live in session.ts
 * and the modules it calls, the screen in render.ts.
 */

export type Polarity = 'support' | 'limit';

export interface Suggestion {
  code: string;
  label: string;
  terms: string[];
  /** The automatic coder's polarity for this segment. */
  polarity: Polarity;
  /** 0–1, when the automatic coder gives one. */
  confidence?: number;
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
  /** Codes other coders gave this segment, by coder (for the "disagreements" filter). */
  others?: Record<string, string[]>;
}

/** A code of the codebook as the coder sees it: label, definition and criteria in the project language. */
export interface CodeChoice {
  id: string;
  label: string;
  definition?: string;
  include?: string[];
  exclude?: string[];
  parent?: string;
  /** Lower-cased ids, labels and definitions in every language, for `/`. */
  search?: string;
}

/** One coding of the segment on screen. */
export interface Chosen {
  code: string;
  polarity: Polarity;
  memo?: string;
  /** The words coded when smaller than the segment (as `quote:`); undefined: the whole segment. */
  quote?: string;
  /** The quote as the codings file holds it, for a coding read from the file (to remove exactly that entry). */
  saved?: string;
}

/** What this coder decided for one segment: its codings and a memo on the segment. */
export interface Decision {
  codes: Chosen[];
  memo?: string;
}

export type Mode = 'code' | 'search' | 'memo' | 'segment-memo' | 'help' | 'quote' | 'list' | 'new-code';

export interface QuoteSelection {
  /** Word indices (whitespace-separated words of the text), inclusive. */
  start: number;
  end: number;
  /** Which edge the movement keys move. */
  edge: 'start' | 'end';
}

export interface ListView {
  cursor: number;
  filters: ListFilters;
}

export interface ListFilters {
  transcript?: string;
  informant?: string;
  code?: string;
  show?: 'uncoded' | 'mine' | 'disagree';
}

export interface NewCodeForm {
  field: number;
  values: string[];
}

export interface State {
  items: Item[];
  index: number;
  /** Codings of the segment on screen (the working copy). */
  selected: Chosen[];
  /** Memo on the segment on screen. */
  memo: string;
  /** Which code line has the cursor (index into the code lines: suggestions, then other chosen codes). */
  focus: number;
  mode: Mode;
  input: string;
  hits: CodeChoice[];
  message: string;
  /** Per segment id: what is saved in the codings file (read at start, or accepted in this session). */
  decisions: Record<string, Decision>;
  panel: boolean;
  quote?: QuoteSelection;
  list?: ListView;
  form?: NewCodeForm;
}

export type Effect =
  | { kind: 'accept'; item: Item; before?: Decision; after: Decision }
  | { kind: 'new-code'; code: { id: string; label: string; parent?: string; definition: string } }
  | { kind: 'quit' };

export function start(items: Item[], decisions: Record<string, Decision> = {}): State {
  const s: State = {
    items, index: 0, selected: [], memo: '', focus: 0, mode: 'code', input: '', hits: [], message: '', decisions, panel: true,
  };
  const first = items.findIndex((it) => !decisions[it.segment]);
  return load(s, first < 0 ? items.length : first, '');
}

export function current(s: State): Item | undefined {
  return s.items[s.index];
}

/** The state on item `index`, with its saved decision as the working copy. */
export function load(s: State, index: number, message: string): State {
  const i = Math.max(0, Math.min(index, s.items.length));
  const d = s.items[i] && s.decisions[s.items[i]!.segment];
  return { ...s, index: i, selected: d ? d.codes.map((c) => ({ ...c })) : [], memo: d?.memo ?? '', focus: 0, message, mode: 'code', quote: undefined };
}

/** The code lines on screen: every suggestion, then the chosen codes that are not suggestions. */
export function codeLines(s: State): string[] {
  const item = current(s);
  const sugg = item ? item.suggestions.slice(0, 9).map((g) => g.code) : [];
  return [...sugg, ...s.selected.map((c) => c.code).filter((c) => !sugg.includes(c))];
}

export function focusedCode(s: State): string | undefined {
  return codeLines(s)[s.focus];
}
