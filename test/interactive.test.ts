/**
 * `telaah code --interactive` driven through a real terminal (tmux send-keys / capture-pane):
 * accept, quit with q, resume where the coder stopped, and keep every accepted coding after Ctrl-C.
 * Skipped with a message where tmux is not installed (.ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('interactive.test.ts: tmux is not installed, skipping the terminal session test (apt-get install tmux)');
const bin = path.join(import.meta.dirname, '..', 'bin', 'telaah.js');
const session = `telaah-test-${process.pid}`;

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', session);
const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);

async function waitFor(re: RegExp, ms = 15000): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    last = screen();
    if (re.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`screen never matched ${re}:\n${last}`);
}

function startSession(dir: string): void {
  spawnSync('tmux', ['kill-session', '-t', session]);
  tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', `NO_COLOR=1 node ${bin} code ${dir} --interactive --coder tester; sleep 60`);
}

describe.skipIf(!hasTmux)('telaah code --interactive in a terminal', () => {
  afterAll(() => void spawnSync('tmux', ['kill-session', '-t', session]));

  it('accepts codings, quits with q, resumes, and keeps accepted codings after Ctrl-C', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-tui-')), 'pujud');
    cpSync(path.join(import.meta.dirname, '..', 'samples', 'pujud'), dir, { recursive: true, filter: (s) => !s.split(path.sep).includes('out') });
    const file = path.join(dir, 'codings', 'tester.yaml');

    startSession(dir);
    const first = await waitFor(/coder tester · 1\/(\d+)/);
    const total = Number(/1\/(\d+)/.exec(first)![1]);
    for (const line of first.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    keys('Enter'); // first segment: decided, no code
    await waitFor(/2\/\d+ · saved 1/);
    keys('/', 'd', 'i', 'a', 'l', 'o', 'g');
    await waitFor(/Dialog tatap muka \(dialog-tatap-muka\)/);
    keys('Enter'); // pick the first search result
    await waitFor(/\[x\].*Dialog tatap muka/);
    keys('m');
    keys('-l', 'rapat pertama');
    keys('Enter', 'Enter'); // keep the memo, accept the segment
    await waitFor(/3\/\d+ · saved 2/);
    keys('q');
    await waitFor(/2 segments saved to/);
    const afterQuit = parse(readFileSync(file, 'utf8'));
    expect(afterQuit.coder).toBe('tester');
    expect(afterQuit.decided).toHaveLength(1);
    expect(afterQuit.codings).toEqual([expect.objectContaining({ transcript: 'pujud-camat', code: 'dialog-tatap-muka', memo: 'rapat pertama' })]);

    // resume: the two decided segments are not shown again
    startSession(dir);
    await waitFor(new RegExp(`coder tester · 1/${total - 2} `));
    keys('/', 'h', 'a', 's', 'i', 'l');
    await waitFor(/Hasil sementara \(hasil-sementara\)/);
    keys('Enter', 'Enter');
    await waitFor(/saved 1/);
    keys('C-c');
    await waitFor(/1 segment saved to/);
    const afterInterrupt = parse(readFileSync(file, 'utf8'));
    expect(afterInterrupt.codings.map((c: { code: string }) => c.code)).toEqual(['dialog-tatap-muka', 'hasil-sementara']);
    expect(afterInterrupt.decided).toHaveLength(1);

    // the codings are real codings of the project now
    const code = await run(['code', dir, '--format', 'jsonl']);
    expect(code.stderr).not.toMatch(/error|orphaned/);
    const lines = code.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l: { codes: { origin: string }[] }) => l.codes.some((c) => c.origin === 'manual:tester'))).toHaveLength(2);
  }, 60000);
});

describe('telaah code --interactive without a terminal', () => {
  it('refuses with a clear message when stdin is not a TTY', async () => {
    const r = await run(['code', 'samples/pujud', '--interactive', '--coder', 'sari']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a terminal/);
  });
  it('needs --coder', async () => {
    const r = await run(['code', 'samples/pujud', '--interactive']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs --coder NAME/);
  });
});
