/**
 * Reference passages (`<codebook>.passages.yaml` beside the codebook): labelled text that joins a
 * code's similarity profile, so a segment that describes the code in the passages' words — and none
 * of its keywords — is still coded. The fixture's segment says "warga berani melapor ... kerahasiaan
 * pelapor dijaga" (trust, in an informant's words) without the keyword "percaya".
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recodePassages } from '../src/codebook/passages.js';
import { run } from './helpers/cli.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'reference-passages');

function project(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-passages-')), 'proj');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

const codedRows = (csv: string) => csv.trim().split('\n').slice(1);

describe('reference passages', () => {
  it('code a segment that describes a code in the passages\' words, which the keywords alone miss', async () => {
    const dir = project();
    const withPassages = await run(['code', dir, '--format', 'csv']);
    expect(withPassages.code, withPassages.stderr).toBe(0);
    const rows = codedRows(withPassages.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^uji-kades,uji-kades#2,.*,kepercayaan,,auto,support,0,0\.\d+,,0,/);

    rmSync(path.join(dir, 'codebook.passages.yaml'));
    const without = await run(['code', dir, '--format', 'csv']);
    expect(without.code, without.stderr).toBe(0);
    expect(codedRows(without.stdout)).toEqual([]);
  });

  it('are checked with their codebook: a code that is not in it is an error at its line and column, with a guess', async () => {
    const dir = project();
    const file = path.join(dir, 'codebook.passages.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - code: dialog\n', '  - code: dialogue\n'));
    for (const argv of [['lint', path.join(dir, 'codebook.yaml')], ['lint', file], ['code', dir]]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/codebook\.passages\.yaml:12:11 {2}error {2}code "dialogue" is not in the codebook {2}\[passages\]\n\s+hint: did you mean "dialog"\?/);
    }
    // an empty file, or an empty list, is no passages (no error)
    for (const empty of ['', 'passages:\n']) {
      writeFileSync(file, empty);
      const r = await run(['lint', path.join(dir, 'codebook.yaml')]);
      expect(r.code, JSON.stringify(empty)).toBe(0);
    }
    const alone = path.join(dir, 'lain.passages.yaml');
    writeFileSync(alone, 'passages: []\n');
    const r = await run(['lint', alone]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/lain\.passages\.yaml:1:1 {2}error {2}reference passages without their codebook/);
  });

  it('follow a rename or merge of their codes: block and flow style, quotes, anchors, comments kept; text never touched', () => {
    const text = [
      '# mine',
      'passages:',
      '  - code: dialog   # first',
      '    language: id',
      '    text: |',
      '      code: dialog',
      '  - code: "kepercayaan"',
      '    text: "code: dialog"',
      '  - { code: dialog, language: en, text: met }',
      '  - code: &k kepercayaan',
      '    text: a',
      '  - code: *k',
      '    text: b',
      '',
    ].join('\n');
    const r = recodePassages(text, new Map([['dialog', 'dialog-forum'], ['kepercayaan', 'trust']]));
    expect(r.text).toBe(text
      .replace('  - code: dialog   # first', '  - code: dialog-forum   # first')
      .replace('  - code: "kepercayaan"', '  - code: "trust"')
      .replace('{ code: dialog,', '{ code: dialog-forum,')
      .replace('code: &k kepercayaan', 'code: &k trust'));
    expect([...r.changed]).toEqual([['dialog', 2], ['kepercayaan', 3]]);
  });

  it('are not bundled codebooks of their own', async () => {
    const r = await run(['codebook', 'list', '--codebook', 'nosuch']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/bundled codebooks: ansell-gash-2008, bartania, modal-sosial\n/);
  });
});
