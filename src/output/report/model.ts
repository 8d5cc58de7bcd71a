/**
 * What the HTML report and the SVG figures show, gathered from a finished study: the counts come
 * from the study's matrices and triangulation, the polarity split and quotes from evidenceByCode
 * (the one counting rule), so the report always agrees with out/matrix/ and out/triangulation.csv.
 * Pure.
 */
import { evidenceByCode, provenance, type Evidence } from '../../analysis/evidence.js';
import type { Matrix } from '../../analysis/matrices.js';
import type { Polarity } from '../../model/analysis.js';
import type { Codebook } from '../../model/codebook.js';
import type { ConclusionInput, Indicator } from '../../model/conclusion.js';
import { METHODS, type Method } from '../../model/transcript.js';
import { oneLineUpTo } from '../../text/one-line.js';
import { quoteOf } from '../../passes/conclude.js';
import type { Study } from '../../passes/study.js';
import { PHRASES } from '../conclusions-text.js';
import { citation, humanGroup } from '../conclusions.js';
import { LABELS, type Labels } from './labels.js';

/** At most this many quotes per code and informant in the report (the rest are counted, not shown). */
export const MAX_QUOTES_PER_SOURCE = 25;

/**
 * A quote longer than this many characters (some 3,000 words, far more than any answer in an
 * interview: a transcript without line breaks) is shown cut, with a note; segments.jsonl keeps it whole.
 */
export const MAX_QUOTE_CHARS = 20_000;

export interface ReportOptions {
  codebook: Codebook;
  lang: 'id' | 'en';
  version: string;
}

export interface Source {
  /** Transcript id. */
  id: string;
  /** Role, else informant, else id (as in citations). */
  label: string;
  informant?: string;
  group: string;
  method: Method;
  date?: string;
}

export interface SourceGroup {
  id: string;
  label: string;
  sources: Source[];
}

export interface Split {
  count: number;
  support: number;
  limit: number;
}

export interface HeatRow {
  indicator: Indicator;
  /** One per source, in the grouped column order. */
  cells: Split[];
}

export interface QuoteItem {
  segment: string;
  source: string;
  group: string;
  polarity: Polarity;
  /** The segment's text on one line, at most MAX_QUOTE_CHARS characters. */
  text: string;
  /** The text stops short of the segment's end. */
  cut: boolean;
  citation: string;
  /** Who coded it: `sari`, `sari + budi`, `auto 0.82`, `auto`. */
  codedBy: string;
  /** The coders' names, or `auto`: what the coder filter matches. */
  coders: string[];
}

export interface CodeEvidence {
  indicator: Indicator;
  /** Quotes listed under this code (for a parent: only those no sub-code lists). */
  quotes: QuoteItem[];
  omitted: number;
  /** A parent whose evidence all appears under its sub-codes. */
  inChildren: boolean;
}

export interface ReportModel {
  L: Labels;
  version: string;
  conclusions: ConclusionInput;
  /** Stakeholder groups in order of first appearance, each with its sources in transcript order. */
  groups: SourceGroup[];
  /** The sources flattened in group order: the heatmap's columns. */
  sources: Source[];
  methods: Method[];
  heat: HeatRow[];
  /** Per code (codebook order): evidence split by group and by method, for the triangulation figure. */
  byGroup: Split[][];
  byMethod: Split[][];
  evidence: CodeEvidence[];
  /** The coder filter's choices: the coders with quotes in the report, then `auto` if any quote is automatic. */
  coders: string[];
  cooccurrence: Matrix;
}

const NO_GROUP = '(none)';
/** The automatic coder, as the coder filter names it. */
const AUTO = 'auto';

export function reportModel(s: Study, opts: ReportOptions): ReportModel {
  const L = LABELS[opts.lang];
  const cb = opts.codebook;
  const byInformant = matrix(s, 'code-by-informant');
  const groupOrder = matrix(s, 'code-by-group').columns.map((c) => c.id);
  const metaById = new Map(s.reduced.map((r) => [r.transcript.meta.id, r.transcript.meta]));
  const listed: Source[] = byInformant.columns.map((c) => {
    const m = metaById.get(c.id)!;
    const src: Source = { id: c.id, label: c.label, group: m.group ?? NO_GROUP, method: m.method };
    if (m.informant) src.informant = m.informant;
    if (m.date) src.date = m.date;
    return src;
  });
  const groups = groupOrder.map((g) => ({
    id: g, label: g === NO_GROUP ? L.noGroup : humanGroup(g), sources: listed.filter((x) => x.group === g),
  }));
  const sources = groups.flatMap((g) => g.sources);
  const column = new Map(byInformant.columns.map((c, i) => [c.id, i]));
  const methods = METHODS.filter((m) => sources.some((x) => x.method === m));
  const ev = evidenceByCode(s.segments, cb);
  const indicators = s.conclusions.indicators;
  const P = PHRASES[opts.lang];
  const evidence = indicators.map((ind) => codeEvidence(ind, cb, ev, (e) => citation(quoteOf(e), P)));
  const used = new Set(evidence.flatMap((e) => e.quotes.flatMap((q) => q.coders)));
  const coders = [...[...used].filter((c) => c !== AUTO).sort(), ...(used.has(AUTO) ? [AUTO] : [])];
  return {
    L, version: opts.version, conclusions: s.conclusions, groups, sources, methods,
    heat: indicators.map((ind) => {
      const totals = byInformant.rows.find((r) => r.id === ind.id)!;
      const splits = splitBy(ev.get(ind.id)!, (e) => e.segment.transcript.meta.id);
      return {
        indicator: ind,
        cells: sources.map((src) => ({ ...(splits.get(src.id) ?? EMPTY), count: Number(totals.cells[column.get(src.id)!]) })),
      };
    }),
    byGroup: indicators.map((ind) => {
      const splits = splitBy(ev.get(ind.id)!, (e) => e.segment.transcript.meta.group ?? NO_GROUP);
      return groups.map((g) => splits.get(g.id) ?? EMPTY);
    }),
    byMethod: indicators.map((ind) => {
      const splits = splitBy(ev.get(ind.id)!, (e) => e.segment.transcript.meta.method);
      return methods.map((m) => splits.get(m) ?? EMPTY);
    }),
    evidence,
    coders,
    cooccurrence: matrix(s, 'cooccurrence'),
  };
}

function matrix(s: Study, name: string): Matrix {
  const m = s.matrices.find((x) => x.name === name);
  if (!m) throw new Error(`the study has no ${name} matrix`);
  return m;
}

const EMPTY: Split = { count: 0, support: 0, limit: 0 };

/** Evidence counted per key (source, group or method), split by polarity. */
function splitBy(list: Evidence[], key: (e: Evidence) => string): Map<string, Split> {
  const out = new Map<string, Split>();
  for (const e of list) {
    const k = key(e);
    const x = out.get(k) ?? { count: 0, support: 0, limit: 0 };
    x.count++;
    x[e.polarity]++;
    out.set(k, x);
  }
  return out;
}

function codeEvidence(ind: Indicator, cb: Codebook, ev: Map<string, Evidence[]>, cite: (e: Evidence) => string): CodeEvidence {
  const all = ev.get(ind.id)!;
  const below = new Set(cb.codes.filter((c) => c.parent === ind.id).flatMap((c) => ev.get(c.id)!.map((e) => e.segment.reduced.segment.id)));
  const own = all.filter((e) => !below.has(e.segment.reduced.segment.id));
  const perSource = new Map<string, number>();
  const shown = own.filter((e) => {
    const id = e.segment.transcript.meta.id;
    const n = (perSource.get(id) ?? 0) + 1;
    perSource.set(id, n);
    return n <= MAX_QUOTES_PER_SOURCE;
  });
  const out: CodeEvidence = {
    indicator: ind,
    quotes: shown.map((e) => ({
      segment: e.segment.reduced.segment.id,
      source: e.segment.transcript.meta.id,
      group: e.segment.transcript.meta.group ?? NO_GROUP,
      polarity: e.polarity,
      ...oneLineUpTo(e.segment.reduced.text, MAX_QUOTE_CHARS),
      citation: cite(e),
      codedBy: provenance(e),
      coders: e.coders.length ? e.coders : [AUTO],
    })),
    omitted: own.length - shown.length,
    inChildren: all.length > 0 && own.length === 0,
  };
  return out;
}
