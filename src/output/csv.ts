/** CSV through csv-stringify, with spreadsheet-formula cells neutralised (OWASP CSV injection). */
import { stringify } from 'csv-stringify/sync';

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

/** Rows of a CSV without a header (a chunk of a streamed file: chunks joined are toCsv's output). */
export function csvRows(rows: unknown[][]): string {
  return rows.length ? stringify(rows.map((r) => r.map(safeCell)), { record_delimiter: '\n' }) : '';
}
