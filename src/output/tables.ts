/** CSV writers for the matrices and the triangulation table (DESIGN contract). Pure. */
import type { Matrix } from '../analysis/matrices.js';
import { isIndicator, type TriangulationRow } from '../analysis/triangulate.js';
import { labelOf, type Codebook } from '../model/codebook.js';
import { toCsv } from './csv.js';

/** A matrix as a header and rows (the CSV file and the workbook sheet are written from this). */
export function matrixTable(m: Matrix): { header: string[]; rows: unknown[][] } {
  const first = m.name === 'framework' ? ['transcript', 'informant'] : ['code', 'label'];
  return { header: [...first, ...m.columns.map((c) => c.id)], rows: m.rows.map((r) => [r.id, r.label, ...r.cells]) };
}

export function matrixCsv(m: Matrix): string {
  const t = matrixTable(m);
  return toCsv(t.header, t.rows);
}

/** `level`: indicator (a code without sub-codes: counted in every status summary) or dimension (a parent); `auto_only`: evidence only the automatic coder gave. */
export const TRIANGULATION_HEADER = [
  'code', 'label', 'segments', 'informants', 'groups', 'methods', 'dates', 'support', 'limit', 'status', 'kappa', 'group_list', 'method_list',
  'level', 'auto_only',
];

export function triangulationRows(rows: TriangulationRow[], cb: Codebook, lang: string): unknown[][] {
  const byId = new Map(cb.codes.map((c) => [c.id, c]));
  return rows.map((r) => [
    r.code, labelOf(byId.get(r.code)!, lang), r.segments, r.informants, r.groups, r.methods, r.dates, r.support, r.limit,
    r.status, r.kappa ?? '', r.groupList.join('; '), r.methodList.join('; '), isIndicator(cb, r.code) ? 'indicator' : 'dimension', r.autoOnly,
  ]);
}

export function triangulationCsv(rows: TriangulationRow[], cb: Codebook, lang: string): string {
  return toCsv(TRIANGULATION_HEADER, triangulationRows(rows, cb, lang));
}
