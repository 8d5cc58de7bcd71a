/**
 * Prepares the conclusion draft's input: per code the triangulation status, who said what, and the
 * quotes to cite (support from different sources first, then limits). Pure.
 */
import { evidenceByCode, type Evidence } from '../analysis/evidence.js';
import type { TriangulationRow } from '../analysis/triangulate.js';
import type { CodedSegment, ReducedTranscript } from '../model/analysis.js';
import { DROP_REASONS, type DropReason } from '../model/analysis.js';
import { depthOf, isLeaf, labelOf, type Codebook } from '../model/codebook.js';
import type { ConclusionInput, Quote } from '../model/conclusion.js';
import type { Method } from '../model/transcript.js';

export interface ConcludeContext {
  lang: 'id' | 'en';
  coders: string[];
  auto: 'on' | 'suggest' | 'off';
  minGroups: number;
  minMethods: number;
}

export function prepareConclusions(
  reduced: ReducedTranscript[], segments: CodedSegment[], cb: Codebook, tri: TriangulationRow[], ctx: ConcludeContext,
): ConclusionInput {
  const ev = evidenceByCode(segments, cb);
  const triById = new Map(tri.map((t) => [t.code, t]));
  const byId = new Map(cb.codes.map((c) => [c.id, c]));
  const dropped = Object.fromEntries(DROP_REASONS.map((d) => [d, 0])) as Record<DropReason, number>;
  for (const r of reduced) for (const d of DROP_REASONS) dropped[d] += r.report.dropped[d];
  const kept = segments.filter((s) => s.reduced.kept);
  return {
    lang: ctx.lang,
    codebook: { id: cb.id, title: cb.title[ctx.lang] ?? cb.title.id ?? cb.title.en ?? cb.id, references: cb.references },
    informants: reduced.map(({ transcript: { meta: m } }) => {
      const i: ConclusionInput['informants'][number] = { transcript: m.id, method: m.method };
      if (m.informant) i.informant = m.informant;
      if (m.role) i.role = m.role;
      if (m.group) i.group = m.group;
      if (m.date) i.date = m.date;
      return i;
    }),
    reduction: {
      segments: reduced.reduce((n, r) => n + r.report.segments, 0),
      kept: reduced.reduce((n, r) => n + r.report.kept, 0),
      wordsBefore: reduced.reduce((n, r) => n + r.report.wordsBefore, 0),
      wordsAfter: reduced.reduce((n, r) => n + r.report.wordsAfter, 0),
      dropped,
    },
    coded: { segments: kept.length, coded: kept.filter((s) => s.codes.length).length, coders: ctx.coders, auto: ctx.auto },
    triangulation: { minGroups: ctx.minGroups, minMethods: ctx.minMethods },
    indicators: cb.codes.map((code) => {
      const t = triById.get(code.id)!;
      const list = ev.get(code.id)!;
      const parent = code.parent ? byId.get(code.parent) : undefined;
      const ind: ConclusionInput['indicators'][number] = {
        id: code.id,
        label: labelOf(code, ctx.lang),
        depth: depthOf(cb, code.id),
        isLeaf: isLeaf(cb, code),
        status: t.status,
        segments: t.segments,
        informants: t.informants,
        groups: t.groupList,
        methods: t.methodList as Method[],
        support: t.support,
        limit: t.limit,
        kappa: t.kappa,
        supportFrom: sources(list.filter((e) => e.polarity === 'support')),
        limitFrom: sources(list.filter((e) => e.polarity === 'limit')),
        supportQuotes: pick(list.filter((e) => e.polarity === 'support'), 3),
        limitQuotes: pick(list.filter((e) => e.polarity === 'limit'), 2),
      };
      const def = code.definition[ctx.lang] ?? code.definition.id ?? code.definition.en;
      if (def) ind.definition = def;
      if (parent) ind.parentLabel = labelOf(parent, ctx.lang);
      return ind;
    }),
  };
}

function citeAs(e: Evidence): string {
  const m = e.segment.transcript.meta;
  return m.role ?? m.informant ?? m.id;
}

function sources(list: Evidence[]): string[] {
  return [...new Set(list.map(citeAs))];
}

/** Best-scoring evidence, one per source first, then more from the same sources; at most n. */
function pick(list: Evidence[], n: number): Quote[] {
  const ranked = [...list].sort((a, b) => b.score - a.score || order(a) - order(b));
  const chosen: Evidence[] = [];
  const used = new Set<string>();
  for (const e of ranked) {
    if (chosen.length >= n) break;
    if (used.has(e.segment.transcript.meta.id)) continue;
    used.add(e.segment.transcript.meta.id);
    chosen.push(e);
  }
  for (const e of ranked) {
    if (chosen.length >= n) break;
    if (!chosen.includes(e)) chosen.push(e);
  }
  return chosen.map(quoteOf);
}

/** One piece of evidence as a citable quote (whole segment text, lines, source). */
export function quoteOf(e: Evidence): Quote {
  const m = e.segment.transcript.meta;
  const seg = e.segment.reduced.segment;
  const q: Quote = {
    text: e.segment.reduced.text, segment: seg.id, transcript: m.id, citeAs: citeAs(e), method: m.method,
    lines: [seg.lines[0], seg.lines[1]], polarity: e.polarity,
  };
  if (m.informant) q.informant = m.informant;
  if (m.date) q.date = m.date;
  return q;
}

function order(e: Evidence): number {
  return e.segment.reduced.segment.n;
}
