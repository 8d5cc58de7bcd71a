/**
 * `telaah codebook merge` on a small project: the codings it writes stay valid YAML (inline
 * entries too), duplicates are found on the segment the analysis puts them on (all anchor hints),
 * a `polarity: limit` survives the merge, and CRLF files keep their line ends.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recodedProblems } from '../src/codings/recode.js';
import { inStyleOf } from '../src/project/files.js';
import { run } from './helpers/cli.js';
import { miniProject } from './helpers/mini-project.js';

const CODEBOOK = `id: uji
codes:
  - id: dialog
    label: { id: "Dialog", en: "Dialogue" }
    kind: process
    definition: { id: "Pertemuan untuk membahas masalah bersama.", en: "Meeting to discuss shared problems." }
    keywords:
      id: [musyawarah]
  - id: percaya
    label: { id: "Percaya", en: "Trust" }
    kind: process
    definition: { id: "Keyakinan pada pihak lain.", en: "Trust in other parties." }
    keywords:
      id: [yakin]
`;

// "kami rapat tiap bulan" is said twice, in two different turns (segments)
const TRANSCRIPT = `Peneliti: Bagaimana rapatnya di desa ini?
Warga: Kami rapat tiap bulan di balai desa, semua datang.
Peneliti: Lalu dengan pihak lain bagaimana?
Warga: Sesudah itu kami rapat tiap bulan dengan polisi juga.
`;

function project(codings: string, eol = '\n'): string {
  const dir = miniProject({ 'a.md': TRANSCRIPT }, { 'sari.yaml': codings.replace(/\n/g, eol) });
  writeFileSync(path.join(dir, 'telaah.yaml'), 'codebook: codebook.yaml\ntranscripts: transcripts\nlanguage: id\n');
  writeFileSync(path.join(dir, 'codebook.yaml'), CODEBOOK.replace(/\n/g, eol));
  return dir;
}

const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');

/** Per segment: sorted `code/polarity` of the manual codings of a run. */
async function manual(dir: string): Promise<Record<string, string[]>> {
  const r = await run(['run', dir]);
  expect(r.code, r.stderr).toBe(0);
  const out: Record<string, string[]> = {};
  for (const line of read(dir, 'out/segments.jsonl').trim().split('\n')) {
    const s = JSON.parse(line) as { segment: string; codes: { code: string; origin: string; polarity: string }[] };
    const codes = s.codes.filter((c) => c.origin.startsWith('manual:')).map((c) => `${c.code}/${c.polarity}`).sort();
    if (codes.length) out[s.segment] = codes;
  }
  return out;
}

async function lintsClean(dir: string) {
  const lint = await run(['lint', '--project', dir, '--strict']);
  expect(lint.code, lint.stdout + lint.stderr).toBe(0);
}

describe('codebook merge', () => {
  it('adds the memo of a removed duplicate inside an inline { } entry, so the file stays valid YAML', async () => {
    const dir = project(`coder: sari
codings:
  - {transcript: a, code: dialog, quote: "Bagaimana rapatnya"}
  - {transcript: a, code: percaya, quote: "rapatnya di desa ini", memo: "ragu-ragu"}
`);
    const r = await run(['codebook', 'merge', 'dialog', 'percaya', '--into', 'dialog', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, 'codings/sari.yaml')).toBe(`coder: sari
codings:
  - {transcript: a, code: dialog, quote: "Bagaimana rapatnya", memo: ragu-ragu}
`);
    await lintsClean(dir);
  });

  it('refuses (a Diagnostic, nothing written) a codings text that no longer parses or lost entries', () => {
    const before = 'coder: sari\ncodings:\n  - transcript: a\n    code: dialog\n    quote: "x"\n';
    expect(recodedProblems(before, before, 0, 'codings/sari.yaml')).toEqual([]);
    const broken = recodedProblems(before, `${before}  memo: "y"\n - nope\n`, 0, 'codings/sari.yaml');
    expect(broken).toMatchObject([{ file: 'codings/sari.yaml', ruleId: 'codebook-edit', severity: 'error' }]);
    expect(broken[0]!.message).toMatch(/would no longer be readable.*nothing was written/);
    const lost = recodedProblems(before, 'coder: sari\ncodings: []\n', 0, 'codings/sari.yaml');
    expect(lost[0]!.message).toMatch(/1 coding before, 0 after/);
  });

  it('removes a duplicate only when the analysis puts both codings on the same segment (prefix/suffix hints too)', async () => {
    const dir = project(`coder: sari
codings:
  - transcript: a
    code: dialog
    quote: "kami rapat tiap bulan"
    prefix: "Sesudah itu"
  - transcript: a
    code: percaya
    quote: "kami rapat tiap bulan"
    suffix: "di balai desa"
`);
    const before = await manual(dir);
    expect(Object.keys(before)).toHaveLength(2);
    const r = await run(['codebook', 'merge', 'dialog', 'percaya', '--into', 'dialog', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('removed: the same segment');
    expect(read(dir, 'codings/sari.yaml')).toContain('suffix: "di balai desa"');
    const after = await manual(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const seg of Object.keys(before)) expect(after[seg]).toEqual(['dialog/support']);
  });

  it('keeps polarity: limit when the removed duplicate had it (block and inline entries)', async () => {
    const dir = project(`coder: sari
codings:
  - transcript: a
    code: dialog
    quote: "Bagaimana rapatnya"
  - transcript: a
    code: percaya
    quote: "rapatnya di desa ini"
    polarity: limit
  - {transcript: a, code: dialog, quote: "dengan pihak lain", polarity: support}
  - {transcript: a, code: percaya, quote: "pihak lain bagaimana", polarity: limit}
`);
    const r = await run(['codebook', 'merge', 'dialog', 'percaya', '--into', 'dialog', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, 'codings/sari.yaml')).toBe(`coder: sari
codings:
  - transcript: a
    code: dialog
    polarity: limit
    quote: "Bagaimana rapatnya"
  - {transcript: a, code: dialog, quote: "dengan pihak lain", polarity: limit}
`);
    await lintsClean(dir);
    expect(Object.values(await manual(dir))).toEqual([['dialog/limit'], ['dialog/limit']]);
  });

  it('the analysis counts one coder\'s same code twice on a segment once, as a limit if either says limit', async () => {
    const dir = project(`coder: sari
codings:
  - {transcript: a, code: dialog, quote: "Bagaimana rapatnya"}
  - {transcript: a, code: dialog, quote: "rapatnya di desa ini", polarity: limit}
`);
    expect(Object.values(await manual(dir))).toEqual([['dialog/limit']]);
  });

  it('keeps CRLF line ends in the codebook and codings files it rewrites', async () => {
    const codings = `coder: sari
codings:
  - transcript: a
    code: dialog
    quote: "Bagaimana rapatnya"
  - transcript: a
    code: percaya
    quote: "kami rapat tiap bulan di balai desa"
`;
    const lf = project(codings);
    const crlf = project(codings, '\r\n');
    for (const dir of [lf, crlf]) expect((await run(['codebook', 'merge', 'dialog', 'percaya', '--into', 'kerja-sama', dir])).code).toBe(0);
    for (const f of ['codebook.yaml', 'codings/sari.yaml']) {
      expect(read(lf, f)).not.toContain('\r');
      expect(read(crlf, f)).toBe(read(lf, f).replace(/\n/g, '\r\n'));
    }
  });
});

describe('inStyleOf', () => {
  it('restores CRLF (when most lines had it) and a UTF-8 BOM; leaves LF files alone', () => {
    expect(inStyleOf(Buffer.from('a\r\nb\r\n'), 'a\nc\n')).toBe('a\r\nc\r\n');
    expect(inStyleOf(Buffer.from('a\nb\nc\r\n'), 'a\nc\n')).toBe('a\nc\n');
    expect(inStyleOf(Buffer.from('a\nb\n'), 'a\nc\n')).toBe('a\nc\n');
    expect(inStyleOf(Buffer.from('\uFEFFa\r\n'), 'b\n')).toBe('\uFEFFb\r\n');
  });
});
