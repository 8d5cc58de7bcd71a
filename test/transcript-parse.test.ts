import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../src/transcript/parse.js';

const parse = (text: string, id = 't') => parseTranscript(text, 'transcripts/t.md', id);

describe('transcript parser', () => {
  it('reads front matter and speaker turns with 1-based inclusive lines', () => {
    const text = [
      '---', 'id: pujud-camat', 'informant: Drs. Fiktif', 'role: Camat', 'group: pemerintah', 'method: interview',
      'date: 2024-03-12', 'language: id', '---',
      'Peneliti: Selamat pagi, Pak.',
      'Camat: Pagi. Kami rutin rapat',
      'koordinasi tiap bulan.',
      '',
      'Kadang juga di masjid.',
    ].join('\n');
    const { transcript: t, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(t.meta).toMatchObject({ id: 'pujud-camat', role: 'Camat', group: 'pemerintah', method: 'interview', date: '2024-03-12', language: 'id' });
    expect(t.segments.map((s) => [s.id, s.speaker, s.lines, s.codable])).toEqual([
      ['pujud-camat#1', 'Peneliti', [10, 10], false],
      ['pujud-camat#2', 'Camat', [11, 12], true],
      ['pujud-camat#3', 'Camat', [14, 14], true], // a blank line starts a new segment, same speaker
    ]);
    expect(t.segments[1]!.text).toBe('Pagi. Kami rutin rapat\nkoordinasi tiap bulan.');
    const seg = t.segments[1]!;
    expect(text.slice(seg.offsets[0], seg.offsets[0] + 5)).toBe('Pagi.');
    expect(text.slice(seg.offsets[0], seg.offsets[1]).endsWith('tiap bulan.')).toBe(true);
  });

  it('removes timestamps and keeps them on the segment', () => {
    const { transcript: t } = parse('[00:12:30] Kapolsek: Kami patroli malam.\n[12:31] P: Berapa kali?\n');
    expect(t.segments.map((s) => [s.speaker, s.timestamp, s.text])).toEqual([
      ['Kapolsek', '00:12:30', 'Kami patroli malam.'],
      ['P', '12:31', 'Berapa kali?'],
    ]);
  });

  it('treats the default interviewer labels as not codable', () => {
    const { transcript: t } = parse('P: a?\nPeneliti: b?\nPewawancara: c?\nInterviewer: d?\nQ: e?\nT: f?\nWarga: jawab.\n');
    expect(t.segments.map((s) => s.codable)).toEqual([false, false, false, false, false, false, true]);
  });

  it('front matter `interviewer:` replaces the default labels', () => {
    const { transcript: t } = parse('---\ninterviewer: [Mahasiswa]\n---\nMahasiswa: Tanya?\nP: Pak Lurah menjawab.\n');
    expect(t.segments.map((s) => [s.speaker, s.codable])).toEqual([['Mahasiswa', false], ['P', true]]);
  });

  it('segments documents and observation notes by paragraph, ignoring label-like lines', () => {
    const text = '---\nmethod: observation\n---\n# Catatan\n\nTempat: aula kantor camat.\nHadir 12 orang.\n\nDiskusi berjalan lancar.\n';
    const { transcript: t } = parse(text);
    expect(t.segments.map((s) => [s.speaker, s.lines, s.text])).toEqual([
      [undefined, [6, 7], 'Tempat: aula kantor camat.\nHadir 12 orang.'],
      [undefined, [9, 9], 'Diskusi berjalan lancar.'],
    ]);
    expect(t.segments.every((s) => s.codable)).toBe(true);
  });

  it('`speakers:` limits which labels start a turn', () => {
    const { transcript: t } = parse('---\nspeakers: [Camat]\n---\nCamat: Jadi begini.\nIntinya: kami rapat.\n');
    expect(t.segments).toHaveLength(1);
    expect(t.segments[0]!.text).toBe('Jadi begini.\nIntinya: kami rapat.');
  });

  it('a label alone on its line starts a turn whose text follows', () => {
    const { transcript: t } = parse('Camat:\nKami rapat tiap bulan.\n');
    expect(t.segments.map((s) => [s.speaker, s.lines, s.text])).toEqual([['Camat', [2, 2], 'Kami rapat tiap bulan.']]);
  });

  it('handles CRLF line endings', () => {
    const { transcript: t } = parse('Camat: satu\r\ndua\r\n\r\nWarga: tiga\r\n');
    expect(t.segments.map((s) => [s.text, s.lines])).toEqual([['satu\ndua', [1, 2]], ['tiga', [4, 4]]]);
  });

  it('reports broken front matter with a position', () => {
    const { diagnostics } = parse('---\nid: x\nmethod: wawancara\ndate: 12-03-2024\n---\nCamat: a\n');
    expect(diagnostics.map((d) => [d.line, d.ruleId, d.severity])).toEqual([
      [3, 'front-matter', 'error'],
      [4, 'front-matter', 'error'],
    ]);
    expect(diagnostics[0]!.message).toContain('wawancara');
    expect(diagnostics[0]!.hint).toContain('interview');
  });

  it('rejects ids that would escape the output folder', () => {
    const { diagnostics } = parse('---\nid: ../../etc/passwd\n---\nCamat: a\n');
    expect(diagnostics[0]).toMatchObject({ line: 2, ruleId: 'front-matter', severity: 'error' });
  });

  it('reports unterminated front matter and unknown keys', () => {
    expect(parse('---\nid: x\nCamat: a\n').diagnostics[0]).toMatchObject({ line: 1, ruleId: 'front-matter', severity: 'error' });
    expect(parse('---\nrole: x\ninformnt: y\n---\nA: b\n').diagnostics[0]).toMatchObject({ line: 3, severity: 'warning' });
  });

  it('warns about empty transcripts and transcripts with only interviewer turns', () => {
    expect(parse('---\nid: x\n---\n\n').diagnostics[0]!.ruleId).toBe('empty-transcript');
    expect(parse('Peneliti: halo?\nP: ada orang?\n').diagnostics[0]!.ruleId).toBe('no-informant-turns');
  });

  it('numbers segments in order and uses the default id', () => {
    const { transcript: t } = parse('A: satu\n\nB: dua\n', 'wawancara-1');
    expect(t.segments.map((s) => s.id)).toEqual(['wawancara-1#1', 'wawancara-1#2']);
  });
});
