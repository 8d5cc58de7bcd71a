/**
 * `telaah code --assist` as a separate process (the built bin/telaah.js, as `npm test` builds it):
 * Ctrl-C loses nothing written and a second run continues; without --assist none of its modules
 * is loaded.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { chatServer, goodAnswer, type StandIn } from './helpers/chat-server.js';
import { run } from './helpers/cli.js';
import { miniProject } from './helpers/mini-project.js';
import { TRANSCRIPTS } from './fixtures/assist/transcripts.js';

const root = path.join(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'telaah.js');
let server: StandIn | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Segments the model's file holds (coded or decided without a code); 0 while it is missing or mid-way. */
function segmentsIn(file: string): number {
  if (!existsSync(file)) return 0;
  const f = parse(readFileSync(file, 'utf8'));
  return new Set([...(f.codings ?? []), ...(f.decided ?? [])].map((e: { line: number; transcript: string }) => `${e.transcript}:${e.line}`)).size;
}

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never happened: ${what}`);
}

describe('telaah code --assist as a process', () => {
  it('Ctrl-C while the model thinks keeps every segment written; the next run continues', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const file = path.join(dir, 'codings', 'llm.yaml');
    server = await chatServer((c) => (c.n <= 2 ? { content: goodAnswer(c.text) } : { hang: true }));
    const child = spawn(process.execPath, [bin, 'code', dir, '--assist', server.url, '--model', 'tiny-model', '--coder', 'llm'], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(() => server!.calls.length === 3, 'the third request');
    expect(segmentsIn(file)).toBe(2);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(out).toContain('Interrupted: everything above is saved.');
    expect(out).toContain('4 segments left: run the same command again to continue.');
    expect(segmentsIn(file)).toBe(2);
    expect(readFileSync(file, 'utf8')).not.toMatch(/tmp/);

    await server.close();
    server = await chatServer((c) => ({ content: goodAnswer(c.text) }));
    const again = await run(['code', dir, '--assist', server.url, '--model', 'tiny-model', '--coder', 'llm']);
    expect(again.code).toBe(0);
    expect(server.calls).toHaveLength(4);
    expect(segmentsIn(file)).toBe(6);
  });

  it('without --assist, no module of it is loaded', () => {
    const loaded = (...args: string[]) => {
      const log = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-resolve-')), 'log');
      const r = spawnSync(process.execPath, ['--import', path.join(root, 'test', 'fixtures', 'assist', 'resolve-log.mjs'), bin, ...args],
        { env: { ...process.env, RESOLVE_LOG: log }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(log, 'utf8').split('\n').filter((u) => /\/dist\/(assist\/|cli\/commands\/code-(assist|review)|interactive\/review)/.test(u));
    };
    expect(loaded('--help')).toEqual([]);
    expect(loaded('code', path.join(root, 'samples', 'pujud'), '--format', 'csv', '--out', path.join(mkdtempSync(path.join(tmpdir(), 'telaah-out-')), 'out'))).toEqual([]);
    // the check can see them: with --assist they are there
    expect(loaded('code', path.join(root, 'samples', 'pujud'), '--assist', 'http://localhost:9/v1', '--model', 'm', '--coder', 'llm', '--dry-run').length).toBeGreaterThan(0);
  });
});
