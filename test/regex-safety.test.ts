import { describe, expect, it } from 'vitest';
import { backtrackRisk } from '../src/codebook/regex-safety.js';

describe('backtrackRisk', () => {
  it('flags nested unbounded repeats', () => {
    for (const re of ['(a+)+$', '(a*)*', '(?:x+y?)+z', '((ab)*c)*', '(\\w+\\s?){2,}', '(a|b+)+']) expect(backtrackRisk(re), re).toBeDefined();
  });
  it('accepts the patterns codebooks use', () => {
    for (const re of ['tatap[- ]muka', '\\b(rapat|musyawarah)\\b', '\\bmasih (jalan|berjalan)\\b', '(a+)?b', '[(+*]+', '\\(a+\\)+', 'face[- ]to[- ]face'])
      expect(backtrackRisk(re), re).toBeUndefined();
  });
});
