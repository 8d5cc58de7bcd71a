/**
 * Triangulation of sources (stakeholder groups), methods and coders per code (contract statuses:
 * converged, contested, thin, single-source, absent). Pure.
 */
import type { CodedSegment, Status } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';
import { coderAgreement } from './coders.js';
import { evidenceByCode, informantsOf } from './evidence.js';

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
    const groups = orderedUnique(list.map((e) => e.segment.transcript.meta.group ?? e.segment.transcript.meta.id));
    const methods = orderedUnique(list.map((e) => e.segment.transcript.meta.method));
    const dates = new Set(list.map((e) => e.segment.transcript.meta.date).filter(Boolean));
    const support = list.filter((e) => e.polarity === 'support');
    const limit = list.filter((e) => e.polarity === 'limit');
    const sources = informantsOf;
    const status = statusOf({
      segments: list.length, informants: informants.size, groups: groups.length, methods: methods.length, methodsInData,
      support: support.length, limit: limit.length,
      limitFromOthers: [...sources(limit)].some((s) => !sources(support).has(s)) || sources(limit).size + sources(support).size > 2,
    }, opts);
    return {
      code: code.id, segments: list.length, informants: informants.size, groups: groups.length, methods: methods.length,
      dates: dates.size, support: support.length, limit: limit.length, status, groupList: groups, methodList: methods,
      kappa: kappas.get(code.id) ?? null,
    };
  });
}

interface Counts {
  segments: number;
  informants: number;
  groups: number;
  methods: number;
  methodsInData: number;
  support: number;
  limit: number;
  /** Limit evidence does not all come from the sources that give the support. */
  limitFromOthers: boolean;
}

/** The status rules, in order: absent, single-source, contested, converged, thin. */
export function statusOf(c: Counts, opts: TriangulationOptions): Status {
  if (c.segments === 0) return 'absent';
  if (c.informants <= 1) return 'single-source';
  const substantial = (n: number) => n >= 2 && n >= 0.3 * c.segments;
  if (substantial(c.support) && substantial(c.limit) && c.limitFromOthers && c.limit >= c.support * 0.5) return 'contested';
  const enoughMethods = c.methodsInData <= 1 || c.methods >= Math.min(opts.minMethods, c.methodsInData);
  if (c.groups >= opts.minGroups && enoughMethods && c.support > c.limit) return 'converged';
  return 'thin';
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
