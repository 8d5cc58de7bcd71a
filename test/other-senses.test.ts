/**
 * A keyword in another sense: an `unless:` phrase drops a match that is part of it (*trust fund*,
 * *pembelajaran tatap muka*), and the words of a match dropped as another sense are no evidence for
 * the similarity either, so a short text is not coded from them by another road.
 */
import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { parseCodebook } from '../src/codebook/parse.js';
import { autoCodes, rankCandidates } from '../src/passes/code.js';
import { loadCodebook } from '../src/project/codebooks.js';

const ag = compileCodebook(loadCodebook('ansell-gash-2008', process.cwd()).codebook!);
const bartania = compileCodebook(loadCodebook('bartania', process.cwd()).codebook!);
const ms = compileCodebook(loadCodebook('modal-sosial', process.cwd()).codebook!);
const codes = (text: string, lang: string, m = ag) => autoCodes(text, lang, m, { minConfidence: 0.3 }).map((a) => a.code);
const terms = (text: string, lang: string, m = ag) => rankCandidates(text, lang, m, {}).flatMap((c) => c.evidence.terms.map((t) => t.raw));

const tiny = (unless: string) => compileCodebook(parseCodebook(`id: t
codes:
  - id: trust
    label: { id: Kepercayaan, en: Trust }
    definition: { id: Saling percaya antarpihak., en: Trust between the parties. }
    keywords:
      en: [{ term: trust, unless: [${unless}] }]
      id: [{ term: jaringan, unless: [${unless}] }]
`, 't.yaml').codebook!);

describe('a keyword in another sense, told by a phrase', () => {
  it('a match inside an `unless:` phrase is dropped; the same word outside it, even in the same sentence, is not', () => {
    const m = tiny('trust fund, jaringan irigasi');
    const hits = (text: string, lang = 'en') => rankCandidates(text, lang, m, {}).flatMap((c) => c.evidence.terms.map((t) => t.raw));
    expect(hits('The trust fund pays the school fees.')).toEqual([]);
    expect(hits('Trust between the fishers and the agency grew after the trust fund was audited.')).toEqual(['trust']);
    expect(hits('Pembangunan jaringan irigasi selesai.', 'id')).toEqual([]);
    // a phrase is one thing in another sense: no other code's match inside it counts either
    const two = compileCodebook(parseCodebook(`id: t
codes:
  - id: trust
    label: { id: Kepercayaan, en: Trust }
    keywords:
      en: [{ term: trust, unless: [trust fund] }]
  - id: money
    label: { id: Dana, en: Money }
    keywords:
      en: [fund]
`, 't.yaml').codebook!);
    expect(rankCandidates('The Village Trust Fund pays school fees.', 'en', two, {}).flatMap((c) => c.evidence.terms.map((t) => t.raw))).toEqual([]);
    expect(rankCandidates('The fund pays school fees.', 'en', two, {}).flatMap((c) => c.evidence.terms.map((t) => t.raw))).toEqual(['fund']);
    // an entry written with hyphens is a phrase too
    expect(rankCandidates('The trust fund pays the school fees.', 'en', tiny('trust-fund'), {}).flatMap((c) => c.evidence.terms.map((t) => t.raw))).toEqual([]);
    // in Indonesian a phrase's word may carry an enclitic (*irigasinya*)
    expect(hits('Jaringan irigasinya rusak.', 'id')).toEqual([]);
    // as written: an affixed form is another word (*berjalan* is not *jalan*), a plural is listed apart
    expect(hits('The trust funds pay the school fees.')).toEqual(['trust']);
    expect(rankCandidates('Jaringan berjalan dengan baik.', 'id', tiny('jaringan jalan'), {}).flatMap((c) => c.evidence.terms.map((t) => t.raw))).toEqual(['jaringan']);
  });

  it('a bridge that is built and a standard that is met are not leadership or a meeting; the bridging broker and the meeting still are', () => {
    expect(codes('The new bridge was completed in March 2021.', 'en')).toEqual([]);
    expect(codes('The new terminal building must meet national safety norms for public facilities.', 'en')).toEqual([]);
    expect(codes('The market building meets the standards of the ministry.', 'en', bartania)).toEqual([]);
    expect(codes('Pak Wayan acted as a bridge between the fishermen and the resort owners.', 'en')[0]).toBe('facilitative-leadership');
    expect(codes('We meet once a month at the village hall to talk it over.', 'en')[0]).toBe('face-to-face-dialogue');
    expect(codes('We meet once a month at the village hall to talk it over.', 'en', bartania)[0]).toBe('dialog-tatap-muka');
  });

  it('the bundled codebooks know the common compounds: schooling face to face, trust funds, power cuts, neural and irrigation networks', () => {
    expect(codes('Teachers returned to face-to-face classes in August after months of online learning.', 'en')).toEqual([]);
    expect(codes('Setelah dua tahun daring, pembelajaran tatap muka di sekolah dimulai lagi bulan Juli.', 'id', bartania)).toEqual([]);
    expect(terms('A trust fund financed by the province covers school fees for orphans.', 'en')).not.toContain('trust');
    expect(codes('Power outages in the coastal villages lasted up to six hours a day.', 'en')).toEqual([]);
    expect(codes('A neural network was trained on satellite images to classify rice fields.', 'en', ms)).toEqual([]);
    expect(codes('Pembangunan jaringan irigasi tersier di kecamatan itu selesai akhir tahun lalu.', 'id', ms)).toEqual([]);
    expect(codes('We just trust in God, really. If the sea is calm, we go out.', 'en')).toEqual([]);
    expect(codes('We use the transparent plastic for the seedlings; the black one gets too hot.', 'en')).toEqual([]);
    expect(codes('Kelas tatap mukanya baru mulai bulan depan, anak-anak senang.', 'id', bartania)).toEqual([]);
    expect(codes('Jaringan irigasinya sudah rusak parah sejak banjir.', 'id', ms)).toEqual([]);
    expect(codes('Kepercayaan diri anak-anak itu yang perlu dilatih sebelum lomba pidato.', 'id', bartania)).toEqual([]);
    expect(codes('Hasil ujian anak saya kemarin lumayan, nilai matematikanya delapan puluh.', 'id', bartania)).toEqual([]);
    expect(terms('The rules of football are simple: eleven players each side.', 'en')).not.toContain('rules');
    // the senses they are for
    expect(codes('Sejak ada forum, dinas dan petani bertemu tatap muka tiap bulan di balai desa.', 'id', bartania)).toContain('dialog-tatap-muka');
    expect(codes('Nothing beats sitting down face to face with the growers.', 'en')[0]).toBe('face-to-face-dialogue');
    expect(codes('Trust between the fishers and the agency grew after every payment was published.', 'en')[0]).toBe('trust-building');
    expect(codes('Sekarang warga sudah percaya sama pengurus, laporan keuangan selalu ditempel di masjid.', 'id', bartania)).toContain('membangun-kepercayaan');
    expect(codes('Every party knew the rules: one group, one vote, and decisions by consensus.', 'en')).toContain('ground-rules');
    expect(codes('Jaringan antarkelompok tani makin luas sejak ada koperasi.', 'id', ms)).toContain('jaringan');
    expect(codes('The budget of the forum is now transparent: every rupiah is posted at the village hall.', 'en')).toContain('process-transparency');
    // the words of an `unless:` phrase elsewhere in the sentence do not drop the governance sense
    expect(codes('Komite sekolah dan orang tua murid sekarang bertemu tatap muka tiap bulan untuk membahas dana BOS.', 'id', bartania)).toContain('dialog-tatap-muka');
    expect(codes('God willing, trust between them grows.', 'en')).toContain('trust-building');
    expect(codes('Insya Allah kepercayaan antara petani dan dinas tumbuh lagi.', 'id', bartania)).toContain('membangun-kepercayaan');
    expect(codes('The budget of the waste bank is transparent now, even the plastic sales are posted.', 'en')).toContain('process-transparency');
    expect(codes('Real power went out of the village once the district took over the water board.', 'en')).toContain('power-resource-asymmetry');
  });

  it('the words of a keyword used in another sense do not code the text through the similarity', () => {
    // *tatap muka* is in every profile of face-to-face dialogue: without its match it must not count there
    const [top] = rankCandidates('Pembelajaran tatap muka di sekolah dimulai lagi bulan Juli.', 'id', bartania, {});
    expect(top === undefined || top.confidence < 0.3).toBe(true);
    const f2f = rankCandidates('Pembelajaran tatap muka di sekolah dimulai lagi bulan Juli.', 'id', bartania, {}).find((c) => c.evidence.code === 'dialog-tatap-muka');
    const plain = rankCandidates('Kegiatan di sekolah dimulai lagi bulan Juli.', 'id', bartania, {}).find((c) => c.evidence.code === 'dialog-tatap-muka');
    expect(f2f?.evidence.similarity ?? 0).toBeLessThanOrEqual((plain?.evidence.similarity ?? 0) + 0.05);
  });
});
