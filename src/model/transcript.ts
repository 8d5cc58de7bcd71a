export type Method = 'interview' | 'observation' | 'document' | 'fgd';
export const METHODS: readonly Method[] = ['interview', 'observation', 'document', 'fgd'];

export interface TranscriptMeta {
  id: string;
  informant?: string;
  role?: string;
  group?: string;
  method: Method;
  date?: string;
  language?: string;
  location?: string;
  interviewer: string[];
  speakers?: string[];
}

export interface Segment {
  /** `<transcript-id>#<n>`, n from 1. */
  id: string;
  n: number;
  /** 1-based file lines, inclusive. */
  lines: [number, number];
  /** Character offsets into the file text: [start, end). */
  offsets: [number, number];
  speaker?: string;
  /** The segment text: continuation lines joined with newlines, labels and timestamps removed. */
  text: string;
  /** Interviewer turns are kept as context but never coded. */
  codable: boolean;
  /** Timestamp given on the segment's first line, e.g. `00:12:30`. */
  timestamp?: string;
}

export interface Transcript {
  /** Path as given (relative to the project where possible). */
  file: string;
  meta: TranscriptMeta;
  segments: Segment[];
  /** The whole file text (for re-anchoring codings and citations). */
  text: string;
  /** 1-based line where the body starts (after front matter). */
  bodyLine: number;
}

/** A transcript file left out of a project because of an error, with the ids it most likely has (none: cannot be told). */
export interface UnreadableTranscript {
  file: string;
  ids?: string[];
}
