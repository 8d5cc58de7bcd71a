import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { chatServer, goodAnswer, type ChatCall, type Reply, type StandIn } from './helpers/chat-server.js';
import { run } from './helpers/cli.js';
import { miniProject } from './helpers/mini-project.js';
import { SARI, TRANSCRIPTS } from './fixtures/assist/transcripts.js';

let server: StandIn | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(answer: (call: ChatCall) => Reply): Promise<string> {
  server = await chatServer(answer);
  return server.url;
}

const assist = (dir: string, url: string, ...more: string[]) => run(['code', dir, '--assist', url, '--model', 'tiny-model', '--coder', 'llm', ...more]);
const fileOf = (dir: string, coder = 'llm') => path.join(dir, 'codings', `${coder}.yaml`);
const read = (dir: string, coder = 'llm') => parse(readFileSync(fileOf(dir, coder), 'utf8'));
/** Kept, codable segments of the fixture: 4 answers of the village head, 2 of the midwife. */
const SEGMENTS = 6;

describe('telaah code --assist against a stand-in server', () => {
  it('writes good answers as ordinary codings, with the model and settings in the header', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const url = await serve((c) => ({ content: goodAnswer(c.text) }));
    const r = await assist(dir, url);
    expect(r.stderr).not.toMatch(/error|warning/);
    expect(r.code).toBe(0);
    expect(server!.calls).toHaveLength(SEGMENTS);
    const f = read(dir);
    expect(f.coder).toBe('llm');
    expect(f.assist).toEqual({ model: 'tiny-model', temperature: 0, seed: 42, prompt: 'telaah-assist-1', codebook: expect.stringMatching(/^[0-9a-f]{12}$/), context: 'the segment before' });
    expect(f.codings).toContainEqual(expect.objectContaining({
      transcript: 'sukamaju-kades', code: 'dialog-tatap-muka', polarity: 'support', memo: 'mentions rapat',
      quote: 'Awalnya kami rapat di balai desa dengan bidan dan kader posyandu.',
    }));
    // a quote across a line break is written as the file has it, with hints to find it again
    expect(f.codings).toContainEqual(expect.objectContaining({
      code: 'komitmen-proses', polarity: 'limit', quote: 'Kami sepakat menyisihkan dana tiap tahun, tapi belum semua dusun ikut.', line: 16,
    }));
    // the first midwife segment has no rule's word: decided without a code
    expect(f.decided).toEqual([expect.objectContaining({ transcript: 'sukamaju-bidan', line: 10 })]);
    // the file is an input like any coder's: it loads without a warning and the analysis counts it
    const coded = await run(['code', dir, '--format', 'jsonl']);
    expect(coded.stderr).toBe('');
    const origins = coded.stdout.trim().split('\n').flatMap((l) => JSON.parse(l).codes.map((c: { origin: string }) => c.origin));
    expect(origins.filter((o: string) => o === 'manual:llm')).toHaveLength(f.codings.length);
    expect(r.stdout).toContain(`${SEGMENTS} segments coded by tiny-model`);
    expect(r.stderr).toMatch(/\[#{20}\] 6\/6 segments · /);
  });

  it('asks for repeatable answers under a schema, and sends only the codebook, the segment and the one before', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const url = await serve(() => ({ content: '{"codes":[]}' }));
    await assist(dir, url, '--transcripts', 'sukamaju-kades', '--limit', '1', '--seed', '7');
    const [call] = server!.calls;
    expect(call!.body).toMatchObject({ model: 'tiny-model', temperature: 0, seed: 7, stream: false });
    expect(call!.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { strict: true } });
    expect(JSON.stringify(call!.body.response_format)).toContain('"enum":["dialog-tatap-muka","membangun-kepercayaan"');
    expect(call!.headers.authorization).toBeUndefined();
    const [system, user] = call!.body.messages;
    expect(system!.content).toContain('- id: membangun-kepercayaan');
    expect(system!.content).toContain('include when:');
    expect(user!.content).toContain('Previous segment (context only, not to be coded):\n"""\nPeneliti: Bagaimana awal kerja sama');
    expect(call!.segment).toBe('sukamaju-kades#2');
    // the informant's name is in the front matter, never in a request
    expect(JSON.stringify(call!.body)).not.toContain('Rahmat');
  });

  it('sends a key from TELAAH_API_KEY only', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const url = await serve(() => ({ content: '{"codes":[]}' }));
    await run(['code', dir, '--assist', url, '--model', 'm', '--coder', 'llm', '--limit', '1'], { env: { TELAAH_API_KEY: 'sk-local-123' } });
    expect(server!.calls[0]!.headers.authorization).toBe('Bearer sk-local-123');
  });

  it('drops and reports unknown codes and invented quotes, keeps the rest', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const url = await serve((c) => c.segment === 'sukamaju-kades#2'
      ? { content: JSON.stringify({ codes: [
        { code: 'kepemimpinan-fasilitatif', polarity: 'support', quote: 'kami rapat di balai desa', reason: 'a leader calls a meeting' },
        { code: 'membangun-kepercayaan', polarity: 'support', quote: 'Warga sangat percaya kepada kepala desa', reason: 'trust' },
        { code: 'dialog-tatap-muka', polarity: 'support', quote: 'kami  RAPAT di balai desa', reason: 'monthly meeting' },
        { polarity: 'support', reason: 'no code at all' },
      ] }) }
      : { content: '{"codes":[]}' });
    const r = await assist(dir, url);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/kades\.md:10:1 +warning +sukamaju-kades#2: the model's answer dropped: code "kepemimpinan-fasilitatif" is not in the codebook +\[assist-unknown-code\]/);
    expect(r.stderr).toMatch(/the quote "Warga sangat percaya kepada kepala desa" for membangun-kepercayaan is not in the segment +\[assist-invented-quote\]/);
    expect(r.stderr).toContain('[assist-malformed-entry]');
    expect(read(dir).codings).toEqual([expect.objectContaining({ code: 'dialog-tatap-muka', quote: 'kami rapat di balai desa' })]);
    expect(r.stdout).toContain('3 answers dropped');
  });

  it('asks again after malformed JSON, showing the model what was wrong, a bounded number of times', async () => {
    const dir = miniProject(TRANSCRIPTS);
    let first = true;
    const url = await serve((c) => {
      if (c.segment !== 'sukamaju-kades#2') return { content: '```json\n{"codes": []}\n```' }; // a fence is fine
      if (first) {
        first = false;
        return { content: '{"codes": [{"code": "dialog-tatap-muka", ' };
      }
      return { content: goodAnswer(c.text) };
    });
    const r = await assist(dir, url);
    expect(r.code).toBe(0);
    const retry = server!.calls.filter((c) => c.segment === 'sukamaju-kades#2');
    expect(retry).toHaveLength(2);
    expect(retry[1]!.body.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(retry[1]!.body.messages[3]!.content).toMatch(/not valid JSON/);
    expect(read(dir).codings[0]).toMatchObject({ code: 'dialog-tatap-muka' });

    // always malformed: that segment fails after 1 + --retries attempts, nothing half-written
    const dir2 = miniProject(TRANSCRIPTS);
    await server!.close();
    const url2 = await serve((c) => ({ content: c.segment === 'sukamaju-kades#3' ? 'Sure! Here are the codes: dialog' : '{"codes":[]}' }));
    const r2 = await assist(dir2, url2, '--retries', '1');
    expect(r2.code).toBe(1);
    expect(server!.calls.filter((c) => c.segment === 'sukamaju-kades#3')).toHaveLength(2);
    expect(r2.stderr).toMatch(/kades\.md:13:1 +error +sukamaju-kades#3: the answer is not valid JSON .* \(after 2 attempts\) +\[assist-malformed-json\]/);
    expect(r2.stdout).toContain('1 segment left: run the same command again');
    expect(read(dir2).decided).toHaveLength(SEGMENTS - 1);
  });

  it('says when the server cut an answer off', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const url = await serve(() => ({ content: '{"codes": [{"code": "dialog-tatap-muka", "polarity": "sup', finish: 'length' }));
    const r = await assist(dir, url, '--retries', '0', '--limit', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the server cut the answer off (finish_reason "length"): give it a larger context length');
  });

  it('waits a bounded time for a slow answer, then asks again', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const slow = new Set<string>();
    const url = await serve((c) => {
      if (c.segment === 'sukamaju-kades#3' && !slow.has(c.segment)) {
        slow.add(c.segment);
        return { delayMs: 8000, content: '{"codes":[]}' };
      }
      if (c.segment === 'sukamaju-bidan#2') return { hang: true };
      return { content: goodAnswer(c.text) };
    });
    const r = await assist(dir, url, '--timeout', '1.5', '--retries', '1');
    expect(server!.calls.filter((c) => c.segment === 'sukamaju-kades#3')).toHaveLength(2);
    expect(r.stderr).toMatch(/bidan\.md:10:1 +error +sukamaju-bidan#2: no answer within 1\.5 s \(after 2 attempts\) +\[assist-failed\]/);
    expect(r.code).toBe(1);
    expect(read(dir).codings.some((c: { code: string }) => c.code === 'membangun-kepercayaan')).toBe(true);
  });

  it('retries server errors, stops after three failed segments in a row, and stops at once on a refusal', async () => {
    const dir = miniProject(TRANSCRIPTS);
    let n = 0;
    const url = await serve(() => (++n === 1 ? { status: 503, raw: 'loading model' } : { content: '{"codes":[]}' }));
    expect((await assist(dir, url)).code).toBe(0);
    expect(server!.calls).toHaveLength(SEGMENTS + 1);
    await server!.close();

    const down = miniProject(TRANSCRIPTS);
    const url2 = await serve(() => ({ status: 500, raw: '{"error":{"message":"CUDA out of memory"}}' }));
    const r = await assist(down, url2, '--retries', '0');
    expect(r.code).toBe(1);
    expect(server!.calls).toHaveLength(3);
    expect(r.stderr).toContain('the server answered HTTP 500: CUDA out of memory');
    expect(r.stdout).toContain('Stopped: 3 segments in a row failed.');
    expect(existsSync(fileOf(down))).toBe(false);
    await server!.close();

    const url3 = await serve(() => ({ status: 404, raw: '{"error":{"message":"model \\"tiny-model\\" not found, try pulling it first"}}' }));
    const r3 = await assist(down, url3);
    expect(r3.code).toBe(1);
    expect(server!.calls).toHaveLength(1);
    expect(r3.stderr).toContain('HTTP 404: model "tiny-model" not found, try pulling it first');
  });

  it('says when nothing answers at the address', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const url = await serve(() => ({ content: '{}' }));
    await server!.close();
    server = undefined;
    const r = await assist(dir, url);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing answers at http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions \(ECONNREFUSED\); is the model server running\?/);
  });

  it('resumes where a run stopped and never asks twice about a segment', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const url = await serve((c) => ({ content: goodAnswer(c.text) }));
    const first = await assist(dir, url, '--limit', '2');
    expect(first.stdout).toContain('4 segments left');
    const before = readFileSync(fileOf(dir), 'utf8');
    // a person's note in the file survives the next run
    writeFileSync(fileOf(dir), before.replace('codings:', '# checked the first two myself\ncodings:'));
    const second = await assist(dir, url);
    expect(second.code).toBe(0);
    expect(server!.calls.map((c) => c.segment)).toEqual(['sukamaju-bidan#2', 'sukamaju-bidan#3', 'sukamaju-kades#2', 'sukamaju-kades#3', 'sukamaju-kades#5', 'sukamaju-kades#6']);
    const after = readFileSync(fileOf(dir), 'utf8');
    expect(after).toContain('# checked the first two myself');
    expect(after.startsWith(before.slice(0, before.indexOf('codings:')))).toBe(true);
    const third = await assist(dir, url);
    expect(third.stdout).toContain('Nothing to send');
    expect(server!.calls).toHaveLength(SEGMENTS);

    // another model or other settings never continue the file
    const other = await run(['code', dir, '--assist', url, '--model', 'bigger-model', '--coder', 'llm']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('other settings (model: tiny-model → bigger-model)');
    // a changed codebook changes what the model is told: that too is another file
    writeFileSync(path.join(dir, 'telaah.yaml'), 'codebook: modal-sosial\ntranscripts: transcripts\nlanguage: id\n');
    const changed = await assist(dir, url);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/other settings \(codebook: [0-9a-f]{12} → [0-9a-f]{12}\)/);
  });

  it("never writes into a person's codings file", async () => {
    const dir = miniProject(TRANSCRIPTS, { 'sari.yaml': SARI });
    const url = await serve(() => ({ content: '{"codes":[]}' }));
    const r = await run(['code', dir, '--assist', url, '--model', 'tiny-model', '--coder', 'sari']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("it is a person's codings file");
    expect(server!.calls).toHaveLength(0);
    expect(readFileSync(fileOf(dir, 'sari'), 'utf8')).toBe(SARI);
  });

  it('refuses an address that is not this computer unless --allow-remote is given', async () => {
    const dir = miniProject(TRANSCRIPTS);
    for (const url of ['http://example.org/v1', 'https://10.0.0.5:8000/v1', 'http://ollama.lan:11434/v1']) {
      const r = await assist(dir, url);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('refusing to send transcripts to');
      expect(r.stderr).toContain('--allow-remote');
    }
    const dry = await assist(dir, 'http://192.0.2.1:9/v1', '--allow-remote', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Nothing was sent');
    expect(existsSync(fileOf(dir))).toBe(false);
  });

  it('options of --assist without --assist are a usage error, not a silent normal run', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const r = await run(['code', dir, '--model', 'tiny-model', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('telaah: error: --model, --dry-run only go with --assist URL (a language model coding)\n');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('--dry-run prints the first prompt and sends nothing; --transcripts picks transcripts', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const url = await serve(() => ({ content: '{"codes":[]}' }));
    const r = await assist(dir, url, '--dry-run', '--transcripts', 'sukamaju-bidan');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Would send 2 of 2 segments still to code');
    expect(r.stdout).toContain('--- user message for sukamaju-bidan#2 ---');
    expect(r.stdout).toContain('Segment to code (sukamaju-bidan#2, Bidan):\n"""\nBelum semua.');
    expect(server!.calls).toHaveLength(0);
    expect(existsSync(fileOf(dir))).toBe(false);
    const bad = await assist(dir, url, '--transcripts', 'sukamaju-camat');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no transcript "sukamaju-camat" in the project (ids: sukamaju-bidan, sukamaju-kades)');
  });

  it("agreement between a person and the model's file", async () => {
    const dir = miniProject(TRANSCRIPTS, { 'sari.yaml': SARI });
    const url = await serve((c) => ({ content: goodAnswer(c.text) }));
    expect((await assist(dir, url)).code).toBe(0);
    const r = await run(['agree', dir, '--coders', 'sari,llm', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.overall.units).toBe(SEGMENTS * 5);
    expect(j.overall.agreement).toBeGreaterThan(0.7);
    expect(j.overall.agreement).toBeLessThan(1);
  });
});
