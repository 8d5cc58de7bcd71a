/**
 * Sentences about the study, not the case: a study's aim, its method, a theory, a recommendation,
 * a limit of the study, or a text that only asks. They often name an indicator ("Penelitian ini
 * bertujuan menganalisis dialog tatap muka …") without saying anything the case shows, so their words
 * are no evidence; the findings around them still are. All sentences here are ours (fiction).
 */
import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { autoCodes } from '../src/passes/code.js';
import { loadCodebook } from '../src/project/codebooks.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { mayHoldFrame, studyFrames } from '../src/text/frames.js';
import { tokenize } from '../src/text/tokenize.js';
import { miniProject } from './helpers/mini-project.js';
import { run } from './helpers/cli.js';

const matcher = (name: string) => compileCodebook(loadCodebook(name, process.cwd()).codebook!);
const bt = matcher('bartania');
const ag = matcher('ansell-gash-2008');
const ms = matcher('modal-sosial');
const codes = (m: typeof bt, text: string, lang = 'id') => autoCodes(text, lang, m, { minConfidence: 0.3 }).map((a) => a.code);

describe('sentences about the study are no evidence', () => {
  it('an aim, a method, a theory, a recommendation, a limit of the study or a research question that names an indicator gets no code (each was coded before)', () => {
    const none: [typeof bt, string, string][] = [
      [bt, 'Penelitian ini bertujuan menganalisis dialog tatap muka antara Satpol PP dan pedagang kaki lima di Kota Wirabumi.', 'id'],
      [bt, 'The aim of this study is to describe face-to-face dialogue between the fisheries office and fishing cooperatives.', 'en'],
      [bt, 'Teknik pengumpulan data meliputi wawancara dengan pedoman wawancara yang memuat indikator berbagi pemahaman dan membangun kepercayaan.', 'id'],
      [ag, 'Trust between agencies was measured with six questionnaire items on a five-point scale.', 'en'],
      [ag, 'Menurut Ansell dan Gash, kepemimpinan fasilitatif menjaga para pihak tetap berada di meja perundingan.', 'id'],
      [ag, 'According to Ansell and Gash, facilitative leadership keeps the parties at the table when talks stall.', 'en'],
      [bt, 'Shared understanding refers to a common view among the parties of the problem they want to solve.', 'en'],
      [bt, 'Disarankan agar dinas pariwisata menjaga komitmen terhadap proses dengan anggaran sekretariat yang tetap.', 'id'],
      [ms, 'Future research could compare norms of reciprocity between upland and coastal villages.', 'en'],
      [ag, 'Because the study relied on a single district, its findings on facilitative leadership cannot be generalised.', 'en'],
      [ms, 'Sejauh mana kepercayaan warga terhadap pengurus bank sampah memengaruhi jumlah setoran?', 'id'],
      [bt, 'Kata kunci: dialog tatap muka, membangun kepercayaan, komitmen terhadap proses.', 'id'],
    ];
    for (const [m, text, lang] of none) expect([text, codes(m, text, lang)]).toEqual([text, []]);
  });

  it('the findings around such a sentence are still coded, and a recommendation is cut from its cue on', () => {
    const text = 'Penelitian ini bertujuan menganalisis proses kolaborasi di Desa Tanjung Laut. Hasilnya, dialog tatap muka dilakukan setiap bulan di balai desa dan dihadiri semua kelompok nelayan.';
    expect(codes(bt, text)[0]).toBe('dialog-tatap-muka');
    expect(codes(bt, 'This study examines a coastal forum. Regular face-to-face meetings at the harbour let fishers and officials settle disputes directly.', 'en')[0])
      .toBe('dialog-tatap-muka');
    const both = 'Hasil penelitian menunjukkan bahwa dialog tatap muka berlangsung rutin, sehingga disarankan agar anggaran forum ditetapkan dalam APBDes.';
    expect(codes(bt, both)[0]).toBe('dialog-tatap-muka');
    const [f] = studyFrames(both);
    expect(both.slice(f!.start, f!.end)).toBe('disarankan agar anggaran forum ditetapkan dalam APBDes.');
  });

  it('the same words in the case stay evidence: a forum\'s aim, an informant\'s wish, data a group collects, a local meaning, a study that found nothing', () => {
    const kept: [typeof bt, string, string, string][] = [
      [bt, 'Rapat koordinasi itu bertujuan membahas jadwal pembagian air irigasi, dan semua kelompok tani duduk bersama dengan petugas dinas di balai desa.', 'id', 'dialog-tatap-muka'],
      [bt, 'Forum ini hendaknya tetap jalan, Pak, soalnya sejak ada pertemuan rutin itu kami jadi bisa ngobrol langsung sama orang dinas.', 'id', 'dialog-tatap-muka'],
      [bt, 'Sebaiknya rapat itu rutin lagi, Pak, sekarang sudah jarang sekali kami ketemu langsung.', 'id', 'dialog-tatap-muka'],
      [ms, 'Bagi warga Dusun Wringin, gotong royong dimaknai sebagai kewajiban yang tidak bisa ditolak; yang absen kerja bakti jadi bahan omongan.', 'id', 'norma'],
      [ag, 'Kemajuan kerja sama diukur dengan jumlah rumah yang sudah teraliri air bersih, dan tahun ini sudah 120 rumah terlayani.', 'id', 'intermediate-outcomes'],
      [ag, 'The data were collected by the farmers and the irrigation office together, which gave both a common understanding of how much water was left.', 'en', 'shared-understanding'],
      [ms, 'We collected money for the new well together, and nobody asked for a receipt because we trust the treasurer.', 'en', 'kepercayaan'],
      [ag, 'The harbour master refers to the monthly meeting as the only place where fishers and officials talk face to face.', 'en', 'face-to-face-dialogue'],
      [ag, 'The study did not find a single face-to-face meeting between the two agencies after 2019.', 'en', 'face-to-face-dialogue'],
      [bt, 'Kajian ini menjelaskan bahwa komitmen pedagang terhadap kesepakatan relokasi tetap tinggi meskipun omzet turun.', 'id', 'komitmen-proses'],
      [bt, 'Penelitian ini menunjukkan bahwa dialog tatap muka dilakukan secara rutin melalui musyawarah dusun.', 'id', 'dialog-tatap-muka'],
      [ms, 'Menurut Pak Kades, warga di sini saling percaya, pinjam uang pun tidak pakai kuitansi.', 'id', 'kepercayaan'],
      [ag, 'In the framework of the memorandum, the two agencies and the fishers\' union meet face to face every month at the harbour office.', 'en', 'face-to-face-dialogue'],
    ];
    for (const [m, text, lang, code] of kept) expect([text, codes(m, text, lang)[0]]).toEqual([text, code]);
  });

  it('a question in an answer is rhetorical, even a whole answer of one; a text that only asks a research question says nothing of the case', () => {
    expect(codes(ms, 'Kenapa kami percaya sama pengurus? Karena tiap bulan laporannya ditempel di musala, semua bisa lihat.')[0]).toBe('kepercayaan');
    expect(codes(ag, 'Bagaimana tidak berpengaruh, wong pak camat sendiri yang memimpin tiap pertemuan dan menengahi kalau ada yang ribut?')[0]).toBe('facilitative-leadership');
    expect(codes(bt, 'How does trust building between the police and the street vendors shape their compliance with market rules?', 'en')).toEqual([]);
    expect(studyFrames('Rapatnya rutin, ya kan?')).toEqual([]);
  });

  it('frames are whole sentences with their offsets and the phrase that marks them', () => {
    const text = 'Rapat digelar tiap Senin. Penelitian ini menggunakan pendekatan kualitatif deskriptif. Warga hadir.';
    const [f, ...rest] = studyFrames(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: 'method', cue: 'pendekatan kualitatif' });
    expect(text.slice(f!.start, f!.end)).toBe('Penelitian ini menggunakan pendekatan kualitatif deskriptif.');
    // a decimal, an abbreviation and a heading line are no sentence ends the way they would be by full stops alone
    const abbr = 'Penelitian ini bertujuan menganalisis peran dr. Sari dalam membangun kepercayaan pedagang. Warga hadir.';
    expect(studyFrames(abbr).map((x) => abbr.slice(x.start, x.end))).toEqual(['Penelitian ini bertujuan menganalisis peran dr. Sari dalam membangun kepercayaan pedagang.']);
    const heading = 'Tujuan Penelitian\nDialog tatap muka antara dinas dan nelayan berlangsung rutin sejak 2018.';
    expect(studyFrames(heading).map((x) => heading.slice(x.start, x.end))).toEqual(['Tujuan Penelitian']);
    expect(studyFrames('Menurut Ansell dan Gash (2008, hlm. 550) kepemimpinan fasilitatif penting.').map((x) => x.kind)).toEqual(['theory']);
  });

  it('a code\'s name keeps the other senses its keyword lists (unless:): hasil sementara of a vote count', () => {
    // the name alone (no keyword written the same way had been matched) coded this before
    expect(codes(ag, 'Hasil sementara penghitungan suara di TPS 04 menunjukkan pasangan nomor urut dua unggul tipis.')).toEqual([]);
    expect(codes(bt, 'Hasil sementara kolaborasi ini terlihat dari jalan desa yang mulai diperbaiki.')[0]).toBe('hasil-sementara');
    expect(codes(ag, 'Hasil sementara yang bisa dihitung: 12 embung selesai dan 300 hektare sawah kini terairi.')[0]).toBe('intermediate-outcomes');
  });

  it('code --explain says which sentence is not evidence and why', async () => {
    const dir = miniProject({ 'd.md': '---\nid: d\ninformant: Dokumen\n---\nPenelitian ini bertujuan menganalisis dialog tatap muka. Hasilnya, warga dan polisi bertemu langsung setiap Jumat di masjid.\n' });
    const r = await run(['code', dir, '--explain', 'd#1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Not evidence: "Penelitian ini bertujuan menganalisis dialog tatap muka." is the study\'s aim ("penelitian ini bertujuan"), not what the case shows: its words count for no code.');
    expect(r.stdout).toMatch(/dialog-tatap-muka[\s\S]*assigned/);
  });

  it('the quick test never rules out a text that holds a frame (every evaluation passage, and each of its sentences alone)', () => {
    const dir = path.join(import.meta.dirname, 'fixtures', 'eval');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => (parse(readFileSync(path.join(dir, f), 'utf8')).segments as { text: string }[]).map((x) => x.text));
    let framed = 0;
    for (const text of texts) {
      for (const f of studyFrames(text)) {
        framed++;
        const sentence = text.slice(f.start, f.end);
        expect([sentence, mayHoldFrame(tokenize(sentence), sentence)]).toEqual([sentence, true]);
      }
    }
    expect(framed).toBeGreaterThan(100);
  });
});
