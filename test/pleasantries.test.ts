/**
 * Reduction drops the small talk at the start and end of an interview — a list of real-sounding
 * (invented) openers and closers in both languages — and never an answer that says something.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reduceTranscript } from '../src/passes/reduce.js';
import { parseTranscript } from '../src/transcript/parse.js';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'pleasantries');
const lines = (file: string) => readFileSync(path.join(fixtures, file), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split(' | ') as ['id' | 'en', string]);

const ASK = { id: 'Bagaimana kerja sama dengan Polsek selama ini?', en: 'How do the council and the police work together?' };
const ANSWER = {
  id: 'Kami rapat koordinasi tiap bulan dengan Polsek dan tokoh masyarakat, tapi dana ronda masih terbatas.',
  en: 'We meet the neighbourhood officers every month, but the residents are still wary of them.',
};
const THANK = { id: 'Baik, Pak. Terima kasih banyak atas waktunya.', en: 'That is all, thank you very much.' };

/** An interview: the interviewer greets, the informant says `first`, one question and answer, thanks, the informant says `last`. */
function interview(lang: 'id' | 'en', first: string, last: string) {
  const text = `---\nid: t\nmethod: interview\nlanguage: ${lang}\ninterviewer: [Peneliti]\n---\n` +
    `Peneliti: ${lang === 'id' ? 'Assalamualaikum, selamat pagi.' : 'Good morning.'}\n\nInforman: ${first}\n\n` +
    `Peneliti: ${ASK[lang]}\n\nInforman: ${ANSWER[lang]}\n\nPeneliti: ${THANK[lang]}\n\nInforman: ${last}\n`;
  const r = reduceTranscript(parseTranscript(text, 't.md', 't').transcript, { language: lang });
  return r.segments.filter((s) => s.segment.codable).map((s) => s.reason ?? 'kept');
}

describe('pleasantries at the edges of an interview', () => {
  const openers = lines('openers.txt');
  const closers = lines('closers.txt');
  it('has at least 30 openers and 30 closers in both languages', () => {
    expect(openers.length).toBeGreaterThanOrEqual(30);
    expect(closers.length).toBeGreaterThanOrEqual(30);
    for (const list of [openers, closers]) expect(new Set(list.map(([l]) => l))).toEqual(new Set(['id', 'en']));
  });

  for (const [lang, opener] of openers) {
    it(`drops the opener "${opener}"`, () => {
      expect(interview(lang, opener, ANSWER[lang].replace('Kami', 'Dulu kami').replace('We', 'We used to'))).toEqual(['greeting', 'kept', 'kept']);
    });
  }
  for (const [lang, closer] of closers) {
    it(`drops the closer "${closer}"`, () => {
      expect(interview(lang, ANSWER[lang].replace('tiap bulan', 'tiap minggu').replace('every month', 'every week'), closer)).toEqual(['kept', 'kept', 'greeting']);
    });
  }
  for (const [lang, content] of lines('content.txt')) {
    it(`keeps "${content}" at the start and at the end`, () => {
      expect(interview(lang, content, content.replace(/\.$/, ' juga.'))).toEqual(['kept', 'kept', 'kept']);
    });
  }

  it('leaves the same words alone in the middle of an interview', () => {
    const text = '---\nid: t\nmethod: interview\ninterviewer: [Peneliti]\n---\nKades: Pemuda kami ajak ronda.\n\nKades: Belajar yang rajin, itu saja.\n\nKades: Warga mulai percaya.\n';
    const r = reduceTranscript(parseTranscript(text, 't.md', 't').transcript, { language: 'id' });
    expect(r.segments.map((s) => s.reason ?? 'kept')).toEqual(['kept', 'kept', 'kept']);
  });

  it('does not apply to documents and observation notes', () => {
    const text = '---\nid: d\nmethod: document\n---\nSilakan duduk.\n\nRapat koordinasi dilaksanakan tiap bulan.\n';
    const r = reduceTranscript(parseTranscript(text, 'd.md', 'd').transcript, { language: 'id' });
    expect(r.segments.map((s) => s.reason ?? 'kept')).toEqual(['kept', 'kept']);
  });
});
