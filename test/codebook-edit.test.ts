/** Codebook restructuring on text: rename, move and merge keep everything else as written. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeCodes, moveCode, renameCode } from '../src/codebook/edit/ops.js';
import { parseCodebook } from '../src/codebook/parse.js';

const fixture = readFileSync(path.join(import.meta.dirname, 'fixtures', 'codebook-edit', 'nested.yaml'), 'utf8');
const at = { file: 'telaah', line: 1, column: 1 };
const files = [{ file: 'codebook.yaml', text: fixture, builtin: false }];
const codes = (text: string) => parseCodebook(text, 'x').codebook!.codes.map((c) => `${c.id}<${c.parent ?? ''}`);

describe('codebook edits', () => {
  it('renames an id and every parent: reference, nothing else', () => {
    const r = renameCode(files, 'proses', 'proses-kolaborasi', at);
    expect(r.diagnostics).toEqual([]);
    const text = r.texts.get('codebook.yaml')!;
    console.log(r.changes);
    expect(text).toBe(fixture.replace('- id: proses ', '- id: proses-kolaborasi ').replace('parent: proses', 'parent: proses-kolaborasi'));
  });

  it('moves a nested code to the top level and into another parent', () => {
    const r = moveCode(files, 'kepercayaan', 'hasil', at);
    expect(r.diagnostics).toEqual([]);
    const text = r.texts.get('codebook.yaml')!;
    console.log(text);
    expect(codes(text)).toContain('kepercayaan<hasil');
    const top = moveCode(files, 'dialog', undefined, at);
    console.log(top.texts.get('codebook.yaml'));
    const flat = moveCode(files, 'lain', undefined, at);
    console.log(flat.texts.get('codebook.yaml'));
  });

  it('merges', () => {
    const r = mergeCodes(files, 'dialog', 'hasil', 'dialog', at);
    console.log(r.diagnostics, r.changes, r.texts.get('codebook.yaml'));
    const n = mergeCodes(files, 'dialog', 'kepercayaan', 'interaksi', at);
    console.log(n.diagnostics, n.changes, n.texts.get('codebook.yaml'));
  });
});
