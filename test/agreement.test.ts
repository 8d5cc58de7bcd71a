import { describe, expect, it } from 'vitest';
import { agreementOf, kappaBandLabel, krippendorffAlpha, percentAgreement } from '../src/analysis/agreement.js';
import { run } from './helpers/cli.js';

const fromLists = (a: number[], b: number[]): [boolean, boolean][] => a.map((x, i) => [x === 1, b[i] === 1]);

describe("Krippendorff's alpha (nominal, two coders)", () => {
  it('reproduces Krippendorff (2011) binary example: α = 0.095', () => {
    // "Computing Krippendorff's Alpha-Reliability", section A: two observers, ten units
    const A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    expect(krippendorffAlpha(fromLists(A, B))).toBeCloseTo(0.095, 3);
    expect(percentAgreement(fromLists(A, B))).toBe(0.6);
  });
  it('is 1 for perfect agreement with both values present, and undefined when only one value occurs', () => {
    expect(krippendorffAlpha(fromLists([1, 0, 1], [1, 0, 1]))).toBe(1);
    expect(krippendorffAlpha(fromLists([0, 0, 0], [0, 0, 0]))).toBeNull();
    expect(krippendorffAlpha([])).toBeNull();
  });
  it('agreementOf: neither coder used the code → agreement 1, kappa and alpha null', () => {
    expect(agreementOf(fromLists([0, 0], [0, 0]))).toEqual({ agreement: 1, kappa: null, alpha: null, units: 2 });
  });
  it('labels kappa with the Landis & Koch bands', () => {
    expect([-0.1, 0.1, 0.3, 0.5, 0.7, 0.9, null].map(kappaBandLabel)).toEqual(['poor', 'slight', 'fair', 'moderate', 'substantial', 'almost perfect', 'undefined']);
  });
});

describe('telaah agree', () => {
  it('prints the JSON contract', async () => {
    const r = await run(['agree', 'samples/pujud', '--coders', 'sari,auto', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['overall', 'polarity', 'codes', 'crossValidation']);
    expect(Object.keys(j.polarity)).toEqual(['units', 'agreement']);
    expect(Object.keys(j.overall)).toEqual(['agreement', 'kappa', 'alpha', 'units']);
    expect(j.codes.map((c: { code: string }) => c.code)).toEqual(['dialog-tatap-muka', 'membangun-kepercayaan', 'komitmen-proses', 'berbagi-pemahaman', 'hasil-sementara']);
    expect(j.overall.units).toBe(j.codes.reduce((n: number, c: { units: number }) => n + c.units, 0));
  });
  it('the table lists the segments to discuss, with the quote', async () => {
    const r = await run(['agree', 'samples/pujud', '--coders', 'sari,auto']);
    expect(r.stdout).toMatch(/all codes \(pooled\)/);
    expect(r.stdout).toMatch(/Segments to discuss \(\d+\):/);
    expect(r.stdout).toMatch(/only auto: /);
  });
  it('names unknown coders and rejects a malformed --coders', async () => {
    const r = await run(['agree', 'samples/pujud', '--coders', 'sari,budi']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no codings for budi/);
    expect((await run(['agree', 'samples/pujud', '--coders', 'sari'])).code).toBe(2);
  });
});
