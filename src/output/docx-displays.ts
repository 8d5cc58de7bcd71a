/**
 * The tables and figures of the Word draft, from the report model (so they show what report.html
 * and out/figures/ show): table 1 the code × informant matrix, figure 1 the heatmap, table 2 the
 * triangulation, figure 2 the triangulation chart. Pure; the PNG fallbacks come in as data.
 */
import type { DocxFigure, DocxTable } from './conclusions-docx.js';
import { humanGroup } from './conclusions.js';
import type { ReportModel } from './report/model.js';

export function docxTables(m: ReportModel): DocxTable[] {
  const { L } = m;
  const inds = m.conclusions.indicators;
  const matrix: DocxTable = {
    caption: `${L.caption.table} 1. ${L.figure.heatmapTitle}`,
    header: [L.col.code, ...m.sources.map((s) => s.label)],
    rows: m.heat.map((r) => [r.indicator.label, ...r.cells.map((c) => (c.limit ? `${c.count} (${c.limit})` : String(c.count)))]),
    depth: inds.map((i) => i.depth),
  };
  const tri: DocxTable = {
    caption: `${L.caption.table} 2. ${L.triangulation.caption}`,
    header: [L.col.code, L.col.status, L.col.segments, L.col.informants, L.col.groups, L.col.methods, L.col.support, L.col.limit],
    rows: inds.map((i) => [
      i.label, L.status[i.status], String(i.segments), String(i.informants),
      i.groups.length ? `${i.groups.length} (${i.groups.map(humanGroup).join(', ')})` : '0',
      i.methods.length ? `${i.methods.length} (${i.methods.map((x) => L.method[x]).join(', ')})` : '0',
      String(i.support), String(i.limit),
    ]),
    depth: inds.map((i) => i.depth),
    widths: [0.2, 0.13, 0.08, 0.08, 0.23, 0.12, 0.08, 0.08],
  };
  return [matrix, tri];
}

/** Figure 1 (heatmap) and figure 2 (triangulation): their SVG and its PNG rendering. */
export function docxFigures(m: ReportModel, svgs: [string, string], pngs: [Uint8Array, Uint8Array]): DocxFigure[] {
  const { L } = m;
  const captions = [`${L.caption.figure} 1. ${L.figure.heatmapTitle}`, `${L.caption.figure} 2. ${L.figure.triangulationTitle}`];
  return svgs.map((svg, i) => ({ caption: captions[i]!, svg, png: pngs[i]!, ...svgSize(svg) }));
}

/** The root element's width and height (the figures always give both, in pixels). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (attr: string) => Number(new RegExp(`\\b${attr}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: num('width') || 600, height: num('height') || 400 };
}
