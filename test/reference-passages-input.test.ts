/**
 * Reference passages as users write them wrongly: a value of the wrong type, a language the
 * codebook does not code, a `.passages.yml` file (and both spellings at once). Each is reported at
 * its file, line and column, never as a stack trace.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
});
