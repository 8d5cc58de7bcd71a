/**
 * The analysis as one spreadsheet workbook: a sheet per matrix (the same cells as out/matrix/*.csv),
 * the segments, a 0/1 code-by-segment sheet and the triangulation table. Text is stored as text,
 * so a cell like "=SUM(A1)" is shown, never run. Byte-stable: fixed document dates and zip entry
 * times. Pure apart from being asynchronous (the zip is built in memory).
 */
import ExcelJS from 'exceljs';
import type { CodedSegment } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';
import type { Study } from '../passes/study.js';
import { codedBy, evidenceByCode, provenance } from '../analysis/evidence.js';
import { xmlChars } from './markup.js';
import { matrixTable, TRIANGULATION_HEADER, triangulationRows } from './tables.js';
import { FIXED_DATE, stableZip } from './zip.js';


export interface Sheet {
  name: string;
  header: string[];
  rows: unknown[][];
}

const SEGMENT_HEADER = ['transcript', 'segment', 'line_start', 'line_end', 'speaker', 'informant', 'group', 'method', 'date', 'kept', 'dropped', 'codes', 'text'];

export function segmentRows(segments: CodedSegment[]): unknown[][] {
  return segments.map((s) => {
    const m = s.transcript.meta;
    const seg = s.reduced.segment;
    return [m.id, seg.id, seg.lines[0], seg.lines[1], seg.speaker ?? '', m.informant ?? '', m.group ?? '', m.method, m.date ?? '',
      s.reduced.kept ? 1 : 0, s.reduced.reason ?? '', codesWithCoders(s), s.reduced.text];
  });
}

/** `dialog-tatap-muka [sari]; hasil-sementara [auto 0.71]`: each code once, with who coded it. */
function codesWithCoders(s: CodedSegment): string {
  const codes = [...new Set(s.codes.map((a) => a.code))];
  return codes.map((c) => `${c} [${provenance(codedBy(s.codes.filter((a) => a.code === c)))}]`).join('; ');
}

/** Kept segments × codes, 1 where the segment counts for the code (a parent counts its children, as in the matrices). */
export function codeBySegment(segments: CodedSegment[], cb: Codebook): Sheet {
  const ev = evidenceByCode(segments, cb);
  const has = new Map(cb.codes.map((c) => [c.id, new Set(ev.get(c.id)!.map((e) => e.segment.reduced.segment.id))]));
  const kept = segments.filter((s) => s.reduced.kept);
  return {
    name: 'code-by-segment',
    header: ['segment', 'transcript', ...cb.codes.map((c) => c.id)],
    rows: kept.map((s) => [s.reduced.segment.id, s.transcript.meta.id, ...cb.codes.map((c) => (has.get(c.id)!.has(s.reduced.segment.id) ? 1 : 0))]),
  };
}

export function workbookSheets(s: Study, cb: Codebook, lang: string): Sheet[] {
  return [
    ...s.matrices.map((m) => ({ name: m.name, ...matrixTable(m) })),
    { name: 'segments', header: SEGMENT_HEADER, rows: segmentRows(s.segments) },
    codeBySegment(s.segments, cb),
    { name: 'triangulation', header: TRIANGULATION_HEADER, rows: triangulationRows(s.triangulation, cb, lang) },
  ];
}

/** Excel refuses a file with a longer cell ("damaged"), so longer text is cut with a note. */
export const MAX_CELL_CHARS = 32767;
const CUT_NOTE = ' … [cut: a spreadsheet cell holds 32,767 characters; the full text is in segments.jsonl]';

/** A cell's value: numbers as numbers (rounded like the CSV files), everything else as text. */
function cellValue(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? v : Math.round(v * 1000) / 1000;
  return fitCell(xmlChars(String(v)));
}

export function fitCell(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - CUT_NOTE.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // never split a character in two
  return text.slice(0, end) + CUT_NOTE;
}

export async function workbookXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'telaah';
  wb.lastModifiedBy = 'telaah';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(sheet.header.map(cellValue)).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map(cellValue));
  }
  return stableZip(new Uint8Array(await wb.xlsx.writeBuffer()));
}
