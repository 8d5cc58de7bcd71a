/**
 * CSV (RFC 4180, as csv-stringify writes it with its defaults and `\n` between records), with
 * spreadsheet-formula cells neutralised (OWASP CSV injection). Written here rather than through
 * csv-stringify: the same bytes (test/csv.test.ts compares them) at a fraction of the cost per cell
 * (codings.csv of a million short segments).
 */

/** Cells starting with = + - @ tab or CR are prefixed with ' so Excel shows them as text. */
export function safeCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000)) : String(v);
  if (typeof v === 'number') return s;
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return csvRows([header, ...rows]);
}

/**
 * A field quoted when it holds a comma, a quote or the record delimiter \n (a lone \r is not: so
 * csv-stringify does when given a record delimiter); quotes inside doubled.
 */
const NEEDS_QUOTES = /[",\n]/;

/** One field as it stands in a record: neutralised, and quoted where it must be. */
export function csvCell(v: unknown): string {
  const cell = safeCell(v);
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows of a CSV without a header (a chunk of a streamed file: chunks joined are toCsv's output). */
export function csvRows(rows: unknown[][]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i > 0) out += ',';
      out += csvCell(row[i]);
    }
    out += '\n';
  }
  return out;
}
