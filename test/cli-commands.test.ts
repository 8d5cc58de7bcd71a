/** The single-step commands driven in-process on a copy of the sample project. */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorLevel } from '../src/cli/io.js';
import { run } from './helpers/cli.js';

function pujud(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-cmd-')), 'pujud');
  cpSync(path.join(import.meta.dirname, '..', 'samples', 'pujud'), dir, { recursive: true, filter: (s) => !s.split(path.sep).includes('out') });
  return dir;
}

describe('single-step commands', () => {
  it('reduce writes reduced transcripts and reduction.csv', async () => {
    const dir = pujud();
    const r = await run(['reduce', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/9 transcripts: kept \d+ of \d+ segments/);
    const csv = readFileSync(path.join(dir, 'out', 'reduction.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('transcript,segments,kept,dropped_interviewer,dropped_filler,dropped_greeting,dropped_no_content,dropped_duplicate,words_before,words_after');
    const md = readFileSync(path.join(dir, 'out', 'reduced', 'pujud-kapolsek.md'), 'utf8');
    expect(md).toMatch(/^> Pertanyaan: /m);
    expect(md).toMatch(/\*\*Kapolsek\*\* \(pujud-kapolsek#\d+, baris \d+/);
  });

  it('code prints a summary table and --auto suggest keeps automatic codes out of the counts', async () => {
    const dir = pujud();
    const on = await run(['code', dir]);
    expect(on.stdout).toMatch(/Dialog tatap muka/);
    expect(on.stdout).toMatch(/Coded \d+ of \d+ kept segments/);
    const sug = await run(['code', dir, '--auto', 'suggest', '--format', 'jsonl']);
    const lines = sug.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.every((l: { codes: { origin: string }[] }) => l.codes.every((c) => c.origin.startsWith('manual:')))).toBe(true);
    expect(lines.some((l: { suggestions?: unknown[] }) => (l.suggestions ?? []).length > 0)).toBe(true);
    const csv = readFileSync(path.join(dir, 'out', 'codings.csv'), 'utf8');
    expect(csv).toMatch(/,auto,(support|limit),[\d.]+,[\d.]+,[^,]*,1,/);
  });

  it('kwic finds a word by its stem with transcript, line and speaker', async () => {
    const r = await run(['kwic', 'percaya', pujud(), '--width', '100']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^pujud-kapolsek:\d+ +Kapolsek +.*\[kepercayaan\]/m);
    expect(r.stdout).toMatch(/\d+ occurrences of "percaya" in \d+ transcripts/);
    expect((await run(['kwic', 'x', pujud(), '--width', '5'])).code).toBe(2);
  });

  it('triangulate prints the table and writes triangulation.csv', async () => {
    const dir = pujud();
    const r = await run(['triangulate', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/status/);
    expect(r.stdout).toMatch(/converged|contested|thin/);
    expect(existsSync(path.join(dir, 'out', 'triangulation.csv'))).toBe(true);
  });

  it('matrix --show pages wide matrices to fit 80 columns', async () => {
    const dir = pujud();
    const r = await run(['matrix', dir, '--show']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/code-by-informant \(1\/\d\)/);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(existsSync(path.join(dir, 'out', 'matrix', 'framework.csv'))).toBe(true);
  });

  it('conclude --lang en writes an English draft', async () => {
    const dir = pujud();
    const r = await run(['conclude', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'conclusions.md'), 'utf8')).toMatch(/^## Conclusions/m);
  });
});

describe('colour', () => {
  it('is off with NO_COLOR or when not a terminal, on in a terminal', () => {
    expect(colorLevel({ NO_COLOR: '1' }, true)).toBe(0);
    expect(colorLevel({}, false)).toBe(0);
    expect(colorLevel({}, true)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: '1' }, false)).toBe(1);
  });
});
