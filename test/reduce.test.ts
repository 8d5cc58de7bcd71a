import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceTranscript, dropReason } from '../src/passes/reduce.js';
import { parseTranscript } from '../src/transcript/parse.js';
import { normalizeText } from '../src/text/normalize.js';
import { words } from '../src/text/tokenize.js';

const reduce = (text: string) => reduceTranscript(parseTranscript(text, 't.md', 't').transcript, { language: 'id' });

describe('reduction pass', () => {
  it('drops interviewer turns, fillers, greetings and duplicates and reports why', () => {
    const r = reduce([
      'Peneliti: Selamat pagi, Pak.',
      'Camat: Selamat pagi. Silakan.',
      'Peneliti: Bagaimana koordinasinya?',
      'Camat: Kami rapat koordinasi tiap bulan dengan Polsek.',
      'Peneliti: Oh begitu.',
      'Camat: Iya, betul.',
      'Camat: Hmm.',
      'Camat: Kami rapat koordinasi tiap bulan dengan Polsek.',
      'Camat: Terima kasih kembali, sama-sama.',
    ].join('\n'));
    expect(r.segments.map((s) => s.reason ?? 'kept')).toEqual([
      'interviewer', 'greeting', 'interviewer', 'kept', 'interviewer', 'filler', 'filler', 'duplicate', 'greeting',
    ]);
    expect(r.report).toMatchObject({ segments: 9, kept: 1, dropped: { interviewer: 3, filler: 2, greeting: 2, duplicate: 1, 'no-content': 0 } });
    expect(r.report.wordsAfter).toBe(7);
    expect(r.report.wordsBefore).toBeGreaterThan(r.report.wordsAfter);
  });

  it('calls a segment a duplicate exactly when an earlier kept one has the same words in the same order', () => {
    // the words differ in case, punctuation and spacing only; a reference keyed by the joined words decides
    const word = fc.constantFrom('rapat', 'Rapat', 'RAPAT', 'desa', 'warga', 'koordinasi', 'polsek', 'tiap', 'bulan', 'kami', 'masalah-masalah', 'masalah');
    const segment = fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', '  ', '. ')), { minLength: 1, maxLength: 5 })
      .map((ws) => ws.map(([w, sep]) => w + sep).join('').trim());
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 30 }), (segs) => {
      const r = reduce(segs.map((s) => `Kades: ${s}`).join('\n'));
      const seen = new Set<string>();
      const expected = r.segments.map((s) => {
        if (s.reason && s.reason !== 'duplicate') return s.reason;
        const key = words(s.text).join(' ');
        if (seen.has(key)) return 'duplicate';
        seen.add(key);
        return 'kept';
      });
      expect(r.segments.map((s) => s.reason ?? 'kept')).toEqual(expected);
    }));
  });

  it('keeps a turn that starts with a greeting but says something', () => {
    expect(dropReason(words('Selamat pagi, kami sudah patroli bersama Babinsa'), 'id')).toBeUndefined();
  });

  it('drops segments with only stop words as no-content', () => {
    expect(dropReason(words('Itu saja, yang itu.'), 'id')).toBe('no-content');
    expect(dropReason(words('Well, you know, it is what it is.'), 'en')).toBe('no-content');
    expect(dropReason(words('Okay. I see.'), 'en')).toBe('filler');
  });

  it('normalises quotes, PDF hyphenation and whitespace, keeping reduplication', () => {
    expect(normalizeText('“Penegakan ke-\ntertiban”  dan\tmasalah-\nmasalah')).toBe('"Penegakan ketertiban" dan masalah-masalah');
  });

  it('treats hyphenated reduplication as the base word', () => {
    expect(words('Masalah-masalah itu kami selesaikan bersama-sama, anti-narkoba.')).toEqual(
      ['masalah', 'itu', 'kami', 'selesaikan', 'bersama', 'anti', 'narkoba'],
    );
  });
});
