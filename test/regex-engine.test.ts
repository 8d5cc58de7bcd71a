import { describe, expect, it } from 'vitest';
import { LiteralScan } from '../src/codebook/literal-scan.js';
import { compileKeywordRegex, RegexSet, type KeywordRegex } from '../src/codebook/regex-engine.js';

const compiled = (src: string): KeywordRegex => {
  const k = compileKeywordRegex(src);
  if ('problem' in k) throw new Error(k.problem);
  return k;
};
const matches = (src: string, text: string): string[] => {
  const out: string[] = [];
  new RegexSet([compiled(src)]).scan(text, (_i, a, b) => out.push(`${a}-${b}:${text.slice(a, b)}`));
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
    new RegexSet([k]).scan(text, (_i, a, b) => out.push(`${a}-${b}`));
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

describe('the strings a short pattern can match', () => {
  it('are known for a pattern of literals, small classes and options, not for loops, any character or case folding', () => {
    expect(compiled('\\bitu[- ]itu (saja|aja)\\b').strings?.source).toBe('itu itu saja|itu itu aja|itu\\-itu saja|itu\\-itu aja');
    expect(compiled('rapat( desa)?').strings?.source).toBe('rapat desa|rapat');
    expect(compiled('a.c').strings).toBeUndefined();
    expect(compiled('ra+pat').strings).toBeUndefined();
    expect(compiled('[a-z]at').strings).toBeUndefined();
    expect(compiled('(?i)rapat').strings).toBeUndefined();
    expect(compiled('Rapat').strings).toBeUndefined(); // capitals: no lower-case form
    expect(compiled('(a|b|c|d)(a|b|c|d)(a|b|c|d)(a|b|c|d)(a|b|c|d)').strings).toBeUndefined(); // 1,024 strings
  });
});

describe('running keyword regexes together', () => {
  it('finds which strings occur in a text as includes does, overlapping and nested ones too', async () => {
    const fc = (await import('fast-check')).default;
    const strings = ['kerja', 'bekerja', 'kerjaan', 'erja', 'a', 'aa', 'aaa', ' ', 'di ', 'İ', 'i̇', '😀', 'ja ke', ''];
    const scan = new LiteralScan(strings);
    const text = fc.array(fc.constantFrom('ker', 'ja', 'be', 'an', 'a', ' ', 'di', 'İ', 'i̇', '😀', '\uD83D', 'x', 'e'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => {
      const found = [...scan.scan(t)].sort((a, b) => a - b);
      expect(strings.map((_, i) => scan.has(i))).toEqual(strings.map((s) => t.includes(s)));
      expect(found).toEqual(strings.flatMap((s, i) => (t.includes(s) ? [i] : [])));
    }), { numRuns: 500 });
  });
  it('finds what a search of the whole text without prefilter finds, regex by regex', async () => {
    const fc = (await import('fast-check')).default;
    const sources = ['\\b(yang|pihak) (kuat|lemah)\\b', 'rapat( desa| warga)?', 'Tatap muka', '\\b(tidak|belum) (pernah )?(diundang|diajak)\\b', '(a|aa)b', 'di(undang|ajak)', '\\bab\\b', 'x*',
      '\\bitu[- ]itu (saja|aja)\\b', '(?i)rapat warga', 'a?', '(yang|pihak)? ?\\b'];
    const regexes = sources.map(compiled);
    const set = new RegexSet(regexes);
    // RE2JS alone: the lower-case pattern on the lower-cased text when it has one and the length holds, else the folding one
    const plainScan = (k: KeywordRegex, t: string, i: number, out: string[]) => {
      const lower = t.toLowerCase();
      const [re, text] = k.lower && lower.length === t.length ? [k.lower, lower] : [k.fold, t];
      const m = re.matcher(text);
      for (let at = 0; at <= text.length && m.find(at);) {
        if (m.end() > m.start()) out.push(`${i}:${m.start()}-${m.end()}`);
        at = m.end() > m.start() ? m.end() : m.start() + 1;
      }
    };
    const words = fc.constantFrom('yang', 'pihak', 'kuat', 'lemah', 'rapat', 'desa', 'warga', 'tatap', 'Tatap', 'muka', 'tidak', 'belum', 'pernah', 'diundang', 'diajak', 'a', 'ab', 'aab', 'İ', '😀', 'x',
      'itu', 'Itu', 'saja', 'aja', 'RAPAT');
    const seps = fc.constantFrom(' ', ' ', ', ', '\n', '', '-');
    const text = fc.array(fc.tuple(words, seps), { maxLength: 60 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(text, (t) => {
      const together: string[] = [];
      set.scan(t, (i, a, b) => together.push(`${i}:${a}-${b}`));
      const alone: string[] = [];
      regexes.forEach((k, i) => plainScan(k, t, i, alone));
      expect(together).toEqual(alone);
    }), { numRuns: 500 });
  });
});
