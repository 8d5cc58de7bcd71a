/**
 * Codebook restructuring on text: rename, move and merge change exactly what they say and leave
 * every other byte as written; what cannot be done safely is refused with a Diagnostic.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeCodes, moveCode, renameCode } from '../src/codebook/edit/ops.js';
import { parseCodebook } from '../src/codebook/parse.js';
import { recodeCodings } from '../src/codings/recode.js';
import type { Codebook } from '../src/model/codebook.js';

const fixture = readFileSync(path.join(import.meta.dirname, 'fixtures', 'codebook-edit', 'nested.yaml'), 'utf8');
const at = { file: 'codebook.yaml', line: 1, column: 1 };
const files = [{ file: 'codebook.yaml', text: fixture, builtin: false }];
const model = (text: string): Codebook => parseCodebook(text, 'codebook.yaml').codebook!;
const tree = (text: string) => model(text).codes.map((c) => `${c.id}<${c.parent ?? ''}`).sort();
const withoutLines = (text: string, drop: (l: string) => boolean) => text.split('\n').filter((l) => !drop(l)).join('\n');

describe('rename', () => {
  it('changes the id and every parent: reference, nothing else', () => {
    const r = renameCode(files, 'proses', 'proses-kolaborasi', at);
    expect(r.diagnostics).toEqual([]);
    expect(r.texts.get('codebook.yaml')).toBe(fixture.replace('- id: proses ', '- id: proses-kolaborasi ').replace('parent: proses', 'parent: proses-kolaborasi'));
    expect(r.changes).toEqual(['codebook.yaml:4  id: proses → proses-kolaborasi', 'codebook.yaml  1 parent: proses → proses-kolaborasi']);
    expect(r.recode).toEqual(new Map([['proses', 'proses-kolaborasi']]));
  });

  it('refuses a name in use (pointing at it), a missing code and an invalid id; changes nothing', () => {
    const taken = renameCode(files, 'dialog', 'hasil', at);
    expect(taken.texts.size).toBe(0);
    expect(taken.diagnostics).toMatchObject([{ line: 27, ruleId: 'codebook-edit', severity: 'error', message: 'code "hasil" already exists' }]);
    expect(renameCode(files, 'dialogue', 'x', at).diagnostics[0]!.message).toBe('code "dialogue" is not in the codebook');
    expect(renameCode(files, 'dialogue', 'x', at).diagnostics[0]!.hint).toBe('did you mean dialog?');
    expect(renameCode(files, 'dialog', 'Dialog Warga', at).diagnostics[0]!.message).toMatch(/not a valid code id/);
  });

  it('refuses to change a code of a bundled codebook that a project file extends', () => {
    const own = { file: 'mine.yaml', text: 'id: mine\nextends: uji\ncodes:\n  - id: tambahan\n    parent: hasil\n    label: { id: "T", en: "T" }\n', builtin: false };
    const r = renameCode([own, { ...files[0]!, file: 'codebooks/uji.yaml', builtin: true }], 'hasil', 'hasil-akhir', at);
    expect(r.diagnostics[0]!.message).toMatch(/"hasil" is defined in the bundled codebook codebooks\/uji.yaml/);
    expect(r.diagnostics[0]!.hint).toMatch(/telaah codebook copy/);
    // its own codes can change, even under a bundled parent
    const moved = moveCode([own, { ...files[0]!, file: 'codebooks/uji.yaml', builtin: true }], 'tambahan', 'proses', at);
    expect(moved.diagnostics).toEqual([]);
    expect(moved.texts.get('mine.yaml')).toBe(own.text.replace('parent: hasil', 'parent: proses'));
  });
});

describe('move', () => {
  it('moves a nested code with its sub-codes into another parent, keeping its lines', () => {
    const r = moveCode(files, 'kepercayaan', 'hasil', at);
    expect(r.diagnostics).toEqual([]);
    const text = r.texts.get('codebook.yaml')!;
    expect(tree(text)).toEqual(tree(fixture).map((c) => (c === 'kepercayaan<proses' ? 'kepercayaan<hasil' : c)));
    expect(text).toContain('      en: [fewer]\n    children:\n      - id: kepercayaan\n        label: { id: "Kepercayaan", en: "Trust" }\n');
    // the same lines, only somewhere else
    const lines = (t: string) => t.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines(text).sort()).toEqual([...lines(fixture), 'children:'].sort());
  });

  it('makes a code top-level (dropping an emptied children:) and back', () => {
    const top = moveCode(files, 'kepercayaan-warga', undefined, at);
    const text = top.texts.get('codebook.yaml')!;
    expect(tree(text)).toContain('kepercayaan-warga<');
    expect(text).not.toMatch(/Trust" }\n {8}keywords:\n {10}id:\n {12}- percaya\n {12}- \{ term: yakin, weight: 0.5 \}\n {8}children:/);
    expect(model(text).codes.find((c) => c.id === 'kepercayaan')).toBeDefined();
    const flat = moveCode(files, 'lain', undefined, at);
    expect(flat.texts.get('codebook.yaml')).toBe(withoutLines(fixture, (l) => l === '    parent: proses'));
    const back = moveCode(files, 'hasil', 'lain', at).texts.get('codebook.yaml')!;
    expect(tree(back)).toContain('hasil<lain');
  });

  it('refuses a move that would go round in a circle, and a parent that does not exist', () => {
    const circle = moveCode(files, 'proses', 'kepercayaan-warga', at);
    expect(circle.texts.size).toBe(0);
    expect(circle.diagnostics[0]!.message).toBe('cannot move "proses" under "kepercayaan-warga": "kepercayaan-warga" is inside "proses", so the codebook would go round in a circle');
    expect(moveCode(files, 'proses', 'proses', at).diagnostics[0]!.message).toMatch(/is the code itself/);
    expect(moveCode(files, 'dialog', 'nowhere', at).diagnostics[0]!.message).toBe('parent "nowhere" is not in the codebook');
  });

  it('refuses a codebook it cannot edit safely (flow-style code list)', () => {
    const flow = { file: 'f.yaml', text: 'id: f\ncodes: [{ id: a, label: { id: A, en: A } }, { id: b, label: { id: B, en: B } }]\n', builtin: false };
    const r = moveCode([flow], 'a', 'b', at);
    expect(r.diagnostics[0]!.message).toMatch(/cannot edit this codebook safely/);
  });
});

describe('merge', () => {
  it('into one of the two: lists are joined without repeats, sub-codes move over, the other code goes', () => {
    const r = mergeCodes(files, 'kepercayaan', 'hasil', 'kepercayaan', at);
    expect(r.diagnostics).toEqual([]);
    const text = r.texts.get('codebook.yaml')!;
    const cb = model(text);
    expect(cb.codes.map((c) => c.id)).not.toContain('hasil');
    const k = cb.codes.find((c) => c.id === 'kepercayaan')!;
    expect(k.keywords.map((w) => `${w.lang}:${w.raw}`)).toEqual(['id:percaya', 'id:yakin', 'id:berkurang', 'en:fewer']);
    expect(k.definition).toEqual({}); // its own definition stays (it had none); hasil's is not carried over
    expect(r.recode).toEqual(new Map([['hasil', 'kepercayaan']]));
  });

  it('into a new id: the first code is renamed, the second merged into it', () => {
    const r = mergeCodes(files, 'dialog', 'kepercayaan', 'interaksi', at);
    expect(r.diagnostics).toEqual([]);
    const text = r.texts.get('codebook.yaml')!;
    expect(tree(text)).toEqual(['hasil<', 'interaksi<proses', 'kepercayaan-warga<interaksi', 'lain<proses', 'proses<']);
    expect(text).toContain('id: [rapat, musyawarah, percaya, { term: yakin, weight: 0.5 }]');
    expect(r.recode).toEqual(new Map([['dialog', 'interaksi'], ['kepercayaan', 'interaksi']]));
  });

  it('refuses merging a code into its own sub-code, or with itself', () => {
    expect(mergeCodes(files, 'proses', 'hasil', 'dialog', at).diagnostics[0]!.message).toBe('cannot merge "proses" into "dialog", which is inside it');
    expect(mergeCodes(files, 'hasil', 'hasil', 'hasil', at).diagnostics[0]!.message).toMatch(/with itself/);
  });
});

describe('recodeCodings', () => {
  const codings = '# round 1\ncoder: budi\ncodings:\n  - transcript: t\n    code: a   # first\n    quote: "x"\n    memo: "one"\n  - transcript: t\n    code: b\n    quote: "y"\n    memo: "two"\n  - transcript: t\n    code: c\n    quote: "z"\n';
  it('renames in place and removes what became a duplicate on the same segment, keeping its memo', () => {
    const r = recodeCodings(codings, new Map([['a', 'ab'], ['b', 'ab']]), () => 'seg-1');
    expect(r.text).toBe('# round 1\ncoder: budi\ncodings:\n  - transcript: t\n    code: ab   # first\n    quote: "x"\n    memo: "one / two"\n  - transcript: t\n    code: c\n    quote: "z"\n');
    expect(r.removed).toEqual([{ line: 8, code: 'ab', keptLine: 4 }]);
    expect(r.renamed).toEqual(new Map([['a', 1], ['b', 1]]));
  });
  it('keeps codings on different segments', () => {
    let n = 0;
    const r = recodeCodings(codings, new Map([['a', 'ab'], ['b', 'ab']]), () => `seg-${n++}`);
    expect(r.removed).toEqual([]);
    expect(r.text).toBe(codings.replace('code: a ', 'code: ab ').replace('code: b\n', 'code: ab\n'));
  });
});
