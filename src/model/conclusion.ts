/** What the conclusion-draft writer gets: everything already counted and chosen, nothing to compute. */
import type { DropReason, Status } from './analysis.js';
import type { Method } from './transcript.js';

export type { Status };

export interface Quote {
  /** The segment text (normalised), whole. */
  text: string;
  /** Segment id, e.g. pujud-kapolsek#12. */
  segment: string;
  transcript: string;
  informant?: string;
  /** Position used in citations: role, else informant, else transcript id. */
  citeAs: string;
  method: Method;
  /** YYYY-MM-DD */
  date?: string;
  lines: [number, number];
  polarity: 'support' | 'limit';
}

export interface Indicator {
  id: string;
  label: string;
  definition?: string;
  /** 0 for top-level codes. */
  depth: number;
  isLeaf: boolean;
  parentLabel?: string;
  status: Status;
  segments: number;
  informants: number;
  groups: string[];
  methods: Method[];
  support: number;
  limit: number;
  /** Mean pairwise Cohen's kappa of the coders, when there are two or more. */
  kappa: number | null;
  /** Who gave supporting / limiting evidence (citeAs names, in transcript order). */
  supportFrom: string[];
  limitFrom: string[];
  /** Up to three supporting quotes, from different sources where possible, best first. */
  supportQuotes: Quote[];
  /** Up to two limiting quotes. */
  limitQuotes: Quote[];
}

export interface InformantInfo {
  transcript: string;
  informant?: string;
  role?: string;
  group?: string;
  method: Method;
  date?: string;
}

export interface ConclusionInput {
  lang: 'id' | 'en';
  codebook: { id: string; title: string; references: string[] };
  informants: InformantInfo[];
  reduction: {
    segments: number;
    kept: number;
    wordsBefore: number;
    wordsAfter: number;
    dropped: Record<DropReason, number>;
  };
  /** Coded (kept) segments and how many have at least one code. */
  coded: { segments: number; coded: number; coders: string[]; auto: 'on' | 'suggest' | 'off' };
  triangulation: { minGroups: number; minMethods: number };
  /** Every code in codebook order (parents before their children). */
  indicators: Indicator[];
}
