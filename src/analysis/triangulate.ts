/**
 * Triangulation of sources (stakeholder groups), methods and coders per code (contract statuses:
 * converged, converged-limit, contested, thin, single-source, absent). Pure.
 */
import { STATUSES, type CodedSegment, type Status } from '../model/analysis.js';
import { isLeaf, type Codebook } from '../model/codebook.js';
import { coderAgreement } from './coders.js';
import { evidenceByCode, informantsOf, type Evidence } from './evidence.js';

export type { Status };

export interface TriangulationRow {
  code: string;
  segments: number;
  /** Distinct transcripts (one informant or source each). */
  informants: number;
  groups: number;
  methods: number;
  dates: number;
  support: number;
  limit: number;
  status: Status;
  groupList: string[];
  methodList: string[];
  /** Groups and methods of the supporting and of the limiting evidence (what converged and converged-limit rest on). */
  supportGroups: string[];
  supportMethods: string[];
  limitGroups: string[];
  limitMethods: string[];
  /** Evidence segments coded only by the automatic coder (no coder confirmed them). */
  autoOnly: number;
  /** Mean pairwise Cohen's kappa between coders (investigator triangulation); null with fewer than two coders or when undefined. */
  kappa: number | null;
}

export interface TriangulationOptions {
  minGroups: number;
  minMethods: number;
}

export function triangulate(segments: CodedSegment[], cb: Codebook, opts: TriangulationOptions, coders: string[]): TriangulationRow[] {
  const ev = evidenceByCode(segments, cb);
  const methodsInData = new Set(segments.map((s) => s.transcript.meta.method)).size;
  const kappas = coderKappas(segments, cb, coders);
  return cb.codes.map((code) => {
    const list = ev.get(code.id)!;
    const informants = informantsOf(list);
    const all = sides(list);
    const support = list.filter((e) => e.polarity === 'support');
    const limit = list.filter((e) => e.polarity === 'limit');
    const sup = sides(support);
    const lim = sides(limit);
    const sources = informantsOf;
    const status = statusOf({
      segments: list.length, informants: informants.size, groups: all.groups.length, methods: all.methods.length, methodsInData,
      support: support.length, limit: limit.length,
      supportGroups: sup.groups.length, supportMethods: sup.methods.length,
      limitGroups: lim.groups.length, limitMethods: lim.methods.length, limitInformants: sources(limit).size,
      limitFromOthers: [...sources(limit)].some((s) => !sources(support).has(s)) || sources(limit).size + sources(support).size > 2,
    }, opts);
    return {
      code: code.id, segments: list.length, informants: informants.size, groups: all.groups.length, methods: all.methods.length,
      dates: new Set(list.map((e) => e.segment.transcript.meta.date).filter(Boolean)).size,
      support: support.length, limit: limit.length, status, groupList: all.groups, methodList: all.methods,
      supportGroups: sup.groups, supportMethods: sup.methods, limitGroups: lim.groups, limitMethods: lim.methods,
      autoOnly: list.filter((e) => e.coders.length === 0).length,
      kappa: kappas.get(code.id) ?? null,
    };
  });
}

/** The stakeholder groups (a transcript without one is its own) and methods behind some evidence, in order of appearance. */
function sides(list: readonly Evidence[]): { groups: string[]; methods: string[] } {
  return {
    groups: orderedUnique(list.map((e) => e.segment.transcript.meta.group ?? e.segment.transcript.meta.id)),
    methods: orderedUnique(list.map((e) => e.segment.transcript.meta.method)),
  };
}

export interface Counts {
  segments: number;
  informants: number;
  groups: number;
  methods: number;
  methodsInData: number;
  support: number;
  limit: number;
  /** Groups and methods of the supporting evidence alone. */
  supportGroups: number;
  supportMethods: number;
  /** Groups, methods and informants of the limiting evidence alone. */
  limitGroups: number;
  limitMethods: number;
  limitInformants: number;
  /** Limit evidence does not all come from the sources that give the support. */
  limitFromOthers: boolean;
}

/**
 * The status rules, in order (docs/triangulation.md has them as a table): absent, single-source,
 * contested, converged (the supporting evidence is triangulated and outweighs the limits),
 * converged-limit (the limiting evidence is triangulated and outweighs the support), thin.
 */
export function statusOf(c: Counts, opts: TriangulationOptions): Status {
  if (c.segments === 0) return 'absent';
  if (c.informants <= 1) return 'single-source';
  const substantial = (n: number) => n >= 2 && n >= 0.3 * c.segments;
  if (substantial(c.support) && substantial(c.limit) && c.limitFromOthers && c.limit >= c.support * 0.5) return 'contested';
  const triangulated = (groups: number, methods: number) => groups >= opts.minGroups && enoughMethods(methods, c.methodsInData, opts);
  if (c.support > c.limit && triangulated(c.supportGroups, c.supportMethods)) return 'converged';
  if (c.limit > c.support && c.limitInformants >= 2 && triangulated(c.limitGroups, c.limitMethods)) return 'converged-limit';
  return 'thin';
}

/** Methods needed: `min_methods`, or as many as the data has when it has fewer; none when it has one. */
export function enoughMethods(methods: number, methodsInData: number, opts: TriangulationOptions): boolean {
  return methodsInData <= 1 || methods >= Math.min(opts.minMethods, methodsInData);
}

function orderedUnique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Per code, the mean pairwise Cohen's kappa of the coders (investigator triangulation); none with fewer than two coders. */
function coderKappas(segments: CodedSegment[], cb: Codebook, coders: string[]): Map<string, number> {
  const sums = new Map<string, number[]>();
  for (let i = 0; i < coders.length; i++) {
    for (let j = i + 1; j < coders.length; j++) {
      for (const c of coderAgreement(segments, cb, coders[i]!, coders[j]!).codes) {
        if (c.kappa !== null) sums.set(c.code, [...(sums.get(c.code) ?? []), c.kappa]);
      }
    }
  }
  return new Map([...sums].map(([code, ks]) => [code, Math.round((ks.reduce((a, b) => a + b, 0) / ks.length) * 1000) / 1000]));
}

/**
 * The codes whose statuses are counted in every summary (CLI, draft, report; `level` = indicator in
 * triangulation.csv): the codes without sub-codes. A parent (dimension) has a status of its own,
 * shown beside it, but is not counted again.
 */
export function isIndicator(cb: Codebook, id: string): boolean {
  const code = cb.codes.find((c) => c.id === id);
  return !!code && isLeaf(cb, code);
}

/** How many indicators have each status, every status listed (zeros included), in STATUSES order. */
export function indicatorStatusCounts(rows: readonly TriangulationRow[], cb: Codebook): [Status, number][] {
  const counted = rows.filter((r) => isIndicator(cb, r.code));
  return STATUSES.map((st) => [st, counted.filter((r) => r.status === st).length]);
}
