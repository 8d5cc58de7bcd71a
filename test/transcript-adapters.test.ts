/**
 * The format adapters one by one: what real meeting exports and Word files contain (voice tags,
 * Zoom's `Name:` cues, entities, styling tags, line breaks, text boxes) and what the reader of a
 * subtitle file or a Word file must make of them. Fiction throughout.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/project/files.js';
import { readDocx } from '../src/project/read-docx.js';
import { docxToText, type DocxNode } from '../src/transcript/formats/docx.js';
import { srtToText } from '../src/transcript/formats/srt.js';
import { vttToText } from '../src/transcript/formats/vtt.js';
import { parseTranscript } from '../src/transcript/parse.js';
import { makeDocx } from './helpers/docx.js';

/** Adapter output through the Markdown parser, as the project loader does it. */
function turns(conv: { text: string; speakers: string[] }) {
  const { transcript } = parseTranscript(conv.text, 'x', 'x', { speakers: conv.speakers });
  return transcript.segments.map((s) => [s.speaker, s.text, s.lines, s.timestamp]);
}

describe('WebVTT', () => {
  it('reads a Teams export: voice tags with classes, entities, styling, NOTE and STYLE blocks, times without hours', () => {
    const conv = vttToText([
      'WEBVTT - rapat koordinasi', 'Kind: captions', '',
      'STYLE', '::cue { color: yellow }', '',
      'NOTE', 'dua baris', 'catatan', '',
      'a1/1-0', '00:05.000 --> 00:09.000 line:90%', '<v.loud Dr. Budi Santoso, M.Si (Dinas LH)>Rapat kami <b>rutin</b> &amp; terbuka.</v>', '',
      'a1/2-0', '00:09.500 --> 00:12.000', '<v Dr. Budi Santoso, M.Si (Dinas LH)>Jadi begini: semua hadir&nbsp;lengkap.</v>', '',
      '01:00:00.000 --> 01:00:02.000', '<v Peneliti>Terima kasih, Pak.', '',
    ].join('\n'), 'r.vtt');
    expect(conv.diagnostics).toEqual([]);
    expect(conv.speakers).toEqual(['Dr. Budi Santoso, M.Si (Dinas LH)', 'Peneliti']);
    // "Jadi begini:" inside a turn is not taken for a new speaker: only the cues' voices are
    expect(turns(conv)).toEqual([
      ['Dr. Budi Santoso, M.Si (Dinas LH)', 'Rapat kami rutin & terbuka.\nJadi begini: semua hadir lengkap.', [1, 2], '00:00:05.000'],
      ['Peneliti', 'Terima kasih, Pak.', [3, 3], '01:00:00.000'],
    ]);
  });

  it('a cue whose words start like another speaker\'s label stays with its own voice', () => {
    const conv = vttToText([
      'WEBVTT', '',
      '00:01.000 --> 00:04.000', '<v Rina Kusuma>Bagaimana hubungan dengan warga?', '',
      '00:04.500 --> 00:08.000', '<v Ibu Sari>Rapat kami rutin.', '',
      '00:08.500 --> 00:12.000', '<v Ibu Sari>Rina Kusuma: sebenarnya kami percaya.', '',
    ].join('\n'), 'q.vtt');
    expect(turns(conv)).toEqual([
      ['Rina Kusuma', 'Bagaimana hubungan dengan warga?', [1, 1], '00:00:01.000'],
      ['Ibu Sari', 'Rapat kami rutin.\nRina Kusuma: sebenarnya kami percaya.', [2, 3], '00:00:04.500'],
    ]);
  });

  it('reads a Zoom export: the speaker as `Name:` at the start of each cue, numbered cues', () => {
    const conv = vttToText([
      'WEBVTT', '',
      '1', '00:00:01.140 --> 00:00:04.500', 'sari wulandari: Kami belum pernah diundang.', '',
      '2', '00:00:04.600 --> 00:00:06.000', 'sari wulandari: Padahal kami ingin terlibat.', '',
      '3', '00:00:06.100 --> 00:00:08.000', 'Peneliti: Sejak kapan?', '',
    ].join('\n'), 'z.vtt');
    expect(turns(conv)).toEqual([
      ['sari wulandari', 'Kami belum pernah diundang.\nPadahal kami ingin terlibat.', [1, 2], '00:00:01.140'],
      ['Peneliti', 'Sejak kapan?', [3, 3], '00:00:06.100'],
    ]);
  });

  it('warns when no cue names a speaker, and reads the cues as one turn', () => {
    const conv = vttToText('WEBVTT\n\n00:01.000 --> 00:02.000\nkami rapat\n\n00:02.000 --> 00:03.000\ntiap bulan\n', 'y.vtt');
    expect(conv.diagnostics.map((d) => [d.line, d.severity, d.ruleId])).toEqual([[3, 'warning', 'cue-no-speaker']]);
    expect(turns(conv)).toEqual([[undefined, 'kami rapat\ntiap bulan', [1, 2], '00:00:01.000']]);
  });

  it('an empty cue keeps the numbering and adds nothing to the turn', () => {
    const conv = vttToText('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ani>satu\n\n00:02.000 --> 00:03.000\n\n00:03.000 --> 00:04.000\n<v Ani>dua\n', 'e.vtt');
    expect(turns(conv)).toEqual([['Ani', 'satu\ndua', [1, 3], '00:00:01.000']]);
  });

  it('reports a block that is not a cue, and a timing with a bad end, at their positions', () => {
    const conv = vttToText('WEBVTT\n\nhalo semua\n\n00:00:01.000 --> 1:2\n<v A>x\n', 'b.vtt');
    expect(conv.diagnostics.map((d) => [d.line, d.column, d.ruleId, d.message])).toEqual([
      [3, 1, 'cue-timing', 'this block is not a cue: it has no timing line `start --> end`'],
      [5, 18, 'cue-timing', '"1:2" is not a cue end time'],
    ]);
  });
});

describe('SubRip', () => {
  it('strips styling, keeps a cue together across a blank line inside it, and continues unnamed cues', () => {
    const conv = srtToText([
      '1', '00:00:01,000 --> 00:00:03,000', '{\\an8}<font color="#ffff00">Ibu Ani:</font> Warga <i>belum</i> percaya.', '', 'Masih curiga.', '',
      '2', '00:00:03,500 --> 00:00:05,000', 'Kami butuh laporan.', '',
      '3', '00:00:05,500 --> 00:00:06,000', 'P: Laporan apa?', '',
    ].join('\n'), 's.srt');
    expect(conv.diagnostics).toEqual([]);
    expect(turns(conv)).toEqual([
      ['Ibu Ani', 'Warga belum percaya. Masih curiga.\nKami butuh laporan.', [1, 2], '00:00:01.000'],
      ['P', 'Laporan apa?', [3, 3], '00:00:05.500'],
    ]);
  });

  it('a numbered block without its timing line is an error on the line where the timing belongs', () => {
    const conv = srtToText('1\n00:00:01,000 --> 00:00:02,000\nA: x\n\n2\n00:00:03,000 - 00:00:04,000\nA: y\n', 'n.srt');
    expect(conv.diagnostics.map((d) => [d.line, d.column, d.severity, d.ruleId])).toEqual([[6, 1, 'error', 'cue-timing']]);
  });
});

describe('Word (.docx)', () => {
  const p = (...children: DocxNode[]): DocxNode => ({ type: 'paragraph', children: [{ type: 'run', children }] });
  const t = (value: string): DocxNode => ({ type: 'text', value });

  it('a paragraph is a line, an empty one a blank line; a manual line break starts a line; a text box is its own line', () => {
    const doc: DocxNode = {
      type: 'document',
      children: [
        p(t('Peneliti:'), t(' Bagaimana\u00a0rapatnya?')),
        p(t('Lurah: Rutin.'), { type: 'break' }, t('Tiap'), { type: 'tab' }, t('bulan.')),
        { type: 'paragraph', children: [] },
        p(t('Lanjut '), { type: 'run', children: [{ type: 'paragraph', children: [t('Kotak teks')] }] }, t('lagi.')),
        { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [p(t('Sel'))] }] }] },
        { type: 'paragraph', children: [] },
        { type: 'paragraph', children: [] },
      ],
    };
    expect(docxToText(doc)).toBe('Peneliti: Bagaimana rapatnya?\nLurah: Rutin.\nTiap\tbulan.\n\nLanjut\nKotak teks\nlagi.\nSel\n');
  });

  it('reads Shift+Enter breaks from a real .docx through mammoth', async () => {
    const r = await readDocx(await makeDocx(['Lurah: Rutin.\nTiap bulan & terbuka.', '', 'P: <sungguh>?']), 'w.docx');
    expect(r).toEqual({ text: 'Lurah: Rutin.\nTiap bulan & terbuka.\n\nP: <sungguh>?\n' });
  });
});

describe('text encodings', () => {
  const text = (buf: Buffer) => {
    const r = decodeText(buf, 'f.txt');
    return 'text' in r ? r.text : r.diagnostic.ruleId;
  };
  it('reads CRLF, lone CR and LF alike, in UTF-8 and UTF-16', () => {
    const want = 'a\nb\n\nc\n';
    expect(text(Buffer.from('a\r\nb\r\n\r\nc\r\n'))).toBe(want);
    expect(text(Buffer.from('a\rb\r\rc\r'))).toBe(want);
    expect(text(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\rb\r\n\nc\r', 'utf16le')]))).toBe(want);
    expect(text(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('a\r\nb\r\n\r\nc\r\n', 'utf16le').swap16()]))).toBe(want);
  });
  it('reports UTF-16 that is cut in the middle of a character, and NUL characters', () => {
    expect(text(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x61])]))).toBe('encoding');
    expect(text(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(8, 0)]))).toBe('binary-file');
  });
});
