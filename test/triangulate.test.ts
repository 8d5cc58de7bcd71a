import { describe, expect, it } from 'vitest';
import { cohensKappa } from '../src/analysis/agreement.js';
import { statusOf } from '../src/analysis/triangulate.js';

const opts = { minGroups: 2, minMethods: 2 };
const base = {
  segments: 6, informants: 3, groups: 2, methods: 2, methodsInData: 2, support: 5, limit: 1, limitFromOthers: true,
  supportGroups: 2, supportMethods: 2, limitGroups: 1, limitMethods: 1, limitInformants: 1,
};

describe('triangulation status', () => {
  it('absent without evidence, single-source with one informant', () => {
    expect(statusOf({ ...base, segments: 0, informants: 0, support: 0, limit: 0 }, opts)).toBe('absent');
    expect(statusOf({ ...base, informants: 1, groups: 1 }, opts)).toBe('single-source');
  });
  it('converged: enough groups and methods, support outweighs limits', () => {
    expect(statusOf(base, opts)).toBe('converged');
  });
  it('a single method is enough when the data has only one', () => {
    expect(statusOf({ ...base, methods: 1, supportMethods: 1, methodsInData: 1 }, opts)).toBe('converged');
    expect(statusOf({ ...base, methods: 1, supportMethods: 1, methodsInData: 3 }, opts)).toBe('thin');
  });
  it('thin: several informants but one group', () => {
    expect(statusOf({ ...base, groups: 1, supportGroups: 1 }, opts)).toBe('thin');
  });
  it('converged rests on the supporting evidence: support from one group is thin even when limits add a second', () => {
    expect(statusOf({ ...base, groups: 2, supportGroups: 1, limitGroups: 1 }, opts)).toBe('thin');
  });
  it('converged-limit: a limit confirmed by three sources, two groups and two methods, more limit than support', () => {
    const limitConfirmed = {
      ...base, segments: 4, informants: 3, support: 1, limit: 3, supportGroups: 1, supportMethods: 1,
      limitGroups: 2, limitMethods: 2, limitInformants: 3,
    };
    expect(statusOf(limitConfirmed, opts)).toBe('converged-limit');
    expect(statusOf({ ...limitConfirmed, limitGroups: 1 }, opts)).toBe('thin');
    expect(statusOf({ ...limitConfirmed, limitMethods: 1 }, opts)).toBe('thin');
    expect(statusOf({ ...limitConfirmed, support: 3, limit: 3, segments: 6 }, opts)).toBe('contested');
  });
  it('contested: substantial support and limits from different sources', () => {
    expect(statusOf({ ...base, segments: 8, support: 4, limit: 4 }, opts)).toBe('contested');
    expect(statusOf({ ...base, segments: 8, support: 4, limit: 4, informants: 2, limitFromOthers: false }, opts)).not.toBe('contested');
  });
  it('respects the thresholds from telaah.yaml', () => {
    expect(statusOf({ ...base, groups: 2 }, { minGroups: 3, minMethods: 2 })).toBe('thin');
    expect(statusOf({ ...base, groups: 3, supportGroups: 3 }, { minGroups: 3, minMethods: 2 })).toBe('converged');
  });
});

describe("Cohen's kappa", () => {
  const pairs = (yy: number, yn: number, ny: number, nn: number): [boolean, boolean][] => [
    ...Array.from({ length: yy }, () => [true, true] as [boolean, boolean]),
    ...Array.from({ length: yn }, () => [true, false] as [boolean, boolean]),
    ...Array.from({ length: ny }, () => [false, true] as [boolean, boolean]),
    ...Array.from({ length: nn }, () => [false, false] as [boolean, boolean]),
  ];
  it('reproduces the textbook example (20/5/10/15 → 0.4)', () => {
    expect(cohensKappa(pairs(20, 5, 10, 15))).toBeCloseTo(0.4, 10);
  });
  it('is 1 for perfect agreement and negative below chance', () => {
    expect(cohensKappa(pairs(10, 0, 0, 10))).toBe(1);
    expect(cohensKappa(pairs(0, 10, 10, 0))).toBe(-1);
  });
  it('is undefined (null) when chance agreement is total or there are no units', () => {
    expect(cohensKappa(pairs(0, 0, 0, 12))).toBeNull();
    expect(cohensKappa([])).toBeNull();
  });
});
