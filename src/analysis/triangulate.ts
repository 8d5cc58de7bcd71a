/**
 * Triangulation of sources (stakeholder groups), methods and coders per code (contract statuses:
 * converged, contested, thin, single-source, absent). Pure.
 */
import type { CodedSegment, Status } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';
import { cohensKappa } from './agreement.js';
import { evidenceByCode } from './evidence.js';

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
  const transcriptOrder = new Map<string, number>();
  for (const s of segments) if (!transcriptOrder.has(s.transcript.meta.id)) transcriptOrder.set(s.transcript.meta.id, transcriptOrder.size);
  return cb.codes.map((code) => {
    const list = ev.get(code.id)!;
    const informants = new Set(list.map((e) => e.segment.transcript.meta.id));
    const groups = orderedUnique(list.map((e) => e.segment.transcript.meta.group ?? e.segment.transcript.meta.id));
    const methods = orderedUnique(list.map((e) => e.segment.transcript.meta.method));
    const dates = new Set(list.map((e) => e.segment.transcript.meta.date).filter(Boolean));
    const support = list.filter((e) => e.polarity === 'support');
    const limit = list.filter((e) => e.polarity === 'limit');
    const sources = (l: typeof list) => new Set(l.map((e) => e.segment.transcript.meta.id));
    const status = statusOf({
      segments: list.length, informants: informants.size, groups: groups.length, methods: methods.length, methodsInData,
      support: support.length, limit: limit.length,
      limitFromOthers: [...sources(limit)].some((s) => !sources(support).has(s)) || sources(limit).size + sources(support).size > 2,
    }, opts);
    return {
      code: code.id, segments: list.length, informants: informants.size, groups: groups.length, methods: methods.length,
      dates: dates.size, support: support.length, limit: limit.length, status, groupList: groups, methodList: methods,
      kappa: coderKappa(segments, code.id, coders),
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

/**
 * Mean pairwise Cohen's kappa for one code: units are the kept, codable segments of transcripts
 * both coders of a pair coded at all; each unit is "applied" or "not applied" per coder.
 */
function coderKappa(segments: CodedSegment[], code: string, coders: string[]): number | null {
  if (coders.length < 2) return null;
  const ks: number[] = [];
  for (let i = 0; i < coders.length; i++) {
    for (let j = i + 1; j < coders.length; j++) {
      const a = `manual:${coders[i]}`;
      const b = `manual:${coders[j]}`;
      const touched = (origin: string) => new Set(segments.filter((s) => s.codes.some((c) => c.origin === origin)).map((s) => s.transcript.meta.id));
      const both = [...touched(a)].filter((t) => touched(b).has(t));
      const units = segments.filter((s) => s.reduced.kept && both.includes(s.transcript.meta.id));
      if (!units.length) continue;
      const has = (s: CodedSegment, origin: string) => s.codes.some((c) => c.origin === origin && (c.code === code || c.path.includes(code)));
      const k = cohensKappa(units.map((s) => [has(s, a), has(s, b)] as [boolean, boolean]));
      if (k !== null) ks.push(k);
    }
  }
  return ks.length ? Math.round((ks.reduce((x, y) => x + y, 0) / ks.length) * 1000) / 1000 : null;
}
