import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRows, safeCell, toCsv } from '../src/output/csv.js';

describe('CSV writer', () => {
  it('writes what csv-stringify writes (defaults, \\n between records)', async () => {
    const fc = (await import('fast-check')).default;
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'B', ' ', ',', '"', '\n', '\r', ';', "'", '=', '+', '-', '@', '\t', 'é', '😀', '\uD83D') }),
      fc.double(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean(),
    );
    const rows = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 5 });
    fc.assert(fc.property(rows, (rs) => {
      const ref = rs.length ? stringify(rs.map((r) => r.map(safeCell)), { record_delimiter: '\n' }) : '';
      expect(csvRows(rs)).toBe(ref);
    }), { numRuns: 2000 });
  });
  it('quotes what needs quotes and neutralises formulas', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['=1+1', 'line\nbreak'], ['', 2.5], ['a\rb', '-3']])).toBe('a,b\n"x,y","say ""hi"""\n\'=1+1,"line\nbreak"\n,2.5\na\rb,\'-3\n');
  });
});
