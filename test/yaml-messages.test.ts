/**
 * YAML syntax errors in words a student can act on: one row per mistake people make when they
 * type front matter, codebooks or codings by hand. Each says what is wrong, points at where the
 * mistake starts (the opening bracket or quote, not the line where the parser gave up), and
 * hints how to write it.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/yaml/document.js';

const rows: { name: string; text: string; at: string; message: RegExp; hint: RegExp }[] = [
  { name: 'a list never closed', text: 'id: camat\nspeakers: [Peneliti, Camat\ndate: 2024-03-05\n', at: '2:11', message: /^a list opened with `\[` is never closed with `\]`$/, hint: /speakers: \[Peneliti, Camat\]/ },
  { name: 'braces never closed', text: 'id: camat\nlabel: { id: Dialog\nrole: x\n', at: '2:8', message: /opened with `\{` is never closed with `\}`/, hint: /same line/ },
  { name: 'a bracket after an apostrophe in a word', text: "date: Jum'at pagi\nspeakers: [A, B\nid: x\n", at: '2:11', message: /never closed/, hint: /double quotes/ },
  { name: 'a list over two lines', text: 'speakers: [Peneliti,\nCamat]\nrole: x\n', at: '1:11', message: /goes on over more than one line/, hint: /on one line/ },
  { name: 'a line of plain text among the keys', text: 'informant: Sari\nwawancara di rumah, sore\nrole: x\n', at: '2:1', message: /not a `key: value` line/, hint: /space after the colon/ },
  { name: 'a quote never closed', text: 'id: camat\nrole: "Camat Pujud\nmethod: interview\n', at: '2:7', message: /quoted value is never closed/, hint: /same quote/ },
  { name: 'a colon and space inside a value', text: 'id: camat\nrole: Kepala Desa: Pak Budi\n', at: '2:7', message: /colon and a space/, hint: /role: "Kepala Desa: Pak Budi"/ },
  { name: 'a line without a colon', text: 'id: camat\nrole Camat\n', at: '2:1', message: /not a `key: value` line/, hint: /space after the colon/ },
  { name: 'a key indented under a value', text: 'id: camat\n  role: Camat\n', at: '1:5', message: /indented more/, hint: /same column/ },
  { name: 'a tab for indentation', text: 'speakers:\n\t- A\n', at: '2:1', message: /tab/, hint: /spaces/ },
  { name: 'a value starting with @', text: 'informant: @kader_sari\n', at: '1:12', message: /cannot start with `@`/, hint: /double quotes/ },
  { name: 'keys of a block not lined up', text: 'speakers:\n  - A\n  B: c\n', at: '3:1', message: /same column/, hint: /line up/ },
];

describe('YAML syntax errors', () => {
  for (const r of rows) {
    it(r.name, () => {
      const { yaml, diagnostics } = parseYaml(r.text, 'f.yaml');
      expect(yaml).toBeUndefined();
      expect(diagnostics.length).toBe(1);
      const d = diagnostics[0]!;
      expect(`${d.line}:${d.column}`).toBe(r.at);
      expect(d.ruleId).toBe('yaml-syntax');
      expect(d.message).toMatch(r.message);
      expect(d.hint).toMatch(r.hint);
      // never the parser's own jargon
      expect(d.message).not.toMatch(/implicit|block collection|flow|scalar/i);
    });
  }

  it('front matter lines count from the top of the transcript', () => {
    const { diagnostics } = parseYaml('id: x\nspeakers: [A\nrole: y\n', 'camat.md', 1);
    expect(`${diagnostics[0]!.line}:${diagnostics[0]!.column}`).toBe('3:11');
  });
});
