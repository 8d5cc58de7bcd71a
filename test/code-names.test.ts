/**
 * Codes named in the text (aliases, labels of two or more words): matched in either language, as
 * written, with the polarity of their clause; one-word labels are not names, and a parent code's
 * name inside a sub-code's name does not count.
 */
import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { parseCodebook } from '../src/codebook/parse.js';
import { autoCodes, rankCandidates } from '../src/passes/code.js';
import { loadCodebook } from '../src/project/codebooks.js';

const parsed = parseCodebook(`
id: names
codes:
  - id: process
    label: { id: Proses kolaborasi, en: Collaborative process }
    children:
      - id: commitment
        label: { id: Komitmen terhadap proses, en: Commitment to process }
        aliases: ["commitment to the process", "komitmen pada proses"]
        keywords:
          id: [komitmen, sungguh]
          en: [commitment]
      - id: dialogue
        label: { id: Dialog, en: Dialogue }
        keywords:
          id: [rapat, hadir]
          en: [meeting]
`, 'names.yaml');
const m = compileCodebook(parsed.codebook!);
const codesOf = (text: string, lang = 'id') => autoCodes(text, lang, m, { minConfidence: 0 });

describe('codes named in the text', () => {
  it('reads aliases from the codebook without complaint', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.codebook!.codes.find((c) => c.id === 'commitment')!.aliases).toEqual(['commitment to the process', 'komitmen pada proses']);
  });

  it('an English name inside an Indonesian text codes the code, with the polarity of its clause', () => {
    const [top] = codesOf('Commitment to the process para stakeholder belum kuat sampai sekarang.');
    expect(top!.code).toBe('commitment');
    expect(top!.polarity).toBe('limit');
    expect(top!.terms).toContain('commitment to the process');
  });

  it('a label of two or more words is a name in the other language too', () => {
    expect(codesOf('Di desa ini, komitmen terhadap proses terlihat jelas.', 'en')[0]!.code).toBe('commitment');
  });

  it('a name matches as written, not other forms of its words', () => {
    expect(codesOf('Kami berkomitmen pada prosesnya.').flatMap((a) => a.terms)).not.toContain('komitmen pada proses');
  });

  it('one-word labels are not names', () => {
    const ev = rankCandidates('Dialog berjalan di balai desa.', 'id', m, {});
    expect(ev.flatMap((c) => c.evidence.terms).filter((t) => t.name)).toEqual([]);
  });

  it('a parent code (a dimension) is named by its label, but not inside a sub-code\'s name', () => {
    const named = rankCandidates('Proses kolaborasi ini berjalan lewat dialog di balai desa.', 'id', m, {});
    expect(named.find((c) => c.evidence.code === 'process')!.evidence.terms.map((t) => [t.raw, t.name])).toEqual([['Proses kolaborasi', true]]);
    const inside = rankCandidates('Komitmen terhadap proses kolaborasi masih lemah.', 'id', m, {});
    expect(inside.map((c) => c.evidence.code)).not.toContain('process');
  });

  it('a name in another sense with the exclusions against it is not given: "hasil sementara penghitungan suara"', () => {
    const bartania = compileCodebook(loadCodebook('bartania', process.cwd()).codebook!);
    expect(autoCodes('Hasil sementara penghitungan suara diumumkan KPU pukul sembilan malam.', 'id', bartania, { minConfidence: 0.3 })).toEqual([]);
    expect(autoCodes('Hasil sementara kolaborasi ini berupa terbentuknya satgas bersama.', 'id', bartania, { minConfidence: 0.3 }).map((a) => a.code)).toEqual(['hasil-sementara']);
  });

  it('a name weighs more than an ordinary keyword of another code', () => {
    const [c] = rankCandidates('Komitmen pada proses tampak dari kehadiran di rapat.', 'id', m, {})
      .filter((x) => x.evidence.code === 'commitment');
    expect(c!.evidence.terms.find((t) => t.raw === 'komitmen pada proses')!.weight).toBeGreaterThan(2);
  });
});
