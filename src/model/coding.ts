import type { Position } from './diagnostic.js';

/** One manual coding as a coder wrote it (or the tool wrote it for them). */
export interface ManualCoding {
  coder: string;
  transcript: string;
  code: string;
  quote: string;
  memo?: string;
  /** Whether the passage supports the code or shows a limit of it (default support). */
  polarity?: 'support' | 'limit';
  /** Hints the tool stores to re-anchor after edits; a person may give `line` alone. */
  line?: number;
  prefix?: string;
  suffix?: string;
  offset?: number;
  /** Where this entry is in the codings file (for messages). */
  pos: Position;
  codePos: Position;
}

/** A segment the coder looked at and left without a code. */
export interface Decided {
  coder: string;
  transcript: string;
  quote: string;
  line?: number;
  pos: Position;
}

export interface CodingsFile {
  file: string;
  coder: string;
  codings: ManualCoding[];
  decided: Decided[];
}

/** Where a coding's quote was found in its transcript. */
export interface Anchor {
  /** Character offsets in the transcript file text, [start, end). */
  start: number;
  end: number;
  /** 0 when the quote was found as written (ignoring whitespace and case). */
  distance: number;
}
