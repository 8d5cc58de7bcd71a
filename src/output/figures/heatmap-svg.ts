/**
 * out/figures/heatmap.svg: segments per code (rows, codebook order) and informant (columns, grouped
 * by stakeholder group), with the limit count in brackets under the count. Print-friendly colours,
 * labels in the project language, no scripts or external resources: ready for Word or LaTeX. Pure.
 */
import { esc } from '../markup.js';
import type { ReportModel } from '../report/model.js';
import { level, levelRanges } from '../report/scale.js';
import { LINE, MUTED, gridSvg, n, textWidth } from './grid.js';

/** Fill per colour level (0 = no evidence), and whether the text on it must be white. */
export const HEAT_FILL = ['#ffffff', '#e4eef9', '#bcd6f1', '#84b3e2', '#3d7cbf', '#1d4c87'];
const LIGHT_TEXT = (k: number) => k >= 4;

export function heatmapSvg(m: ReportModel): string {
  const { L } = m;
  const max = Math.max(0, ...m.heat.flatMap((r) => r.cells.map((c) => c.count)));
  return gridSvg({
    title: L.figure.heatmapTitle,
    desc: `${L.heatmap.caption} ${L.figure.limitNote}.`,
    rows: m.heat.map((r) => ({ label: r.indicator.label, depth: r.indicator.depth, bold: !r.indicator.isLeaf })),
    bands: m.groups.map((g) => ({ label: g.label, columns: g.sources.map((s) => s.label) })),
    cellWidth: 36,
    rowHeight: 30,
    cell: (i, j, x, y, w, h) => {
      const c = m.heat[i]!.cells[j]!;
      const k = level(c.count, max);
      const fill = HEAT_FILL[k]!;
      const ink = LIGHT_TEXT(k) ? ' fill="#ffffff"' : c.count === 0 ? ` fill="${MUTED}"` : '';
      const cx = n(x + w / 2);
      const rect = `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}" stroke="${LINE}" stroke-width="0.5"/>`;
      if (c.limit === 0) return `${rect}<text x="${cx}" y="${n(y + h / 2 + 4)}" text-anchor="middle"${ink}>${c.count}</text>`;
      return `${rect}<text x="${cx}" y="${n(y + 13)}" text-anchor="middle"${ink}>${c.count}</text>` +
        `<text x="${cx}" y="${n(y + 25)}" text-anchor="middle" font-size="8.5"${ink}>(${c.limit})</text>`;
    },
    legend: (x, y) => {
      const items: string[] = [];
      let at = x;
      const swatch = (k: number, label: string) => {
        items.push(`<rect x="${n(at)}" y="${n(y)}" width="14" height="14" fill="${HEAT_FILL[k]}" stroke="${LINE}"/>` +
          `<text x="${n(at + 18)}" y="${n(y + 11)}" font-size="10">${esc(label)}</text>`);
        at += 18 + textWidth(label, 10) + 12;
      };
      items.push(`<text x="${n(at)}" y="${n(y + 11)}" font-size="10" font-weight="bold">${esc(L.figure.count)}:</text>`);
      at += textWidth(`${L.figure.count}:`, 10, true) + 8;
      swatch(0, '0');
      for (const [k, a, b] of levelRanges(max)) swatch(k, a === b ? String(a) : `${a}–${b}`);
      items.push(`<text x="${n(x)}" y="${n(y + 32)}" font-size="10" fill="${MUTED}">${esc(L.figure.limitNote)}</text>`);
      return { svg: items.join('\n'), height: 38, width: Math.max(at - x, textWidth(L.figure.limitNote, 10)) };
    },
  });
}
