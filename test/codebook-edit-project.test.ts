/**
 * `telaah codebook rename | merge | move` on a copy of samples/pujud with two coders: every coding
 * survives (per segment and coder, the codes after are the codes before, renamed), the project
 * lints clean, and `run --check` names the changed inputs.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const root = path.join(import.meta.dirname, '..');

function pujudWithTwoCoders(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-cb-')), 'pujud');
  cpSync(path.join(root, 'samples', 'pujud'), dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('out') });
  copyFileSync(path.join(root, 'test', 'fixtures', 'codebook-edit', 'budi.yaml'), path.join(dir, 'codings', 'budi.yaml'));
  return dir;
}

/** Per segment: the sorted `coder:code` of its manual codings (from a run's segments.jsonl). */
function manualCodes(dir: string): Map<string, string[]> {
  const lines = readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8').trim().split('\n');
  const out = new Map<string, string[]>();
  for (const line of lines) {
    const s = JSON.parse(line) as { segment: string; codes: { code: string; origin: string }[] };
    out.set(s.segment, s.codes.filter((c) => c.origin.startsWith('manual:')).map((c) => `${c.origin.slice(7)}:${c.code}`).sort());
  }
  return out;
}

/** What the codes of every segment must become: renamed, and once per coder and segment. */
function mapped(before: Map<string, string[]>, recode: Record<string, string>): Map<string, string[]> {
  return new Map([...before].map(([seg, codes]) => [seg, [...new Set(codes.map((c) => {
    const [coder, code] = c.split(':') as [string, string];
    return `${coder}:${recode[code] ?? code}`;
  }))].sort()]));
}

const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');

describe('codebook edits on samples/pujud with two coders', () => {
  let dir: string;
  beforeAll(async () => {
    dir = pujudWithTwoCoders();
    const refused = await run(['codebook', 'rename', 'dialog-tatap-muka', 'dialog', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/bundled codebook "bartania".*\[codebook-edit\]\n\s+hint: copy it into the project first: telaah codebook copy/s);
    const copy = await run(['codebook', 'copy', dir]);
    expect(copy.code, copy.stderr).toBe(0);
    expect(read(dir, 'telaah.yaml')).toMatch(/^codebook: codebook\.yaml$/m);
    // the bundled codebook's reference passages come along, beside the copy
    expect(copy.stdout).toContain('codebook.passages.yaml  new: its reference passages');
    expect(read(dir, 'codebook.passages.yaml')).toContain('code: dialog-tatap-muka');
    expect(read(dir, 'codebook.passages.yaml')).not.toMatch(/scripts\/passages\.mjs|^codebook:/m);
    const first = await run(['run', dir]);
    expect(first.code, first.stderr).toBe(0);
  });

  const edits: { name: string; argv: string[]; recode: Record<string, string>; codings: boolean }[] = [
    { name: 'rename', argv: ['rename', 'dialog-tatap-muka', 'dialog-forum'], recode: { 'dialog-tatap-muka': 'dialog-forum' }, codings: true },
    { name: 'merge into a new code', argv: ['merge', 'berbagi-pemahaman', 'komitmen-proses', '--into', 'kesepakatan'], recode: { 'berbagi-pemahaman': 'kesepakatan', 'komitmen-proses': 'kesepakatan' }, codings: true },
    { name: 'move', argv: ['move', 'hasil-sementara', '--parent', 'kesepakatan'], recode: {}, codings: false },
    { name: 'merge into an existing code', argv: ['merge', 'membangun-kepercayaan', 'dialog-forum', '--into', 'dialog-forum'], recode: { 'membangun-kepercayaan': 'dialog-forum' }, codings: true },
    { name: 'move back to the top', argv: ['move', 'hasil-sementara', '--top'], recode: {}, codings: false },
  ];

  for (const e of edits) {
    it(`${e.name}: keeps every coding, lints clean, and run --check names the changed inputs`, async () => {
      const before = manualCodes(dir);
      const sari = read(dir, 'codings/sari.yaml');
      const dry = await run(['codebook', ...e.argv, dir, '--dry-run']);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toMatch(/Dry run: \d+ files? would change; nothing was written/);
      expect(read(dir, 'codings/sari.yaml')).toBe(sari);

      const r = await run(['codebook', ...e.argv, dir]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(dry.stdout.replace(/Dry run:.*\n/, '') + r.stdout.split('\n').slice(-2).join('\n'));

      const lint = await run(['lint', '--project', dir, '--strict']);
      expect(lint.code, lint.stdout).toBe(0);
      expect(lint.stderr).toMatch(/0 errors, 0 warnings/);

      const check = await run(['run', dir, '--check']);
      expect(check.code).toBe(1);
      // a rename or merge renames the codes of the reference passages too; a move changes no id
      const recoded = Object.keys(e.recode).length > 0;
      expect(check.stdout).toContain(`Why: the inputs changed since the last run:\n${recoded ? '  changed: codebook.passages.yaml\n' : ''}  changed: codebook.yaml\n`);
      const passages = read(dir, 'codebook.passages.yaml');
      for (const [from, to] of Object.entries(e.recode)) {
        expect(passages).not.toMatch(new RegExp(`code: ${from}$`, 'm'));
        expect(passages).toMatch(new RegExp(`code: ${to}$`, 'm'));
      }
      if (e.codings) expect(check.stdout).toMatch(/changed: codings\/budi\.yaml\n  changed: codings\/sari\.yaml\n/);
      else expect(check.stdout).not.toContain('codings/');

      const again = await run(['run', dir]);
      expect(again.code, again.stderr).toBe(0);
      const after = manualCodes(dir);
      const expected = mapped(before, e.recode);
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [seg, codes] of expected) expect(after.get(seg), seg).toEqual(codes);
    });
  }

  it('the merge left one coding per segment and kept both memos', () => {
    const budi = read(dir, 'codings/budi.yaml');
    expect(budi).toContain('memo: "Titik temu setelah rapat-rapat yang panas. / Kesepakatan tindakan bersama."');
    expect(budi).not.toContain('Pengedar ditindak tegas');
    expect(budi.startsWith('# Second coder of the Pujud sample')).toBe(true);
  });
});
