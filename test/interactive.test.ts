/**
 * `telaah code --interactive` driven through a real terminal (tmux send-keys / capture-pane): ten
 * segments coded with a limit, a sub-segment quote, a new code, memos, a jump via the segment list
 * and a revisit that removes one coding; every new key; the screen checked for layout at 80×24,
 * after a resize to 60×20 (SIGWINCH) and back. The codings file then lints clean and `telaah run`
 * counts exactly its codings. Skipped with a message where tmux is not installed (.ci/run installs it).
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
const screen = () => tmux('capture-pane', '-p', '-t', session).replace(/\n$/, '');
const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);
const type = (text: string) => tmux('send-keys', '-t', session, '-l', text);

async function waitFor(re: RegExp, ms = 15000): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    last = screen();
    if (re.test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`screen never matched ${re}:\n${last}`);
}

/** The layout every screen keeps: the pane's size, the header on top, the key reminder at the bottom. */
function expectLayout(text: string, width: number, height: number): void {
  const lines = text.split('\n');
  expect(lines.length).toBeLessThanOrEqual(height);
  for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(width);
  expect(lines[0]).toMatch(/^ telaah · tester · segment \d+\/\d+ · decided \d+/);
  const footer = tmux('capture-pane', '-p', '-t', session, '-S', String(height - 1), '-E', String(height - 1)).trim();
  expect(footer).toMatch(/help|Esc back/);
}

function startSession(dir: string): void {
  spawnSync('tmux', ['kill-session', '-t', session]);
  tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', `NO_COLOR=1 node ${bin} code ${dir} --interactive --coder tester; sleep 60`);
}

describe.skipIf(!hasTmux)('telaah code --interactive in a terminal', () => {
  afterAll(() => void spawnSync('tmux', ['kill-session', '-t', session]));

  it('codes ten segments with a limit, a quote, a new code, a jump and a revisit; the file lints and run counts it', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-tui-')), 'pujud');
    cpSync(path.join(import.meta.dirname, '..', 'samples', 'pujud'), dir, { recursive: true, filter: (s) => !s.split(path.sep).includes('out') });
    const file = path.join(dir, 'codings', 'tester.yaml');

    startSession(dir);
    const first = await waitFor(/segment 1\/(\d+) · decided 0/);
    expectLayout(first, 80, 24);
    const saved = async (n: number) => waitFor(new RegExp(`decided ${n}\\b`));

    // 1: no code is a decision too
    keys('Enter');
    await saved(1);
    // 2: found by words of an English definition ("small wins"), marked as a limit
    keys('/');
    type('small wins');
    await waitFor(/1 Hasil sementara \(hasil-sementara\)/);
    keys('Enter');
    await waitFor(/›\[x\] +Hasil sementara {2}support/);
    keys('p');
    await waitFor(/›\[x\] +Hasil sementara {2}limit/);
    keys('Enter');
    await saved(2);
    // 3: a quote smaller than the segment: the start moved two words on, the end back to a sentence end
    keys('/');
    type('dialog');
    await waitFor(/Dialog tatap muka \(dialog-tatap-muka\)/);
    keys('Enter', 'v');
    await waitFor(/quote for dialog-tatap-muka: moving the end/);
    keys('H', 'Tab', 'l', 'l');
    await waitFor(/moving the start/);
    keys('Enter');
    const quoted = await waitFor(/›\[x\] +Dialog tatap muka {2}support {2}“[^”]+/);
    expect(quoted).not.toMatch(/moving the/);
    keys('Enter');
    await saved(3);
    // 4: a new code, added to codebook.yaml (linted) and chosen
    keys('n');
    await waitFor(/› id: ▏/);
    type('rapat-informal');
    keys('Enter');
    type('Rapat informal');
    keys('Enter');
    type('dialog-tatap-muka');
    keys('Enter');
    type('Pertemuan antarpihak di luar rapat resmi: di warung, di masjid, di pos ronda.');
    keys('Enter');
    // the bundled codebook is copied into the project first, as `telaah codebook copy` does
    await waitFor(/Added rapat-informal to codebook\.yaml, a copy of bartania \(telaah\.yaml now use/);
    expect(readFileSync(path.join(dir, 'telaah.yaml'), 'utf8')).toMatch(/^codebook: (\.\/)?codebook\.yaml/m);
    keys('Enter');
    await saved(4);
    // 5: a memo on the coding and one on the segment; the definition panel hides and shows
    keys('/');
    type('percaya');
    await waitFor(/Membangun kepercayaan/);
    keys('Enter');
    await waitFor(/── Membangun kepercayaan \(membangun-kepercayaan\) ─/);
    keys('d');
    await waitFor(/Definitions hidden/);
    expect(screen()).not.toMatch(/── Membangun kepercayaan/);
    keys('d', 'm');
    type('warga mulai berani');
    keys('Enter', 'M');
    type('bandingkan dengan warga');
    keys('Enter');
    await waitFor(/segment memo: bandingkan dengan warga/);
    keys('Enter');
    await saved(5);
    // s skips, b goes back, ? shows help
    keys('s');
    await waitFor(/Skipped/);
    keys('b');
    await waitFor(/segment 6\//);
    keys('?');
    const help = await waitFor(/Any key goes back/);
    expect(help).toMatch(/p +polarity of the code under the cursor/);
    keys('x');
    await waitFor(/decided 5/);
    // 6-8: three more, found by search
    for (const [n, q, label] of [[6, 'komitmen', 'Komitmen terhadap proses'], [7, 'berbagi', 'Berbagi pemahaman'], [8, 'hasil', 'Hasil sementara']] as const) {
      keys('/');
      type(q);
      await waitFor(new RegExp(`1 ${label}`));
      keys('Enter', 'Enter');
      await saved(n);
    }
    // 9: a jump via the list: uncoded segments of the second transcript, the third of them
    keys('g');
    await waitFor(/segments: all segments/);
    keys('t', 't', 'u');
    await waitFor(/segments: transcript pujud-dokumen-polsek · uncoded|segments: transcript \S+ · uncoded/);
    keys('Down', 'Down');
    const list = screen();
    const target = /›\s+\d+ (\S+#\d+)/.exec(list)![1]!;
    keys('Enter');
    await waitFor(new RegExp(`^${target.split('#')[0]}|\\n${target.split('#')[0]} ·`, 'm'));
    keys('/');
    type('dialog');
    await waitFor(/Dialog tatap muka \(dialog-tatap-muka\)/);
    keys('Enter', 'Enter');
    await saved(9);
    // 10: a revisit: segment 2 from the list of my segments; its code dropped, another chosen
    keys('g', '0', 'r'); // the list keeps its filters: 0 clears them first
    await waitFor(/segments: mine/);
    keys(...Array(12).fill('Up'), 'Enter'); // the first of my segments: segment 2
    await waitFor(/segment 2\/\d+[\s\S]*\[x\] +\S? *Hasil sementara {2}limit/);
    keys('/');
    type('hasil');
    await waitFor(/1 Hasil sementara/);
    keys('Enter');
    await waitFor(/Dropped hasil-sementara/);
    keys('/');
    type('berbagi');
    await waitFor(/1 Berbagi pemahaman/);
    keys('Enter', 'p', 'Enter');
    await waitFor(/Saved berbagi-pemahaman \(limit\)/);
    // one more new segment makes ten decided
    keys('g', '0', 'u');
    await waitFor(/segments: uncoded/);
    keys('Enter', 'Enter');
    await saved(10);

    // resize: redrawn for 60×20, readable; back to 80×24
    tmux('resize-window', '-t', session, '-x', '60', '-y', '20');
    await waitFor(/^ telaah · tester · segment \d+\/\d+ · decid/);
    await new Promise((r) => setTimeout(r, 300));
    expectLayout(screen(), 60, 20);
    tmux('resize-window', '-t', session, '-x', '80', '-y', '24');
    await new Promise((r) => setTimeout(r, 300));
    expectLayout(screen(), 80, 24);
    keys('q');
    await waitFor(/segments saved to/);

    const codings = parse(readFileSync(file, 'utf8'));
    const got = (codings.codings as { code: string; polarity: string; quote: string; memo?: string }[]).map((c) => [c.code, c.polarity]);
    expect(got).toEqual([
      ['dialog-tatap-muka', 'support'], ['rapat-informal', 'support'], ['membangun-kepercayaan', 'support'],
      ['komitmen-proses', 'support'], ['berbagi-pemahaman', 'support'], ['hasil-sementara', 'support'], ['dialog-tatap-muka', 'support'],
      ['berbagi-pemahaman', 'limit'],
    ]);
    const quote = codings.codings[0].quote as string;
    expect(quoted).toContain(quote.slice(0, 20));
    expect(codings.codings.find((c: { code: string }) => c.code === 'membangun-kepercayaan').memo).toBe('warga mulai berani');
    expect(codings.decided.map((d: { memo?: string }) => d.memo ?? '')).toEqual(['', 'bandingkan dengan warga', '']);
    expect(readFileSync(path.join(dir, 'codebook.yaml'), 'utf8')).toMatch(/- id: rapat-informal\n {4}parent: dialog-tatap-muka\n/);

    const lint = await run(['lint', '--project', dir]);
    expect(lint.code, lint.stderr).toBe(0);
    expect(lint.stdout + lint.stderr).toMatch(/0 errors/);
    expect((await run(['run', dir])).code).toBe(0);
    const segs = readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { codes: { code: string; origin: string; polarity: string }[] });
    const mine = segs.flatMap((s) => s.codes.filter((c) => c.origin === 'manual:tester').map((c) => [c.code, c.polarity]));
    expect(mine.sort()).toEqual([...got].sort());
  }, 120000);
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
