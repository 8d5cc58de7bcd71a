import { describe, expect, it } from 'vitest';
import { compileKeywordRegex, regexScanner, type KeywordRegex } from '../src/codebook/regex-engine.js';

const compiled = (src: string): KeywordRegex => {
  const k = compileKeywordRegex(src);
  if ('problem' in k) throw new Error(k.problem);
  return k;
};
const matches = (src: string, text: string): string[] => {
  const out: string[] = [];
  regexScanner(text)(compiled(src), (a, b) => out.push(`${a}-${b}:${text.slice(a, b)}`));
  return out;
};

describe('regex keywords on the linear-time engine', () => {
  it('matches case-insensitively, left to right, with UTF-16 offsets', () => {
    expect(matches('tatap[- ]muka', 'Kami 😀 Tatap muka, lalu tatap-muka lagi.')).toEqual(['8-18:Tatap muka', '25-35:tatap-muka']);
    expect(matches('RAPAT', 'rapat dan Rapat')).toEqual(['0-5:rapat', '10-15:Rapat']);
  });
  it('keeps offsets right when lower-casing would change the length (İ → i̇)', () => {
    expect(matches('rapat', 'İbu: rapat desa')).toEqual(['5-10:rapat']);
  });
  it('runs alternatives with hyphens (their required strings once broke the prefilter: "Invalid escape")', () => {
    expect(matches('\\b(terang-terangan|blak-blakan) saja\\b', 'dia bicara blak-blakan saja ke kami')).toEqual(['11-27:blak-blakan saja']);
  });
  it('translates JavaScript spellings and accepts a named group', () => {
    expect(matches('caf\\u00e9|(?<w>kedai)', 'di café atau kedai')).toEqual(['3-7:café', '13-18:kedai']);
  });
  it('finishes at once on patterns that backtrack catastrophically in JavaScript', () => {
    const text = `${'a'.repeat(5000)}! rapat ${'kata '.repeat(2000)}`;
    for (const src of ['(a|a)+$', 'a*a*a*a*a*a*a*a*b', '(a{1,20}){1,20}$', 'rapat(.|\\s)*selesai', '(a+)+$']) expect(matches(src, text), src).toEqual([]);
  });
  it('says why lookaround and backreferences cannot run', () => {
    for (const src of ['rapat(?= desa)', '(?<!tidak )percaya', '(a)\\1']) {
      const k = compileKeywordRegex(src);
      expect('problem' in k && k.problem, src).toMatch(/RE2 syntax: no lookaround, no backreferences/);
    }
    expect(compileKeywordRegex('(tatap')).toHaveProperty('problem');
  });
});

describe('searching a long text only around the strings a pattern requires', () => {
  const plain = (k: KeywordRegex): KeywordRegex => ({ source: k.source, fold: k.fold, ...(k.lower ? { lower: k.lower } : {}) });
  const all = (k: KeywordRegex, text: string): string[] => {
    const out: string[] = [];
    regexScanner(text)(k, (a, b) => out.push(`${a}-${b}`));
    return out;
  };
  const PATTERNS = ['\\bmasih (jalan|berjalan|rutin)\\b', 'rapat( desa| warga)?', '\\b(yang|pihak) (kuat|lemah)\\b', 'tatap[- ]muka', 'a(b|bb)?c', '\\bab\\b', 'ab ?ab',
    '(ke|di)?(rapat|tatap) warga', '\\b\\w{1,8} warga\\b', '[a-z]{2,5}-muka'];
  it('uses windows for loop-free patterns and finds exactly what a scan of the whole text finds', async () => {
    const fc = (await import('fast-check')).default;
    for (const src of PATTERNS) expect(compiled(src).windows, src).toBeDefined();
    expect(compiled('rapat(.|\\s)*selesai').windows).toBeUndefined();
    expect(compiled('^rapat').windows).toBeUndefined();
    const words = fc.constantFrom('masih', 'jalan', 'berjalan', 'rutin', 'rapat', 'desa', 'warga', 'yang', 'pihak', 'kuat', 'lemah', 'tatap', 'muka', 'a', 'b', 'c', 'ab', 'abc', 'abbc', 'x', 'İ', '😀');
    const seps = fc.constantFrom(' ', ' ', '-', ', ', '\n', '');
    const text = fc.array(fc.tuple(words, seps), { minLength: 50, maxLength: 400 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(text, fc.constantFrom(...PATTERNS), (t, src) => {
      const k = compiled(src);
      expect(all(k, t)).toEqual(all(plain(k), t));
    }), { numRuns: 400 });
  });
});
