/**
 * What the phrase tables of the conclusion draft (phrases-id.ts, phrases-en.ts) provide, and the
 * helpers they share. Every sentence the draft writes lives in a phrase table; conclusions.ts only
 * chooses, orders and lays them out. Pure.
 *
 * Variants (arrays indexed by the leaf's position) keep successive indicator sections from opening
 * with the same words; the choice is deterministic.
 */
import { STATUSES, type DropReason, type Status } from '../model/analysis.js';
import type { CodeKind, Indicator, Quote } from '../model/conclusion.js';
import type { Method } from '../model/transcript.js';

/** Formatting helpers built for one language (see makeFmt in conclusions.ts). */
export interface Fmt {
  /** Counts up to ten in words, larger ones in digits. */
  num(n: number): string;
  /** Digits with the language's thousands separator. */
  int(n: number): string;
  /** `a, b, dan c`; semicolons between items when an item has a comma of its own. */
  list(items: readonly string[]): string;
  /** A label for use inside a sentence (first letter lower-cased unless it looks like an acronym). */
  name(label: string): string;
  /** Names, at most `max` of them and then "and N other sources". */
  who(names: readonly string[], max?: number): string;
  methods(ms: readonly Method[]): string;
  groups(gs: readonly string[]): string;
  /** `delapan sumber` / `tujuh informan`: informants when all evidence is spoken (interview, FGD). */
  sources(n: number, methods: readonly Method[]): string;
  /** Kappa with two decimals and the language's decimal mark. */
  decimal(k: number): string;
}

export type { KappaBand as Band } from '../analysis/agreement.js';
import type { KappaBand as Band } from '../analysis/agreement.js';

/** Why a `thin` indicator falls short of the triangulation rule; `side`: the evidence that outweighs the other. */
export type ThinReason =
  | { kind: 'groups'; side: 'support' | 'limit'; groups: string[] }
  | { kind: 'methods'; side: 'support' | 'limit'; methods: Method[] }
  | { kind: 'balance' }
  | { kind: 'criterion' };

/** One leaf indicator as the phrases see it. */
export interface LeafView {
  ind: Indicator;
  /** Position among the leaves (0-based): picks the sentence variant. */
  i: number;
  thin: ThinReason[];
  minGroups: number;
  minMethods: number;
  /** Manual coders in the project (0: every piece of evidence is automatic). */
  coders: number;
}

/** What a suggestion names: the limit as a source said it, who said it, and where. */
export interface SuggestionFacts {
  quote: Quote;
  /** The most limiting sentence of the quote, shortened. */
  clause: string;
  citation: string;
  /** Who said it: `Camat Pujud (pemerintah)`; and the other sources of limits. */
  source: string;
  others: string[];
  /** The stakeholder groups of all the indicator's evidence: who should act. */
  actors: string[];
}

export interface ParentView {
  ind: Indicator;
  children: Indicator[];
}

export interface MethodFacts {
  sources: number;
  byMethod: [Method, number][];
  roles: string[];
  groups: string[];
  frame: string;
  leaves: number;
  reduction: { segments: number; kept: number; wordsBefore: number; wordsAfter: number };
  dropped: [DropReason, number][];
  coded: { segments: number; coded: number; coders: string[]; auto: 'on' | 'suggest' | 'off'; minConfidence: number };
  minGroups: number;
  minMethods: number;
  methodsInData: number;
}

export type StatusCounts = [Status, number][];

export interface Phrases {
  months: readonly string[];
  numberWords: readonly string[];
  and: string;
  thousands: string;
  decimalMark: string;
  others(n: number, x: Fmt): string;
  /** Method as written in citations and running text. */
  method: Record<Method, string>;
  sourceNoun(n: number, spoken: boolean): string;
  lines(single: boolean): string;
  heading: { title: string; method: string; results: string; conclusions: string; suggestions: string; references: string };
  draftNote: string;
  methodSection(f: MethodFacts, x: Fmt): string[];
  parentSummary(v: ParentView, x: Fmt): string;
  evidence(v: LeafView, x: Fmt): string;
  /** How much of the evidence only the automatic coder gave (empty when none of it is automatic and there is no coder). */
  provenanceNote(v: LeafView, x: Fmt): string;
  status(v: LeafView, x: Fmt): string;
  quotesIntro(v: LeafView, n: number): string;
  limits(v: LeafView, n: number, x: Fmt): string;
  /** For a confirmed limit (converged-limit): the supporting evidence that speaks against it. */
  supportAgainst(v: LeafView, n: number, x: Fmt): string;
  kappa(k: number, band: Band, x: Fmt): string;
  absent(v: LeafView, x: Fmt): string;
  interpretation(v: LeafView, x: Fmt): string;
  conclusionOpening(counts: StatusCounts, total: number, x: Fmt): string;
  conclusionItem(v: LeafView, x: Fmt): string;
  suggestionIntro: string;
  suggestionNote: string;
  /** `k`: position in the suggestion list (picks the variant). */
  suggestionItem(v: LeafView, f: SuggestionFacts, x: Fmt): string;
  furtherResearch(absent: string[], single: string[], unused: Method[], x: Fmt): string;
  noLimits: string;
}

export const pick = <T>(variants: readonly T[], i: number): T => variants[i % variants.length]!;
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Statuses in the order summaries list them. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

/** Non-zero status counts in a fixed order. */
export function statusCounts(inds: readonly Pick<Indicator, 'status'>[]): StatusCounts {
  return STATUS_ORDER.map((st) => [st, inds.filter((i) => i.status === st).length] as [Status, number]).filter(([, n]) => n > 0);
}

/** The one source of a single-source indicator. */
export function soleSource(ind: Indicator): string {
  return ind.supportFrom[0] ?? ind.limitFrom[0] ?? '';
}

/** The side whose evidence outweighs the other, if one does. */
export function leaning(ind: Indicator): 'support' | 'limit' | undefined {
  return ind.support > ind.limit ? 'support' : ind.limit > ind.support ? 'limit' : undefined;
}

export type { CodeKind };
