/**
 * The HTML report and the SVG figures without a browser: written by `telaah run` and
 * `telaah report`, counts equal to the matrices, well-formed SVG, every user text escaped, no
 * network references, the project language, and byte-identical re-runs.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { esc } from '../src/output/markup.js';
import { level, levelRanges, LEVELS } from '../src/output/report/scale.js';
import { run } from './helpers/cli.js';

const sample = (name: string) => path.join(import.meta.dirname, '..', 'samples', name);

function copy(name: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-report-')), name);
  cpSync(sample(name), dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('out') });
  return dir;
}

const read = (dir: string, f: string) => readFileSync(path.join(dir, 'out', f), 'utf8');
const csv = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
/** The heatmap's <td> cells: code, informant, count, limit and the visible count text. */
function heatCells(html: string) {
  return [...html.matchAll(/<td (data-code[^>]*)>(.*?)<\/td>/g)].map(([, tag, inner]) => ({
    code: attr(tag!, 'data-code')!, informant: attr(tag!, 'data-informant')!,
    count: Number(attr(tag!, 'data-count')), limit: Number(attr(tag!, 'data-limit')),
    text: /class="n"[^>]*>(\d+)</.exec(inner!)?.[1],
  }));
}

/** Opening and closing tags balance, outside <style> and <script> (void elements excepted). */
function unbalancedTags(html: string): string[] {
  const VOID = new Set(['meta', 'input', 'br', 'img', 'link', 'hr', 'col']);
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<script>[\s\S]*?<\/script>/, '').replace(/<!DOCTYPE html>/, '');
  const stack: string[] = [];
  const problems: string[] = [];
  for (const [, close, name] of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const tag = name!.toLowerCase();
    if (VOID.has(tag)) continue;
    if (!close) stack.push(tag);
    else if (stack.pop() !== tag) problems.push(`</${tag}>`);
  }
  return [...problems, ...stack.map((t) => `<${t}> never closed`)];
}

function checkSvg(text: string): Record<string, unknown> {
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false }).parse(text) as { svg: Record<string, unknown> };
  expect(doc.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
  expect(text).not.toMatch(/<script|<image|<foreignObject|href=|url\(|@import/i);
  return doc.svg;
}

describe('report and figures from telaah run samples/pujud', () => {
  let dir: string;
  beforeAll(async () => {
    dir = copy('pujud');
    const r = await run(['run', dir]);
    expect(r.code).toBe(0);
  });

  it('writes report.html and both figures', () => {
    for (const f of ['report.html', 'figures/heatmap.svg', 'figures/triangulation.svg']) expect(existsSync(path.join(dir, 'out', f)), f).toBe(true);
  });

  it('has a heatmap cell per code × informant whose count equals matrix/code-by-informant.csv', () => {
    const matrix = csv(read(dir, 'matrix/code-by-informant.csv'));
    const cells = heatCells(read(dir, 'report.html'));
    const informants = Object.keys(matrix[0]!).filter((k) => k !== 'code' && k !== 'label');
    expect(cells.length).toBe(matrix.length * informants.length);
    for (const row of matrix) {
      for (const inf of informants) {
        const cell = cells.filter((c) => c.code === row.code && c.informant === inf);
        expect(cell.length, `${row.code} × ${inf}`).toBe(1);
        expect(cell[0]!.count, `${row.code} × ${inf}`).toBe(Number(row[inf]));
        expect(cell[0]!.text, 'the count is the text of the cell').toBe(row[inf]);
        expect(cell[0]!.limit).toBeLessThanOrEqual(cell[0]!.count);
      }
    }
  });

  it('limit counts in the heatmap add up to the limit column of triangulation.csv', () => {
    const tri = csv(read(dir, 'triangulation.csv'));
    const cells = heatCells(read(dir, 'report.html'));
    for (const t of tri) expect(cells.filter((c) => c.code === t.code).reduce((n, c) => n + c.limit, 0), t.code).toBe(Number(t.limit));
  });

  it('lists every quote once per code with its citation, and the triangulation statuses of triangulation.csv', () => {
    const html = read(dir, 'report.html');
    const tri = csv(read(dir, 'triangulation.csv'));
    for (const t of tri) {
      const section = new RegExp(`<section class="code-ev[^"]*" id="ev-${t.code}"[\\s\\S]*?</section>`).exec(html)![0];
      expect(section.match(/<li /g)?.length ?? 0, t.code).toBe(Number(t.segments));
      expect(section.match(/data-polarity="limit"/g)?.length ?? 0, t.code).toBe(Number(t.limit));
      expect(section).toMatch(/\(Kapolsek Pujud, wawancara, 12 Maret 2024, baris \d+(–\d+)?\)/);
    }
    expect(html.match(/class="badge st-contested"/g)!.length).toBeGreaterThanOrEqual(tri.filter((t) => t.status === 'contested').length);
  });

  it('is self-contained: no network references, one inline stylesheet and script, tags balanced', () => {
    const html = read(dir, 'report.html');
    expect(html).not.toMatch(/https?:|<link|src=|url\(|@import|@font-face/i);
    expect(html.match(/<style>/g)!.length).toBe(1);
    expect(html.match(/<script/g)!.length).toBe(1);
    expect(unbalancedTags(html)).toEqual([]);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="id">/);
    expect(html).toMatch(/@media print/);
    expect(html).toMatch(/prefers-color-scheme: dark/);
  });

  it('writes well-formed SVG figures labelled in Indonesian with every code and informant', () => {
    const heat = read(dir, 'figures/heatmap.svg');
    const tri = read(dir, 'figures/triangulation.svg');
    expect((checkSvg(heat).title as { '#text': string })['#text']).toBe('Jumlah segmen per kode dan informan');
    checkSvg(tri);
    for (const label of ['Dialog tatap muka', 'Hasil sementara', 'Kapolsek Pujud', 'Warga / ketua RT', 'pemerintah desa']) expect(heat).toContain(`>${label}<`);
    for (const label of ['terkonfirmasi', 'diperdebatkan', 'Kelompok pemangku kepentingan', 'wawancara', 'observasi', 'dokumen']) expect(tri).toContain(`>${label}<`);
    // one rect per code × informant, plus the background and the legend swatches
    const matrix = csv(read(dir, 'matrix/code-by-informant.csv'));
    const cellRects = heat.match(/<rect [^>]*stroke-width="0\.5"\/>/g)!.length;
    expect(cellRects).toBe(matrix.length * (Object.keys(matrix[0]!).length - 2));
  });

  it('is byte-identical on a re-run elsewhere, and `telaah report` writes the same bytes', async () => {
    const other = copy('pujud');
    expect((await run(['report', other])).code).toBe(0);
    expect(readdirSync(path.join(other, 'out')).sort()).toEqual(['figures', 'report.html']);
    for (const f of ['report.html', 'figures/heatmap.svg', 'figures/triangulation.svg']) expect(read(other, f), f).toBe(read(dir, f));
    expect(read(dir, 'report.html')).not.toContain(dir);
  });
});

describe('report in English', () => {
  it('--lang en labels the page and the figures in English', async () => {
    const dir = copy('pujud');
    const r = await run(['report', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/report\.html — open it in a web browser/);
    const html = read(dir, 'report.html');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('>Code × informant matrix<');
    expect(html).toContain('(Kapolsek Pujud, interview, 12 March 2024, lines');
    expect(read(dir, 'figures/triangulation.svg')).toContain('>Stakeholder groups<');
    expect(read(dir, 'figures/heatmap.svg')).toContain('>Segments per code and informant<');
  });

  it('a codebook with parent codes shows parents bold and their children indented', async () => {
    const dir = copy('sampang');
    expect((await run(['report', dir])).code).toBe(0);
    const html = read(dir, 'report.html');
    expect(html).toMatch(/<tr class="d0 parent"><th scope="row">/);
    expect(html).toMatch(/<tr class="d1"><th scope="row">/);
    checkSvg(read(dir, 'figures/heatmap.svg'));
    expect(read(dir, 'figures/heatmap.svg')).toMatch(/font-weight="bold">[^<]+</);
  });
});

describe('escaping user text', () => {
  const HOSTILE_ROLE = `<b>Kapolsek</b> "Pujud" & <script>alert('r')</script>`;
  const HOSTILE_GROUP = 'polisi<&>"x';
  const HOSTILE_QUOTE = `Dari situ informasi masuk </blockquote><img src=x onerror="alert(1)"> & 'kabar' </script>.`;
  let dir: string;
  beforeAll(async () => {
    dir = copy('pujud');
    const file = path.join(dir, 'transcripts', 'kapolsek.md');
    writeFileSync(file, readFileSync(file, 'utf8')
      .replace('role: Kapolsek Pujud', `role: '${HOSTILE_ROLE.replace(/'/g, "''")}'`)
      .replace('group: kepolisian', `group: '${HOSTILE_GROUP}'`)
      .replace('Dari situ informasi masuk.', HOSTILE_QUOTE));
    const r = await run(['run', dir]);
    expect(r.stderr).toBe('');
  });

  it('escapes roles, groups and quotes in the HTML', () => {
    const html = read(dir, 'report.html');
    expect(html).not.toContain(HOSTILE_ROLE);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('polisi<&>');
    expect(html).toContain(esc(HOSTILE_ROLE));
    expect(html).toContain(esc(HOSTILE_GROUP));
    expect(html).toContain(`informasi masuk &lt;/blockquote&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;kabar&#39; &lt;/script&gt;.`);
    expect(html.match(/<script/g)!.length).toBe(1);
    expect(html.match(/<\/script>/g)!.length).toBe(1);
    expect(unbalancedTags(html)).toEqual([]);
  });

  it('keeps the SVG figures well-formed', () => {
    const heat = read(dir, 'figures/heatmap.svg');
    const tri = read(dir, 'figures/triangulation.svg');
    checkSvg(heat);
    checkSvg(tri);
    expect(heat).toContain(esc('polisi<&>"x'));
    expect(heat).not.toContain('<b>');
  });
});

describe('colour scale', () => {
  it('every count from 1 to max falls in exactly the legend range of its level', () => {
    for (let max = 1; max <= 60; max++) {
      const ranges = levelRanges(max);
      for (let c = 1; c <= max; c++) {
        const holding = ranges.filter(([, a, b]) => a <= c && c <= b);
        expect(holding.length, `count ${c} of ${max}`).toBe(1);
        expect(holding[0]![0]).toBe(level(c, max));
      }
      expect(level(max, max)).toBe(LEVELS);
      expect(level(0, max)).toBe(0);
    }
  });
});
