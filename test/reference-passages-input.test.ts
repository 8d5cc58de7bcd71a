/**
 * Reference passages as users write them wrongly: a value of the wrong type, a language the
 * codebook does not code, a `.passages.yml` file (and both spellings at once). Each is reported at
 * its file, line and column, never as a stack trace.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'reference-passages');

function project(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-passages-input-')), 'proj');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** The fixture's passages file with `more` appended to its list. */
function appendPassages(dir: string, more: string[]): string {
  const file = path.join(dir, 'codebook.passages.yaml');
  writeFileSync(file, readFileSync(file, 'utf8') + more.map((l) => `${l}\n`).join(''));
  return file;
}

describe('reference passages written wrongly', () => {
  it('a value that is not text is named with its type at that value; a missing or empty one is still "needs"', async () => {
    const dir = project();
    appendPassages(dir, [
      '  - code: 123', //                                                        line 15
      '    language: id',
      '    text: "Kami rapat tiap Senin di kantor desa, semua RT datang."',
      '  - code: dialog',
      '    language: id',
      '    text: [Kami rapat tiap Senin., Kadang di balai desa.]', //          line 20
      '  - code: dialog',
      '    language: true', //                                                 line 22
      '  - code: kepercayaan',
      '    language: id',
      '    text: ""', //                                                       line 25
    ]);
    const r = await run(['lint', path.join(dir, 'codebook.yaml')]);
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toMatch(/codebook\.passages\.yaml:15:11 {2}error {2}`code` must be text, not a number {2}\[passages\]\n\s+hint: put it in quotes: code: "123"/);
    expect(out).toMatch(/codebook\.passages\.yaml:20:11 {2}error {2}`text` must be text, not a list {2}\[passages\]/);
    expect(out).toMatch(/codebook\.passages\.yaml:21:5 {2}error {2}a passage needs `text` \(non-empty text\)/);
    expect(out).toMatch(/codebook\.passages\.yaml:22:15 {2}error {2}`language` must be text, not true\/false/);
    expect(out).toMatch(/codebook\.passages\.yaml:23:5 {2}error {2}a passage needs `text` \(non-empty text\)/);
    expect(out).not.toMatch(/needs `code`|needs `language`/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('a passage in a language the codebook does not code is a warning at its `language`, with the codebook\'s languages', async () => {
    const dir = project();
    appendPassages(dir, [
      '  - code: dialog',
      '    language: jv', //                                                   line 16
      '    text: "Saben wulan awake dhewe lungguh bareng ing bale desa, mbahas keamanan kampung."',
      '  - code: kepercayaan',
      '    language: jv',
      '    text: "Warga saiki wani lapor, jenenge pelapor dijaga karo petugas."',
      '  - code: dialog',
      '    language: in', //                                                   line 22
      '    text: "Kami musyawarah di balai desa setiap bulan bersama Babinsa."',
    ]);
    for (const argv of [['lint', path.join(dir, 'codebook.yaml')], ['code', dir]]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      const out = r.stdout + r.stderr;
      expect(out).toMatch(/codebook\.passages\.yaml:16:15 {2}warning {2}this passage and 1 more in "jv" are not used: the codebook has no "jv" keywords, so no "jv" profile to join {2}\[passages\]\n\s+hint: the codebook's languages: id, en; correct the language, or give the codebook keywords in "jv"/);
      expect(out).toMatch(/codebook\.passages\.yaml:22:15 {2}warning {2}this passage is not used: the codebook has no "in" keywords.*\n\s+hint: the codebook's languages: id, en; did you mean "id"\?/);
    }
    expect((await run(['lint', '--strict', path.join(dir, 'codebook.yaml')])).code).toBe(1);
    // a codebook that extends this one with Javanese keywords codes Javanese: its passages are used
    writeFileSync(path.join(dir, 'jawa.yaml'), [
      'id: uji-jawa',
      'title: { id: "Kodebuku uji Jawa", en: "Javanese test codebook" }',
      'extends: ./codebook.yaml',
      'codes:',
      '  - id: rembug',
      '    label: { id: "Rembug desa", en: "Village deliberation" }',
      '    definition: { id: "Musyawarah warga desa.", en: "Villagers deliberating." }',
      '    kind: process',
      '    keywords:',
      '      jv: [rembugan, lungguh bareng]',
      '',
    ].join('\n'));
    const r = await run(['lint', path.join(dir, 'jawa.yaml')]);
    expect(r.stdout).not.toContain('"jv"');
    expect(r.stdout).toContain('"in" keywords');
  });

  it('are read from `.passages.yml` too: coded with, linted, renamed; both spellings at once is an error naming both', async () => {
    const dir = project();
    const yaml = path.join(dir, 'codebook.passages.yaml');
    const yml = path.join(dir, 'codebook.passages.yml');
    renameSync(yaml, yml);
    const coded = await run(['code', dir, '--format', 'csv']);
    expect(coded.code, coded.stderr).toBe(0);
    expect(coded.stdout.trim().split('\n').slice(1)).toEqual([expect.stringMatching(/^uji-kades,uji-kades#2,.*,kepercayaan,/)]);
    writeFileSync(yml, readFileSync(yml, 'utf8').replace('  - code: dialog\n', '  - code: dialogue\n'));
    const linted = await run(['lint', yml]);
    expect(linted.code).toBe(1);
    expect(linted.stdout).toMatch(/codebook\.passages\.yml:12:11 {2}error {2}code "dialogue" is not in the codebook/);
    writeFileSync(yml, readFileSync(yml, 'utf8').replace('  - code: dialogue\n', '  - code: dialog\n'));
    const renamed = await run(['codebook', 'rename', 'kepercayaan', 'trust-building', dir]);
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(renamed.stdout).toMatch(/codebook\.passages\.yml {2}3 reference passages kepercayaan → trust-building/);
    expect(readFileSync(yml, 'utf8')).not.toContain('kepercayaan');

    writeFileSync(yaml, 'passages:\n  - code: dialog\n    language: id\n    text: "Rapat RT sebulan sekali di rumah Pak RT."\n');
    const before = readFileSync(yml, 'utf8');
    for (const argv of [['lint', path.join(dir, 'codebook.yaml')], ['lint', yml], ['code', dir], ['codebook', 'rename', 'dialog', 'dialog-warga', dir]]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/codebook\.passages\.yml:1:1 {2}error {2}two reference passages files for one codebook: .*codebook\.passages\.yaml and .*codebook\.passages\.yml {2}\[passages\]\n\s+hint: keep one/);
    }
    expect(readFileSync(yml, 'utf8')).toBe(before);
  });

  it('codebook copy writes the passages in the copy\'s spelling, and never over a passages file already there', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'telaah.yaml'), 'codebook: bartania\ntranscripts: transcripts\nlanguage: id\n');
    const mine = path.join(dir, 'mine.passages.yaml');
    writeFileSync(mine, '# my own notes, not for the copy\npassages: []\n');
    const refused = await run(['codebook', 'copy', dir, '--to', 'mine.yml']);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/mine\.passages\.yaml:1:1 {2}error {2}this file already exists; telaah does not overwrite it/);
    expect(readFileSync(mine, 'utf8')).toBe('# my own notes, not for the copy\npassages: []\n');
    expect(existsSync(path.join(dir, 'mine.yml'))).toBe(false);
    const copied = await run(['codebook', 'copy', dir, '--to', 'kodebuku.yml']);
    expect(copied.code, copied.stderr).toBe(0);
    expect(copied.stdout).toContain('kodebuku.passages.yml  new: its reference passages');
    expect(readFileSync(path.join(dir, 'kodebuku.passages.yml'), 'utf8')).toContain('code: dialog-tatap-muka');
    const linted = await run(['lint', '--project', dir]);
    expect(linted.code, linted.stdout).toBe(0);
  });

  it('shards coded with other passages are refused at merge, naming the passages file', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'transcripts', 'sekdes.md'), [
      '---', 'id: uji-sekdes', 'informant: Ibu Wartini', '---',
      'Peneliti: Bagaimana rapatnya?',
      'Sekdes: Tiap bulan kami musyawarah di balai desa, Bu, semua RT datang.', '',
    ].join('\n'));
    const parts = path.join(dir, 'parts');
    expect((await run(['code', dir, '--shard', '0/2', '--out', parts])).code).toBe(0);
    appendPassages(dir, [
      '  - code: dialog',
      '    language: id',
      '    text: "Kalau ada masalah keamanan, kami kumpul di pos ronda dan bicara langsung dengan Babinsa."',
    ]);
    expect((await run(['code', dir, '--shard', '1/2', '--out', parts])).code).toBe(0);
    const r = await run(['merge', parts, '--out', path.join(dir, 'merged')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/part-1-of-2\.jsonl:1:1 {2}error {2}was made from other inputs than .*part-0-of-2\.jsonl: codebook\.passages\.yaml differs {2}\[merge-part\]/);
    expect(existsSync(path.join(dir, 'merged'))).toBe(false);
  });
});
