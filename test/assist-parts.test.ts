import { describe, expect, it } from 'vitest';
import { findQuote, readAnswer } from '../src/assist/answer.js';
import { chatEndpoint, isLoopback } from '../src/assist/endpoint.js';
import { duration, progressLine } from '../src/assist/progress.js';
import { headerChanges, modelCodingsFile, readAssistHeader } from '../src/codings/assist-header.js';
import { parseCodings } from '../src/codings/parse.js';

describe('the endpoint', () => {
  it('accepts loopback addresses only', () => {
    for (const h of ['localhost', '127.0.0.1', '127.10.0.3', '[::1]', 'api.localhost', '[::ffff:7f00:1]']) expect(isLoopback(h), h).toBe(true);
    for (const h of ['example.org', '10.0.0.5', '192.168.1.2', '128.0.0.1', '0.0.0.0', '[::2]', 'localhost.example.org', '127.0.0.1.nip.io']) expect(isLoopback(h), h).toBe(false);
  });

  it('adds /chat/completions to a base URL, once', () => {
    expect(chatEndpoint('http://localhost:11434/v1', false)).toMatchObject({ url: 'http://localhost:11434/v1/chat/completions' });
    expect(chatEndpoint('http://127.0.0.1:8080/v1/chat/completions/', false)).toMatchObject({ url: 'http://127.0.0.1:8080/v1/chat/completions' });
  });

  it('refuses what is not an http address, or holds a password', () => {
    expect(chatEndpoint('localhost:11434', false).problem).toMatch(/not an http/);
    expect(chatEndpoint('not a url', false).problem).toMatch(/not a URL/);
    expect(chatEndpoint('http://me:secret@localhost/v1', false).problem).toMatch(/password/);
    expect(chatEndpoint('https://api.example.org/v1', false).problem).toMatch(/refusing to send transcripts to api\.example\.org/);
    expect(chatEndpoint('https://api.example.org/v1', true)).toMatchObject({ url: 'https://api.example.org/v1/chat/completions' });
  });
});

describe('reading an answer', () => {
  const ids = new Set(['dialog', 'trust']);
  const text = 'Kami rapat\ntiap bulan. Warga “percaya” pada kader.';

  it('keeps valid entries and finds their quotes ignoring case, spacing and curly quotes', () => {
    const a = readAnswer(JSON.stringify({ codes: [
      { code: 'dialog', polarity: 'support', quote: 'kami RAPAT tiap bulan', reason: ' a   monthly\nmeeting ' },
      { code: 'trust', polarity: 'limit', quote: 'Warga "percaya"', reason: 'trust' },
      { code: 'dialog', polarity: 'support', quote: 'tiap bulan', reason: 'again' },
    ] }), ids, text);
    expect(a.problem).toBeUndefined();
    expect(a.codings).toEqual([
      { code: 'dialog', polarity: 'support', at: [0, 21], reason: 'a monthly meeting' },
      { code: 'trust', polarity: 'limit', at: [23, 38], reason: 'trust' },
    ]);
    expect(a.codings!.map((c) => text.slice(c.at[0], c.at[1]))).toEqual(['Kami rapat\ntiap bulan', 'Warga “percaya”']);
  });

  it('drops unknown codes, quotes not in the segment and entries without code or quote', () => {
    const a = readAnswer(JSON.stringify({ codes: [
      { code: 'leadership', quote: 'Kami rapat' }, { code: 'trust', quote: 'Warga tidak percaya' }, { code: 'trust', quote: '' }, 'dialog', { quote: 'Kami' },
    ] }), ids, text);
    expect(a.codings).toEqual([]);
    expect((a as { dropped: { kind: string }[] }).dropped.map((d) => d.kind)).toEqual(['unknown-code', 'invented-quote', 'invented-quote', 'malformed-entry', 'malformed-entry']);
  });

  it('reads JSON in a fence or after a <think> block; refuses what is not the expected JSON', () => {
    expect(readAnswer('```json\n{"codes": []}\n```', ids, text).codings).toEqual([]);
    expect(readAnswer('<think>rapat means meeting {</think>\n{"codes": []}', ids, text).codings).toEqual([]);
    expect(readAnswer('Here you go: {"codes": []} Hope it helps!', ids, text).codings).toEqual([]);
    expect(readAnswer('{"codes": [', ids, text).problem).toMatch(/^the answer is not valid JSON/);
    expect(readAnswer('', ids, text).problem).toMatch(/not valid JSON .*: empty/);
    expect(readAnswer('[{"code": "dialog"}]', ids, text).problem).toBe('the answer is JSON but not an object with a "codes" list');
    expect(readAnswer('{"codes": "dialog"}', ids, text).problem).toBe('the answer is JSON but not an object with a "codes" list');
  });

  it('findQuote gives offsets into the original text', () => {
    expect(findQuote('Ya.  Kami   RAPAT.', 'kami rapat')).toEqual([5, 17]);
    expect(findQuote('Ya.', 'tidak')).toBeUndefined();
    expect(findQuote('Ya.', '   ')).toBeUndefined();
  });
});

describe('progress', () => {
  it('shows segments done, rate and time left', () => {
    expect(progressLine(0, 40, 0)).toBe('[--------------------] 0/40 segments');
    expect(progressLine(10, 40, 20_000)).toBe('[#####---------------] 10/40 segments · 30.0/min · about 1 min left');
    expect(progressLine(30, 40, 10_000)).toBe('[###############-----] 30/40 segments · 3.0/s · about 3 s left');
    expect(progressLine(40, 40, 10_000)).toBe('[####################] 40/40 segments · 4.0/s');
    expect(duration(5_400_000)).toBe('1 h 30 min');
  });
});

describe("a model's codings file header", () => {
  const h = { model: 'qwen2.5:7b-instruct', temperature: 0, seed: 42, prompt: 'telaah-assist-1', codebook: '0123456789ab' };
  it('is written, read back, compared, and accepted by the codings parser without a warning', () => {
    const text = modelCodingsFile('qwen', h);
    expect(readAssistHeader(text)).toEqual(h);
    expect(headerChanges(h, { ...h, seed: 7 })).toEqual(['seed: 42 → 7']);
    expect(readAssistHeader('coder: sari\ncodings: []\n')).toBeUndefined();
    const parsed = parseCodings(text, 'codings/qwen.yaml', 'qwen');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.codings).toMatchObject({ coder: 'qwen', codings: [] });
  });
});
