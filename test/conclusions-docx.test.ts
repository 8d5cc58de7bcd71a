/**
 * out/conclusions.docx: written by `telaah run` and `telaah conclude --docx`, the same bytes every
 * time, with Word heading styles, block quotes, two tables and two figures (SVG with a PNG fallback);
 * opened and converted by LibreOffice Writer, its text and tables are those of conclusions.md.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run } from './helpers/cli.js';
import { hasWriter } from './helpers/writer.js';

function copyPujud(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-docx-')), 'pujud');
  cpSync(path.join(import.meta.dirname, '..', 'samples', 'pujud'), dir, { recursive: true, filter: (s) => !s.split(path.sep).includes('out') });
  return dir;
}

const writer = hasWriter();
if (!writer) console.warn('conclusions-docx.test.ts: LibreOffice Writer is not installed, skipping the conversion check (apt-get install libreoffice-writer)');

/** Text of an HTML fragment: tags out, entities of LibreOffice's export decoded, spaces folded. */
function text(html: string): string {
  return html.replace(/<\/?(?:p|h\d|td|th|tr|li|br|div|table)\b[^>]*>/g, ' ').replace(/<[^>]+>/g, '').replace(/&nbsp;|&#160;/g, ' ').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/\s+/g, ' ').trim();
}

/** Markdown paragraph → the words a reader sees (emphasis marks and escapes out). */
const plain = (md: string) => md.replace(/<!--.*?-->/g, '').replace(/\*\*|\*/g, '').replace(/\\([*`<])/g, '$1').replace(/^> /, '').replace(/\s+/g, ' ').trim();

describe('conclusions.docx from telaah run samples/pujud', () => {
  let dir: string;
  let docx: Buffer;
  let md: string;
  let zip: JSZip;
  let body: string;
  beforeAll(async () => {
    dir = copyPujud();
    const r = await run(['run', dir]);
    expect(r.code, r.stderr).toBe(0);
    docx = readFileSync(path.join(dir, 'out', 'conclusions.docx'));
    md = readFileSync(path.join(dir, 'out', 'conclusions.md'), 'utf8');
    zip = await JSZip.loadAsync(docx);
    body = await zip.file('word/document.xml')!.async('string');
  }, 120_000);

  it('is recorded in run.json and the same bytes on a second run and with conclude --docx', async () => {
    const info = JSON.parse(readFileSync(path.join(dir, 'out', 'run.json'), 'utf8')) as { outputs: { path: string }[] };
    expect(info.outputs.map((o) => o.path)).toContain('conclusions.docx');
    const check = await run(['run', dir, '--check']);
    expect(check.stdout).toContain('is up to date');
    expect(check.code).toBe(0);
    const c = await run(['conclude', dir, '--docx']);
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('conclusions.docx');
    expect(readFileSync(path.join(dir, 'out', 'conclusions.docx')).equals(docx)).toBe(true);
  }, 120_000);

  it('uses Word heading styles, the Quote style and numbered lists, with fixed dates', async () => {
    for (const style of ['Title', 'Heading1', 'Heading2', 'Quote', 'ResearcherNote']) expect(body).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(body.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(md.match(/^## /gm)!.length);
    expect(body.match(/<w:pStyle w:val="Quote"\/>/g)).toHaveLength(md.match(/^> "/gm)!.length);
    expect(body).toContain('<w:numPr>');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('1980-01-01T00:00:00Z');
    expect(core).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it('has the two tables and the two figures, each an SVG with a PNG fallback', () => {
    expect(body.match(/<w:tbl>/g)).toHaveLength(2);
    expect(body.match(/<pic:pic\b/g)).toHaveLength(2);
    expect(body.match(/svgBlip/g)).toHaveLength(2);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });

  it.skipIf(!writer)('opens in LibreOffice Writer with the draft\'s headings, text, quotes, tables and figures', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'telaah-docx-lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'html', '--outdir', out,
      path.join(dir, 'out', 'conclusions.docx')], { stdio: 'ignore', timeout: 180_000 });
    const html = readFileSync(path.join(out, 'conclusions.html'), 'utf8');
    // headings: ## → h1, ### → h2, in order, same words
    const headings = [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => `${m[1]} ${text(m[2]!)}`);
    const mdHeadings = [...md.matchAll(/^(#{2,6}) (.+)$/gm)].map((m) => `${m[1]!.length - 1} ${m[2]}`);
    expect(headings).toEqual(mdHeadings);
    // every paragraph, quote and list item of the Markdown is in the document's text
    const all = text(html);
    const blocks = md.split('\n\n').flatMap((b) => b.split('\n')).filter((l) => l && !l.startsWith('#'))
      .map((l) => plain(l.replace(/^\d+\. |^- /, '')));
    for (const b of blocks) expect(all, b.slice(0, 80)).toContain(b.replace(/^"(.*)" (\(.*)$/, '“$1” $2'));
    // the two tables: the code × informant matrix and the triangulation, with the codes' rows
    const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(2);
    const rows = (t: string) => [...t.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((r) => [...r[0].matchAll(/<td[\s\S]*?<\/td>/g)].map((c) => text(c[0])));
    const matrix = parse(readFileSync(path.join(dir, 'out', 'matrix', 'code-by-informant.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const m = rows(tables[0]!);
    expect(m).toHaveLength(matrix.length + 1);
    matrix.forEach((r, i) => {
      expect(m[i + 1]![0]).toBe(r.label);
      // the counts (columns grouped by stakeholder group, as in the report), with the limits in brackets
      const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
      expect(sorted(m[i + 1]!.slice(1).map((c) => Number(c.split(' ')[0])))).toEqual(sorted(Object.values(r).slice(2).map(Number)));
    });
    const tri = parse(readFileSync(path.join(dir, 'out', 'triangulation.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const t = rows(tables[1]!);
    expect(t.slice(1).map((r) => [r[0], r[2], r[6], r[7]])).toEqual(tri.map((r) => [r.label, r.segments, r.support, r.limit]));
    // the two figures, with their captions
    const imgs = [...html.matchAll(/<img\b[^>]*>/g)].map((x) => x[0]);
    expect(imgs).toHaveLength(2);
    expect(imgs[0]).toContain('Gambar 1.');
    expect(imgs[1]).toContain('Gambar 2.');
    for (const img of imgs) expect(existsSync(path.join(out, /src="([^"]+)"/.exec(img)![1]!))).toBe(true);
  }, 200_000);
});
