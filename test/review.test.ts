/**
 * Reviewing a model's codings: the pure state machine (accept, change, polarity, reject, skip,
 * back), what goes into the reviewer's file, and the whole session in a real terminal (tmux).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { pressReview, startReview, type ReviewItem, type ReviewState } from '../src/interactive/review.js';
import { renderReview } from '../src/interactive/review-render.js';
import { Chalk } from 'chalk';
import { chatServer, goodAnswer } from './helpers/chat-server.js';
import { run } from './helpers/cli.js';
import { miniProject } from './helpers/mini-project.js';
import { TRANSCRIPTS } from './fixtures/assist/transcripts.js';

const choices = [
  { id: 'dialog-tatap-muka', label: 'Dialog tatap muka' },
  { id: 'membangun-kepercayaan', label: 'Membangun kepercayaan' },
  { id: 'komitmen-proses', label: 'Komitmen terhadap proses' },
];
const item = (segment: string, code: string, quote: string): ReviewItem => ({
  transcript: 'desa', segment, lines: [3, 4], text: `Kami rapat tiap bulan. Warga percaya pada kader.`, quote, code,
  polarity: 'support', memo: `because ${code}`, hints: { line: 3, prefix: '', suffix: '' },
});
const keys = (s: ReviewState, ...ks: string[]) => {
  const effects = [];
  for (const k of ks) {
    const r = pressReview(s, k, choices);
    s = r.state;
    if (r.effect) effects.push(r.effect);
  }
  return { s, effects };
};

describe('review state machine', () => {
  const items = [item('desa#1', 'dialog-tatap-muka', 'Kami rapat'), item('desa#1', 'komitmen-proses', 'tiap bulan'), item('desa#2', 'membangun-kepercayaan', 'Warga percaya')];

  it('saves a segment when all its codings are decided: accepted, changed, with polarity', () => {
    const { s, effects } = keys(startReview(items), 'a', '/', 'p', 'e', 'r', 'c', 'a', 'y', 'enter', 'p', 'a');
    expect(effects).toEqual([{ kind: 'save', segment: 'desa#1', decided: [
      { item: items[0], decision: { kind: 'accept', code: 'dialog-tatap-muka', polarity: 'support' } },
      { item: items[1], decision: { kind: 'accept', code: 'membangun-kepercayaan', polarity: 'limit' } },
    ] }]);
    expect(s.index).toBe(2);
    expect(s.saved).toEqual(['desa#1']);
  });

  it('rejecting all codings of a segment saves it as decided without a code; skip saves nothing', () => {
    const { s, effects } = keys(startReview(items), 's', 's', 'r');
    expect(effects).toEqual([{ kind: 'save', segment: 'desa#2', decided: [{ item: items[2], decision: { kind: 'reject' } }] }]);
    expect(s.message).toBe('Rejected. Segment saved.');
    // back to a saved segment: no second save
    const again = keys(s, 'b', 'a');
    expect(again.effects).toEqual([]);
    expect(again.s.message).toMatch(/saved in your file already/);
  });

  it('going back shows the decision taken; escape leaves the search; q quits', () => {
    const { s } = keys(startReview(items), '/', 'k', 'o', 'm', 'escape', 'p', 'a', 'b');
    expect(s.index).toBe(0);
    expect(s).toMatchObject({ code: 'dialog-tatap-muka', polarity: 'limit', mode: 'review' });
    expect(keys(s, 'q').effects).toEqual([{ kind: 'quit' }]);
    expect(keys(s, 'x').s.message).toBe('Unknown key. Press ? for help.');
  });

  it('renders within the terminal, the quote marked and a change shown', () => {
    const c = new Chalk({ level: 0 });
    const { s } = keys(startReview(items), 'p');
    const screen = renderReview(s, choices, 'sari', 'qwen', 80, 24, c);
    expect(screen.split('\n')).toHaveLength(24);
    for (const l of screen.split('\n')) expect(l.length).toBeLessThanOrEqual(80);
    expect(screen).toContain('sari reviews qwen · 1/3 · saved 0 segments');
    expect(screen).toContain('qwen: Dialog tatap muka (dialog-tatap-muka) · support');
    expect(screen).toContain('yours: Dialog tatap muka (dialog-tatap-muka) · limit');
    expect(screen).toContain('reason: because dialog-tatap-muka');
  });
});

describe('telaah code --review without a terminal', () => {
  it('says what it needs', async () => {
    const dir = miniProject(TRANSCRIPTS);
    const same = await run(['code', dir, '--interactive', '--coder', 'sari', '--review', 'sari']);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('needs --coder YOUR-NAME and --review OTHER, two different names');
    const piped = await run(['code', dir, '--interactive', '--coder', 'sari', '--review', 'llm']);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('needs a terminal to type in');
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('review.test.ts: tmux is not installed, skipping the terminal session test (apt-get install tmux)');
const bin = path.join(import.meta.dirname, '..', 'bin', 'telaah.js');
const session = `telaah-review-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });

async function waitFor(re: RegExp, ms = 15000): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    last = tmux('capture-pane', '-p', '-t', session);
    if (re.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`screen never matched ${re}:\n${last}`);
}

describe.skipIf(!hasTmux)('telaah code --interactive --review in a terminal', () => {
  afterAll(() => void spawnSync('tmux', ['kill-session', '-t', session]));

  it("walks the model's codings into the reviewer's file, resumes, and agree compares the two", async () => {
    const dir = miniProject(TRANSCRIPTS);
    const server = await chatServer((c) => ({ content: goodAnswer(c.text) }));
    expect((await run(['code', dir, '--assist', server.url, '--model', 'tiny-model', '--coder', 'llm'])).code).toBe(0);
    await server.close();
    const start = () => {
      spawnSync('tmux', ['kill-session', '-t', session]);
      tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', `NO_COLOR=1 node ${bin} code ${dir} --interactive --coder sari --review llm; sleep 60`);
    };
    start();
    // bidan#3: dialog-tatap-muka and berbagi-pemahaman on one segment
    await waitFor(/sari reviews llm · 1\/6 · saved 0/);
    tmux('send-keys', '-t', session, 'a');
    await waitFor(/Accepted dialog-tatap-muka\. 1 more for this segment\./);
    tmux('send-keys', '-t', session, 'p', 'a');
    await waitFor(/Accepted berbagi-pemahaman \(limit\)\. Segment saved\./);
    tmux('send-keys', '-t', session, 'r'); // kades#2 dialog: rejected, segment saved without a code
    await waitFor(/Rejected\. Segment saved\./);
    tmux('send-keys', '-t', session, '/', 'k', 'o', 'm', 'i', 't', 'Enter');
    await waitFor(/yours: Komitmen terhadap proses \(komitmen-proses\)/);
    tmux('send-keys', '-t', session, 'a');
    await waitFor(/saved 3 segments/);
    tmux('send-keys', '-t', session, 'q');
    await waitFor(/3 segments reviewed and saved to/);
    const sari = parse(readFileSync(path.join(dir, 'codings', 'sari.yaml'), 'utf8'));
    expect(sari.coder).toBe('sari');
    expect(sari.codings).toEqual([
      expect.objectContaining({ transcript: 'sukamaju-bidan', code: 'dialog-tatap-muka', polarity: 'support', memo: 'llm: mentions pertemuan' }),
      expect.objectContaining({ transcript: 'sukamaju-bidan', code: 'berbagi-pemahaman', polarity: 'limit' }),
      expect.objectContaining({ transcript: 'sukamaju-kades', code: 'komitmen-proses', memo: 'changed from membangun-kepercayaan (llm: mentions percaya)' }),
    ]);
    expect(sari.decided).toEqual([expect.objectContaining({ transcript: 'sukamaju-kades', line: 10, memo: "rejected llm's dialog-tatap-muka" })]);

    // resumed: the three reviewed segments are not shown again
    start();
    await waitFor(/sari reviews llm · 1\/2 · saved 0/);
    tmux('send-keys', '-t', session, 'C-c');
    await waitFor(/0 segments reviewed/);

    const agree = await run(['agree', dir, '--coders', 'sari,llm']);
    expect(agree.code).toBe(0);
    expect(agree.stdout).toMatch(/sari vs llm: \d+ segments in 2 transcripts both coded/);
    expect(agree.stdout).toContain('only llm: dialog-tatap-muka');
  });
});
