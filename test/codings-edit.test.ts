import { describe, expect, it } from 'vitest';
import { appendDecisions } from '../src/codings/edit.js';
import { parseCodings } from '../src/codings/parse.js';

describe('appendDecisions', () => {
  it("keeps a person's comments, order and unknown keys, and appends in block style", () => {
    const before = '# codings of Sari, round 1\ncoder: sari\nproject_note: keep me  # a key telaah does not know\ncodings:\n  # the camat\n  - transcript: t\n    code: a\n    quote: "x y"\n';
    const after = appendDecisions(before, 'sari', [{ transcript: 't', code: 'b', quote: 'p q', line: 3 }], [{ transcript: 't', quote: 'r s', line: 5 }]);
    // the yaml library keeps comments and order; it normalises the space before an inline comment
    expect(after.startsWith('# codings of Sari, round 1\ncoder: sari\nproject_note: keep me # a key telaah does not know\ncodings:\n  # the camat\n')).toBe(true);
    const parsed = parseCodings(after, 'sari.yaml', 'sari').codings!;
    expect(parsed.codings.map((c) => [c.code, c.quote, c.line])).toEqual([['a', 'x y', undefined], ['b', 'p q', 3]]);
    expect(parsed.decided.map((d) => [d.quote, d.line])).toEqual([['r s', 5]]);
  });
  it('creates a new file for a new coder', () => {
    const text = appendDecisions(undefined, 'budi', [{ transcript: 't', code: 'a', quote: 'q', line: 1, memo: 'm' }], []);
    expect(parseCodings(text, 'budi.yaml', 'budi').codings!.codings[0]).toMatchObject({ coder: 'budi', code: 'a', memo: 'm' });
  });
});
