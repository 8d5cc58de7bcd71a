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
  it('an aim, a method, a theory, a recommendation or a limit of the study that names an indicator gets no code', () => {
    const none: [typeof bt, string, string][] = [
      [bt, 'Penelitian ini bertujuan untuk menganalisis membangun kepercayaan antara Satpol PP dan pedagang kaki lima di Kota Wirabumi.', 'id'],
      [bt, 'Skripsi ini mengkaji komitmen terhadap proses dalam forum pengurangan risiko bencana Kecamatan Gunung Sari.', 'id'],
      [bt, 'The aim of this study is to describe face-to-face dialogue between the fisheries office and fishing cooperatives.', 'en'],
      [bt, 'Data dikumpulkan melalui wawancara mendalam dengan pedoman wawancara yang memuat indikator berbagi pemahaman.', 'id'],
      [ag, 'Trust between agencies was measured with a questionnaire of six items on a five-point scale.', 'en'],
      [ag, 'Menurut Ansell dan Gash, kepemimpinan fasilitatif menjaga para pihak tetap berada di meja perundingan.', 'id'],
      [ag, 'In the Ansell and Gash model, shared understanding refers to a common view of the problem the parties face.', 'en'],
      [bt, 'Disarankan agar dinas pariwisata menjaga komitmen terhadap proses dengan anggaran sekretariat yang tetap.', 'id'],
      [ms, 'Future research could compare norms of reciprocity between upland and coastal villages.', 'en'],
      [ag, 'Because the study relied on a single district, its findings on facilitative leadership cannot be generalised.', 'en'],
      [ms, 'Bagaimana kepercayaan warga terhadap pengurus bank sampah memengaruhi jumlah setoran?', 'id'],
    ];
    for (const [m, text, lang] of none) expect([text, codes(m, text, lang)]).toEqual([text, []]);
  });

  it('the findings around such a sentence are still coded', () => {
    const text = 'Penelitian ini bertujuan menganalisis proses kolaborasi di Desa Tanjung Laut. Hasilnya, dialog tatap muka dilakukan setiap bulan di balai desa dan dihadiri semua kelompok nelayan.';
    expect(codes(bt, text)[0]).toBe('dialog-tatap-muka');
    expect(codes(bt, 'This study examines a coastal forum. Regular face-to-face meetings at the harbour let fishers and officials settle disputes directly.', 'en')[0])
      .toBe('dialog-tatap-muka');
  });

  it('a finding in the authors\' words, reported speech and an informant\'s wish stay findings', () => {
    expect(codes(bt, 'Penelitian ini menunjukkan bahwa dialog tatap muka dilakukan secara rutin melalui musyawarah dusun.')[0]).toBe('dialog-tatap-muka');
    expect(codes(ms, 'Menurut Pak Kades, warga di sini saling percaya, pinjam uang pun tidak pakai kuitansi.')[0]).toBe('kepercayaan');
    expect(codes(bt, 'Sebaiknya rapat itu rutin lagi, Pak, sekarang sudah jarang sekali kami ketemu langsung.')[0]).toBe('dialog-tatap-muka');
    expect(codes(ag, 'In the framework of the memorandum, the two agencies and the fishers\' union meet face to face every month at the harbour office.', 'en')[0]).toBe('face-to-face-dialogue');
  });

  it('a question in an answer is rhetorical; a text that only asks says nothing of the case', () => {
    expect(codes(ms, 'Kenapa kami percaya sama pengurus? Karena tiap bulan laporannya ditempel di musala, semua bisa lihat.')[0]).toBe('kepercayaan');
    expect(codes(bt, 'How does trust building between the police and the street vendors shape their compliance with market rules?', 'en')).toEqual([]);
    // a whole answer that is one rhetorical question tells of the case
    expect(codes(ms, 'Bagaimana warga mau percaya sama pengurus kalau laporan keuangannya tidak pernah ditempel?')[0]).toBe('kepercayaan');
    expect(studyFrames('Kenapa? Karena mereka datang.')).toEqual([]);
    expect(studyFrames('Rapatnya rutin, ya kan?')).toEqual([]);
  });

  it('frames are whole sentences with their offsets and the phrase that marks them', () => {
    const text = 'Rapat digelar tiap Senin. Penelitian ini menggunakan pendekatan kualitatif deskriptif. Warga hadir.';
    const [f, ...rest] = studyFrames(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: 'method', cue: 'pendekatan kualitatif' });
    expect(text.slice(f!.start, f!.end)).toBe('Penelitian ini menggunakan pendekatan kualitatif deskriptif.');
    expect(studyFrames('Nilai rata-rata 3.5 menunjukkan kepercayaan tinggi.')).toEqual([]);
  });

  it('a code\'s name keeps the other senses its keyword lists (unless:): a vote count\'s hasil sementara, a trust fund\'s trustees', () => {
    expect(codes(bt, 'Hasil sementara penghitungan suara di TPS 07 diumumkan panitia sore tadi.')).toEqual([]);
    expect(codes(ag, 'Hasil sementara pertandingan voli antardusun adalah dua set untuk tim Dusun Krajan.')).toEqual([]);
    expect(codes(bt, 'Hasil sementara kolaborasi ini terlihat dari jalan desa yang mulai diperbaiki.')[0]).toBe('hasil-sementara');
    expect(codes(ag, 'The trustees of the mosque endowment trust meet twice a year to approve grants.', 'en')).toEqual([]);
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
