/**
 * Precise matching: a keyword written as a derived Indonesian form matches the forms of its own
 * affix family, not every word of its root (docs/codebook-format.md, "Word forms").
 */
import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { parseCodebook } from '../src/codebook/parse.js';
import { lintCodebook } from '../src/codebook/lint.js';
import { analyseWord } from '../src/text/morphology.js';
import { words } from '../src/text/tokenize.js';

/** [keyword, a word it must match, a word of the same root it must not match] */
const PAIRS: [string, string, string][] = [
  ['bertemu', 'pertemuan', 'ditemukan'],
  ['bertemu', 'bertemunya', 'menemukan'],
  ['pertemuan', 'bertemu', 'temuan'],
  ['pertemuan', 'pertemuannya', 'penemuan'],
  ['berkumpul', 'perkumpulan', 'dikumpulkan'],
  ['berkumpul', 'ngumpul', 'mengumpulkan'],
  ['berkumpul', 'berkumpul', 'kumpulan'],
  ['perjanjian', 'berjanji', 'dijanjikan'],
  ['perjanjian', 'perjanjiannya', 'menjanjikan'],
  ['dijanjikan', 'menjanjikan', 'perjanjian'],
  ['bertahun-tahun', 'bertahun', 'tahun'],
  ['bertahun-tahun', 'bertahun-tahun', 'setahun'],
  ['bertahun-tahun', 'bertahun', 'tahunan'],
  ['berhasil', 'keberhasilan', 'penghasilan'],
  ['berhasil', 'berhasilnya', 'menghasilkan'],
  ['keberhasilan', 'berhasil', 'hasil'],
  ['bersatu', 'persatuan', 'menyatukan'],
  ['bersama', 'kebersamaan', 'menyamakan'],
  ['bersama', 'bersama-sama', 'disamakan'],
  ['bekerja', 'pekerjaan', 'dikerjakan'],
  ['kepercayaan', 'kepercayaannya', 'dipercaya'],
  ['dipercaya', 'mempercayai', 'kepercayaan'],
  ['kesepakatan', 'kesepakatannya', 'disepakati'],
  ['disepakati', 'menyepakati', 'kesepakatan'],
  ['pendatang', 'didatangkan', 'kedatangan'],
  ['kehadiran', 'kehadirannya', 'dihadiri'],
  ['tujuan', 'tujuannya', 'setuju'],
  ['keterbukaan', 'keterbukaannya', 'dibuka'],
  ['berkelanjutan', 'keberlanjutan', 'dilanjutkan'],
  ['pemberdayaan', 'memberdayakan', 'berdaya'],
  ['pelatihan', 'dilatih', 'berlatih'],
  ['berdialog', 'berdialog', 'dialognya'],
  ['menghasilkan', 'dihasilkan', 'hasil'],
];

function codebookWith(keywords: string[]): string {
  return `id: forms\ncodes:\n${keywords.map((k, i) => `  - id: c${i}\n    label: { id: "K${i}", en: "C${i}" }\n    keywords:\n      id: ["${k}"]\n`).join('')}`;
}

describe('affix families', () => {
  it(`${PAIRS.length} Indonesian keyword/word pairs: the family matches, the other sense does not`, () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(30);
    for (const [kw, yes, no] of PAIRS) {
      const m = compileCodebook(parseCodebook(codebookWith([kw]), 'forms.yaml').codebook!).forLang('id');
      // as the tokenizer gives them: bertahun-tahun → bertahun
      expect(m.info(words(yes)[0]!).terms?.map((t) => t.raw), `${kw} should match ${yes}`).toEqual([kw]);
      expect(m.info(words(no)[0]!).terms, `${kw} should not match ${no}`).toBeUndefined();
    }
  });

  it('a bare root matches every form of itself', () => {
    const m = compileCodebook(parseCodebook(codebookWith(['percaya']), 'forms.yaml').codebook!).forLang('id');
    for (const w of ['percaya', 'kepercayaan', 'dipercaya', 'mempercayai', 'terpercaya', 'percayanya']) {
      expect(m.info(w).terms?.length, w).toBe(1);
    }
  });

  it('`=word` and `exact: true` match the written form only (clitics aside)', () => {
    const text = 'id: forms\ncodes:\n  - id: a\n    label: { id: A, en: A }\n    keywords:\n      id: ["=rapat", { term: ketemu, exact: true }]\n';
    const m = compileCodebook(parseCodebook(text, 'forms.yaml').codebook!).forLang('id');
    expect(m.info('rapat').terms?.length).toBe(1);
    expect(m.info('rapatnya').terms?.length).toBe(1);
    expect(m.info('dirapatkan').terms).toBeUndefined();
    expect(m.info('ketemu').terms?.length).toBe(1);
    expect(m.info('ketemuan').terms).toBeUndefined();
  });

  it('decomposes words into root and affixes', () => {
    expect(analyseWord('keberlanjutan')).toEqual({ root: 'lanjut', family: 'ber', affixes: ['ke', 'ber', '-an'] });
    expect(analyseWord('menemukan')).toEqual({ root: 'temu', family: 'meN', affixes: ['meN', '-kan'] });
    expect(analyseWord('menyamakan')?.root).toBe('sama');
    expect(analyseWord('disepakati')?.root).toBe('sepakat');
    expect(analyseWord('xyzqw')).toBeUndefined();
  });

  it('lint warns about a bare root whose families differ in meaning, and names the forms to write', () => {
    const cb = parseCodebook(codebookWith(['temu', 'percaya', 'kumpul']), 'forms.yaml').codebook!;
    const found = lintCodebook(cb).filter((d) => d.ruleId === 'ambiguous-word-family');
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('"temu"'),
      expect.stringContaining('"kumpul"'),
    ]);
    expect(found[0]!.hint).toMatch(/bertemu/);
    expect(found[0]!.line).toBe(6);
  });
});
