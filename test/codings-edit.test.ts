import { describe, expect, it } from 'vitest';
import { appendDecisions } from '../src/codings/edit.js';
import { parseCodings } from '../src/codings/parse.js';

const text = (r: ReturnType<typeof appendDecisions>): string => {
  if (r.problem !== undefined) throw new Error(r.problem);
  return r.text;
};

/** A file as a person wraps and spaces it: a folded quote, two spaces before comments, `{ … }` with spaces, blank lines. */
const handWritten = [
  '# codings of Sari, round 1',
  'coder: sari',
  'project_note: keep me   # a key telaah does not know',
  '',
  'codings:',
  '  # the camat',
  '  - transcript: t',
  '    code: a',
  '    quote: >-',
  '      kami rutin rapat koordinasi',
  '      tiap bulan di aula kecamatan',
  '    extra: {  note: "x" ,  n: 1 }',
  '',
  '  - { transcript: t, code: c, quote: "x y" }    # flow item',
  '',
  '# the end',
  'decided:',
  '  - transcript: t',
  '    quote: "u v"',
  '    line: 2',
  '',
].join('\n');

describe('appendDecisions', () => {
  it("keeps every byte a person wrote and appends after the last item of each list", () => {
    const after = text(appendDecisions(handWritten, 'sari', [{ transcript: 't', code: 'b', quote: 'p q', line: 3 }], [{ transcript: 't', quote: 'r s', line: 5 }]));
    const added = '  - transcript: t\n    code: b\n    quote: p q\n    line: 3\n';
    const at = handWritten.indexOf('\n# the end');
    expect(after).toBe(`${handWritten.slice(0, at)}${added}\n${handWritten.slice(at + 1)}  - transcript: t\n    quote: r s\n    line: 5\n`);
    const parsed = parseCodings(after, 'sari.yaml', 'sari').codings!;
    expect(parsed.codings.map((c) => [c.code, c.quote, c.line])).toEqual([['a', 'kami rutin rapat koordinasi tiap bulan di aula kecamatan', undefined], ['c', 'x y', undefined], ['b', 'p q', 3]]);
    expect(parsed.decided.map((d) => [d.quote, d.line])).toEqual([['u v', 2], ['r s', 5]]);
  });

  it('keeps CRLF line ends, and adds a missing list at the end', () => {
    const crlf = '# mine\r\ncoder: budi\r\ncodings:\r\n  - transcript: t\r\n    code: a\r\n    quote: "x"\r\n';
    const after = text(appendDecisions(crlf, 'budi', [{ transcript: 't', code: 'b', quote: 'y', line: 1 }], [{ transcript: 't', quote: 'z', line: 2 }]));
    expect(after.startsWith(crlf)).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(after.slice(crlf.length)).toBe('  - transcript: t\r\n    code: b\r\n    quote: y\r\n    line: 1\r\ndecided:\r\n  - transcript: t\r\n    quote: z\r\n    line: 2\r\n');
  });

  it('fills an empty list (`codings: []` or `codings:`) and a file with no codings key', () => {
    for (const before of ['coder: a\ncodings: []\n', 'coder: a\ncodings:\n# later\n', 'coder: a\n']) {
      const after = text(appendDecisions(before, 'a', [{ transcript: 't', code: 'b', quote: 'y', line: 1 }], []));
      expect(parseCodings(after, 'a.yaml', 'a').codings!.codings.map((c) => c.code)).toEqual(['b']);
      expect(after.startsWith('coder: a\ncodings:')).toBe(true);
    }
  });

  it('refuses, rather than writes, when the file is not a mapping or the list is not a list', () => {
    expect(appendDecisions('- a\n- b\n', 'x', [{ transcript: 't', code: 'b', quote: 'y', line: 1 }], []).problem).toMatch(/not a mapping/);
    expect(appendDecisions('coder: x\ncodings: "none"\n', 'x', [{ transcript: 't', code: 'b', quote: 'y', line: 1 }], []).problem).toMatch(/would change/);
    expect(appendDecisions('coder: x\ncodings: [a\n', 'x', [{ transcript: 't', code: 'b', quote: 'y', line: 1 }], []).problem).toMatch(/not valid YAML/);
  });

  it('creates a new file for a new coder', () => {
    const t = text(appendDecisions(undefined, 'budi', [{ transcript: 't', code: 'a', quote: 'q', line: 1, memo: 'm' }], []));
    expect(parseCodings(t, 'budi.yaml', 'budi').codings!.codings[0]).toMatchObject({ coder: 'budi', code: 'a', memo: 'm' });
  });
});
