/**
 * `telaah code` streams its outputs (issue 18): the files are what the whole-corpus writers make,
 * nothing of a failed run replaces earlier outputs, the stage timings are reported on request, and
 * the strings that go into every output line are one-byte V8 strings (half the memory).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../src/codebook/parse.js';
import { parseTranscript } from '../src/transcript/parse.js';
import { oneByte } from '../src/text/one-byte.js';
import { run } from './helpers/cli.js';
import { copyPujud } from './helpers/mini-project.js';

/** V8's serializer writes a one-byte string with the tag '"' and a two-byte one with 'c'. */
const isOneByte = (s: string) => serialize(s)[2] === 0x22;

describe('one-byte strings', () => {
  it('a slice of a string with a dash is two-byte; oneByte copies it to one byte, same characters', () => {
    const src = 'kolaborasi – tatap muka';
    const slice = src.slice(0, 10);
    expect(isOneByte(slice)).toBe(false);
    expect(isOneByte(oneByte(slice))).toBe(true);
    expect(oneByte(slice)).toBe('kolaborasi');
    expect(isOneByte(oneByte(src))).toBe(false); // – is not Latin-1: left as it is
  });

  it('codebook ids, labels and keywords are one-byte even when the YAML holds – and →', () => {
    const yaml = [
      'id: uji-satu-byte',
      'title: { id: "Uji – satu byte → dua" }',
      'codes:',
      '  - id: dialog-tatap-muka',
      '    label: { id: "Dialog tatap muka – rapat", en: Face-to-face dialogue }',
      '    keywords: { id: [musyawarah, "rapat koordinasi"] }',
      '',
    ].join('\n');
    const { codebook } = parseCodebook(yaml, 'uji.yaml');
    const code = codebook!.codes[0]!;
    expect(isOneByte(code.id)).toBe(true);
    expect(isOneByte(code.keywords[0]!.raw)).toBe(true);
    expect(code.label.en && isOneByte(code.label.en)).toBe(true);
  });

  it('transcript ids and informants are one-byte when the transcript holds curly quotes', () => {
    const text = '---\nid: wawancara-kades-sukamaju\ninformant: Kepala Desa Sukamaju\nmethod: interview\n---\nKades: Kami “selalu” rapat tiap Senin.\n';
    const { transcript } = parseTranscript(text, 't.md', 'x');
    expect(isOneByte(transcript!.meta.id)).toBe(true);
    expect(isOneByte(transcript!.meta.informant!)).toBe(true);
  });
});

describe('telaah code streams its outputs', () => {
  it('writes what telaah run writes, at one thread and two, and reports the stages on request', async () => {
    const dir = copyPujud();
    expect((await run(['run', dir, '--out', path.join(dir, 'whole')])).code).toBe(0);
    for (const jobs of ['1', '2']) {
      const out = path.join(dir, `streamed-${jobs}`);
      const timings = path.join(dir, `timings-${jobs}.json`);
      const r = await run(['code', dir, '--out', out, '--jobs', jobs], { env: { TELAAH_TIMINGS: timings } });
      expect(r.code, r.stderr).toBe(0);
      for (const f of ['segments.jsonl', 'codings.csv']) {
        expect(readFileSync(path.join(out, f), 'utf8')).toBe(readFileSync(path.join(dir, 'whole', f), 'utf8'));
      }
      expect(readdirSync(out).filter((n) => /tmp/.test(n))).toEqual([]);
      const stages = JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>;
      for (const s of ['load', 'reduce', 'code', 'serialise', 'write', 'total']) expect(stages[s], s).toBeGreaterThanOrEqual(0);
    }
  });

  it('--format jsonl prints the file it writes', async () => {
    const dir = copyPujud();
    const r = await run(['code', dir, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8'));
    const csv = await run(['code', dir, '--format', 'csv']);
    expect(csv.stdout).toBe(readFileSync(path.join(dir, 'out', 'codings.csv'), 'utf8'));
  });
});
