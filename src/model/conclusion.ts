/** What the conclusion-draft writer gets: everything already counted and chosen, nothing to compute. */
import type { DropReason, Status } from './analysis.js';
import type { CodeKind } from './codebook.js';
import type { Method } from './transcript.js';

export type { CodeKind };

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
  /** Who coded it: `sari`, `sari + budi`, `auto 0.82`, or `auto` when the confidence is unknown. */
  codedBy: string;
  /** Coded by hand (a coder), not only by the automatic coder. */
  hand: boolean;
  /** Stakeholder group of the source, if it has one. */
  group?: string;
  /**
   * A limit quote: the words of the keyword match its limit rests on, as the text writes them, when
   * the automatic coder found one (the draft's suggestion names the sentence that holds them when no
   * sentence voices the limit with a cue word).
   */
  limitWords?: string;
}

export interface Indicator {
  id: string;
  label: string;
  /** What the evidence is about: a process (working / limited), a condition (present / absent), an outcome (achieved / not yet). */
  kind: CodeKind;
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
  /** Groups and methods of the supporting and of the limiting evidence alone. */
  supportGroups: string[];
  supportMethods: Method[];
  limitGroups: string[];
  limitMethods: Method[];
  /** Evidence segments that only the automatic coder coded (at or above min_confidence, not confirmed by a coder). */
  autoOnly: number;
  /** Mean pairwise Cohen's kappa of the coders, when there are two or more. */
  kappa: number | null;
  /** Who gave supporting / limiting evidence (citeAs names, in transcript order). */
  supportFrom: string[];
  limitFrom: string[];
  /**
   * Up to three supporting quotes, best first: hand-coded before automatic, from different groups and
   * informants where the data allows, none with a limit cue for this code, none quoted for another indicator.
   */
  supportQuotes: Quote[];
  /** Up to two limiting quotes (also never quoted for another indicator). */
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
  /** minConfidence: automatic codes below it are not evidence. */
  coded: { segments: number; coded: number; coders: string[]; auto: 'on' | 'suggest' | 'off'; minConfidence: number };
  triangulation: { minGroups: number; minMethods: number };
  /** Every code in codebook order (parents before their children). */
  indicators: Indicator[];
}
