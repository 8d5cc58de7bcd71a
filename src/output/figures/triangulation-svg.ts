/**
 * out/figures/triangulation.svg: per code (rows), the stakeholder groups and the methods that give
 * evidence for it (a filled dot with the number of supporting segments; an open dot where the only
 * evidence shows a limit) and its triangulation status. Print-friendly, labelled in the project
 * language. Pure.
 */
import type { Status } from '../../model/analysis.js';
import { esc } from '../markup.js';
import type { ReportModel, Split } from '../report/model.js';
import { INK, LINE, MUTED, gridSvg, n, textWidth } from './grid.js';

const DOT = '#1d4c87';
const LIMIT = '#b85400';
const STATUS_FILL: Record<Status, string> = {
  converged: '#dcf2e3', 'converged-limit': '#f6d5cf', contested: '#fde7cf', thin: '#fdf5c9', 'single-source': '#e8e1f5', absent: '#eceff2',
};

export function triangulationSvg(m: ReportModel): string {
  const { L } = m;
  const inds = m.conclusions.indicators;
  const splits: Split[][] = inds.map((_, i) => [...m.byGroup[i]!, ...m.byMethod[i]!]);
  const statusW = Math.max(...inds.map((i) => textWidth(L.status[i.status], 10))) + 16;
  return gridSvg({
    title: L.figure.triangulationTitle,
    desc: `${L.triangulation.caption} ${L.figure.supportDot}; ${L.figure.limitDot}.`,
    rows: inds.map((i) => ({ label: i.label, depth: i.depth, bold: !i.isLeaf })),
    bands: [
      { label: L.figure.groupsBand, columns: m.groups.map((g) => g.label) },
      { label: L.figure.methodsBand, columns: m.methods.map((x) => L.method[x]) },
    ].filter((b) => b.columns.length > 0),
    cellWidth: 30,
    rowHeight: 24,
    cell: (i, j, x, y, w, h) => {
      const s = splits[i]![j]!;
      const cx = n(x + w / 2);
      const cy = n(y + h / 2);
      const rule = `<line x1="${n(x)}" y1="${n(y + h)}" x2="${n(x + w)}" y2="${n(y + h)}" stroke="${LINE}" stroke-width="0.5"/>`;
      if (s.support > 0) {
        return `${rule}<circle cx="${cx}" cy="${cy}" r="8.5" fill="${DOT}"/>` +
          `<text x="${cx}" y="${n(y + h / 2 + 3)}" text-anchor="middle" font-size="8.5" fill="#ffffff">${s.support}</text>`;
      }
      if (s.limit > 0) return `${rule}<circle cx="${cx}" cy="${cy}" r="7.5" fill="#ffffff" stroke="${LIMIT}" stroke-width="1.5"/>`;
      return rule;
    },
    right: {
      header: L.col.status,
      width: statusW,
      cell: (i, x, y, w, h) => {
        const st = inds[i]!.status;
        return `<rect x="${n(x)}" y="${n(y + 3)}" width="${n(w)}" height="${n(h - 6)}" rx="${n((h - 6) / 2)}" fill="${STATUS_FILL[st]}" stroke="${LINE}" stroke-width="0.5"/>` +
          `<text x="${n(x + w / 2)}" y="${n(y + h / 2 + 3.5)}" text-anchor="middle" font-size="10" fill="${INK}">${esc(L.status[st])}</text>`;
      },
    },
    legend: (x, y) => {
      const a = textWidth(L.figure.supportDot, 10);
      const svg = [
        `<circle cx="${n(x + 8)}" cy="${n(y + 7)}" r="7" fill="${DOT}"/><text x="${n(x + 8)}" y="${n(y + 10)}" text-anchor="middle" font-size="8" fill="#ffffff">n</text>`,
        `<text x="${n(x + 20)}" y="${n(y + 11)}" font-size="10" fill="${MUTED}">${esc(L.figure.supportDot)}</text>`,
        `<circle cx="${n(x + 40 + a)}" cy="${n(y + 7)}" r="6.5" fill="#ffffff" stroke="${LIMIT}" stroke-width="1.5"/>`,
        `<text x="${n(x + 52 + a)}" y="${n(y + 11)}" font-size="10" fill="${MUTED}">${esc(L.figure.limitDot)}</text>`,
      ].join('\n');
      return { svg, height: 16, width: 52 + a + textWidth(L.figure.limitDot, 10) };
    },
  });
}
