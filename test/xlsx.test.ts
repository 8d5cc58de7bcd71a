/**
 * The workbook (`telaah run --xlsx`, `telaah export xlsx`): its sheets hold the same cells as the
 * CSV files, formula-like text stays text, the bytes are the same on every run, and LibreOffice
 * opens it (converted back to CSV, sheet by sheet, it matches out/matrix/*.csv cell for cell).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { fitCell, MAX_CELL_CHARS, workbookXlsx } from '../src/output/xlsx.js';

const root = path.join(import.meta.dirname, '..');
const MATRICES = ['code-by-informant', 'code-by-group', 'code-by-method', 'cooccurrence', 'framework'];

function copy(...from: string[]): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-xlsx-')), 'p');
  for (const f of from) cpSync(path.join(root, f), dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('out') });
  return dir;
}

const readCsv = (file: string) => parse(readFileSync(file, 'utf8'), { relax_column_count: true }) as string[][];
/** The CSV writer marks formula-like text with a leading ' (src/output/csv.ts); the workbook stores the text itself. */
const unmark = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

async function sheets(file: string): Promise<Map<string, ExcelJS.Worksheet>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return new Map(wb.worksheets.map((ws) => [ws.name, ws]));
}

function cells(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    out.push(values.map((v) => (v === undefined || v === null ? '' : String(v))));
  });
  return out;
}

function expectSameCells(actual: string[][], csv: string[][], what: string): void {
  expect(actual.length, `${what}: rows`).toBe(csv.length);
  csv.forEach((row, i) => row.forEach((cell, j) => expect(actual[i]![j] ?? '', `${what} row ${i + 1} column ${j + 1}`).toBe(unmark(cell))));
}

describe('telaah run --xlsx on samples/pujud', () => {
  let dir: string;
  let book: Map<string, ExcelJS.Worksheet>;
  beforeAll(async () => {
    dir = copy('samples/pujud');
    const r = await run(['run', dir, '--xlsx']);
    expect(r.code, r.stderr).toBe(0);
    book = await sheets(path.join(dir, 'out', 'telaah.xlsx'));
  });

  it('has a sheet per matrix, the segments, code-by-segment and triangulation', () => {
    expect([...book.keys()]).toEqual([...MATRICES, 'segments', 'code-by-segment', 'triangulation']);
  });

  it('each matrix sheet and the triangulation sheet match their CSV file cell for cell', () => {
    for (const m of MATRICES) expectSameCells(cells(book.get(m)!), readCsv(path.join(dir, 'out', 'matrix', `${m}.csv`)), m);
    expectSameCells(cells(book.get('triangulation')!), readCsv(path.join(dir, 'out', 'triangulation.csv')), 'triangulation');
  });

  it('counts are numbers; the 0/1 sheet agrees with the segments and with the matrices', () => {
    const inf = cells(book.get('code-by-informant')!);
    expect(typeof book.get('code-by-informant')!.getRow(2).getCell(3).value).toBe('number');
    const bySeg = cells(book.get('code-by-segment')!);
    const header = bySeg[0]!;
    const segs = readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { segment: string; kept: boolean });
    expect(bySeg.slice(1).map((r) => r[0])).toEqual(segs.filter((s) => s.kept).map((s) => s.segment));
    // a code's column sum = its segments in the triangulation table
    const tri = readCsv(path.join(dir, 'out', 'triangulation.csv'));
    for (const row of tri.slice(1)) {
      const col = header.indexOf(row[0]!);
      expect(bySeg.slice(1).reduce((n, r) => n + Number(r[col]), 0), row[0]).toBe(Number(row[2]));
    }
    expect(inf.length).toBeGreaterThan(1);
  });

  it('is byte-identical on a re-run, and run --check checks it without being told', async () => {
    const first = readFileSync(path.join(dir, 'out', 'telaah.xlsx'));
    const again = await run(['export', 'xlsx', dir, '-o', path.join(dir, 'again.xlsx')]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Wrote .*again\.xlsx: 8 sheets/);
    expect(readFileSync(path.join(dir, 'again.xlsx')).equals(first)).toBe(true);
    const check = await run(['run', dir, '--check']);
    expect(check.stdout, check.stderr).toMatch(/is up to date: \d+ files match/);
    expect(check.code).toBe(0);
    writeFileSync(path.join(dir, 'out', 'telaah.xlsx'), Buffer.concat([first, Buffer.from('x')]));
    const edited = await run(['run', dir, '--check']);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain('differs   telaah.xlsx');
  });

  it('refuses an output name that is not .xlsx', async () => {
    const r = await run(['export', 'xlsx', dir, '-o', path.join(dir, 'hasil.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does not end in \.xlsx/);
  });
});

describe('formula-like text in the workbook', () => {
  it('is stored as text, never as a formula', async () => {
    const dir = copy('test/fixtures/bad-input/base', 'test/fixtures/bad-input/csv-injection');
    const file = path.join(dir, 'hasil.xlsx');
    const r = await run(['export', 'xlsx', dir, '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const book = await sheets(file);
    const texts: string[] = [];
    for (const ws of book.values()) {
      ws.eachRow((row) => row.eachCell((cell) => {
        expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }));
    }
    expect(texts).toContain('=HYPERLINK("http://contoh.invalid/?d=1","klik")');
    expect(texts.some((t) => t.startsWith('@SUM(1+1)') || t.startsWith('@warga'))).toBe(true);
  });
});

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0);
if (!soffice) console.warn('LibreOffice is not installed (Debian: apt-get install libreoffice-calc): skipping the test that opens the workbook in it');

describe.skipIf(!soffice)('the workbook in LibreOffice', () => {
  it('converts back to CSV sheet by sheet, and each matrix matches out/matrix/*.csv cell for cell', async () => {
    const dir = copy('samples/pujud');
    const r = await run(['run', dir, '--xlsx']);
    expect(r.code, r.stderr).toBe(0);
    const work = mkdtempSync(path.join(tmpdir(), 'telaah-lo-'));
    // 44 = comma, 34 = ", 76 = UTF-8; the last -1 writes every sheet as <name>-<sheet>.csv
    execFileSync(soffice!, [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', work, path.join(dir, 'out', 'telaah.xlsx')],
    { env: { ...process.env, HOME: work }, stdio: 'pipe', timeout: 120_000 });
    const written = readdirSync(work).filter((f) => f.endsWith('.csv')).sort();
    expect(written).toEqual(['code-by-group', 'code-by-informant', 'code-by-method', 'code-by-segment', 'cooccurrence', 'framework', 'segments', 'triangulation'].map((s) => `telaah-${s}.csv`));
    for (const m of MATRICES) expectSameCells(readCsv(path.join(work, `telaah-${m}.csv`)), readCsv(path.join(dir, 'out', 'matrix', `${m}.csv`)), `LibreOffice ${m}`);
    expectSameCells(readCsv(path.join(work, 'telaah-triangulation.csv')), readCsv(path.join(dir, 'out', 'triangulation.csv')), 'LibreOffice triangulation');
  }, 180_000);
});

describe('text longer than a spreadsheet cell holds', () => {
  it('is cut at 32,767 characters with a note, never splitting a character', async () => {
    const bytes = await workbookXlsx([{ name: 'segments', header: ['text'], rows: [['😀'.repeat(20000)], ['a'.repeat(20001) + '😀'.repeat(10000)], ['short']] }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const cells = wb.getWorksheet('segments')!.getColumn(1).values.slice(2) as string[];
    for (const [i, prefix] of [[0, ''], [1, 'a'.repeat(20001)]] as const) {
      const cell = cells[i]!;
      expect(cell.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
      expect(cell.length).toBeGreaterThan(MAX_CELL_CHARS - 200);
      expect(cell.startsWith(prefix)).toBe(true);
      expect(cell.endsWith('the full text is in segments.jsonl]')).toBe(true);
    }
    expect(cells[2]).toBe('short');
  });

  it('whichever half of an emoji the cut falls on, no half is left behind', () => {
    type Checked = string & { isWellFormed(): boolean };
    for (const text of ['😀'.repeat(20000), 'a'.repeat(20001) + '😀'.repeat(10000)]) {
      expect((fitCell(text) as Checked).isWellFormed()).toBe(true);
    }
  });
});
