/**
 * Lays out a labelled grid figure as SVG: row labels on the left (indented by depth), column labels
 * slanted above, columns gathered into labelled bands below the grid, an optional extra column on
 * the right and a legend underneath. Text widths are estimated from character classes, so the same
 * input always gives the same bytes. Pure.
 */
import { esc } from '../markup.js';

export const FONT = 'Helvetica, Arial, Liberation Sans, sans-serif';
export const INK = '#1b1f24';
export const MUTED = '#57606a';
export const LINE = '#c9d1d9';

/** Rounds a coordinate to one decimal, without a trailing `.0`. */
export function n(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** Estimated advance width of `text` in a Helvetica-like face at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[ijl.,:;'|!()[\]ftI]/.test(ch)) em += 0.28;
    else if (ch === ' ') em += 0.28;
    else if (/[rJ-]/.test(ch)) em += 0.36;
    else if (/[mwMW]/.test(ch)) em += 0.86;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else if (/[0-9a-z]/.test(ch)) em += 0.55;
    else em += 0.62;
  }
  return em * size * (bold ? 1.07 : 1);
}

/** Cuts `text` to at most `max` px (estimated), ending with an ellipsis when cut. */
export function fit(text: string, size: number, max: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

export interface GridRow {
  label: string;
  depth: number;
  bold: boolean;
}

export interface GridBand {
  label: string;
  columns: string[];
}

export interface GridSpec {
  title: string;
  desc: string;
  rows: GridRow[];
  bands: GridBand[];
  /** Minimum column width. */
  cellWidth: number;
  rowHeight: number;
  /** The content of one cell; (x, y) its top-left corner. */
  cell: (row: number, col: number, x: number, y: number, w: number, h: number) => string;
  right?: { header: string; width: number; cell: (row: number, x: number, y: number, w: number, h: number) => string };
  /** The legend drawn at (x, y); returns its markup and height. */
  legend: (x: number, y: number) => { svg: string; height: number; width: number };
}

const SIZE = 11;
const HEAD_SIZE = 10;
const PAD = 10;
const MAX_ROW_LABEL = 260;
const MAX_COL_LABEL = 210;
const SLANT = Math.SQRT1_2;

export function gridSvg(g: GridSpec): string {
  const rowLabels = g.rows.map((r) => fit(r.label, SIZE, MAX_ROW_LABEL - 12 * r.depth, r.bold));
  const labelW = Math.max(60, ...g.rows.map((r, i) => textWidth(rowLabels[i]!, SIZE, r.bold) + 12 * r.depth)) + 12;
  const colLabels = g.bands.flatMap((b) => b.columns.map((c) => fit(c, HEAD_SIZE, MAX_COL_LABEL)));
  const widths = g.bands.flatMap((b) => {
    const w = Math.max(g.cellWidth, (textWidth(b.label, HEAD_SIZE) + 10) / Math.max(1, b.columns.length));
    return b.columns.map(() => w);
  });
  const slant = Math.max(0, ...colLabels.map((c) => textWidth(c, HEAD_SIZE))) * SLANT;
  const rightHeadW = g.right ? textWidth(g.right.header, HEAD_SIZE, true) : 0;
  const top = PAD + slant + 8;
  const x0 = PAD + labelW;
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), x0);
  const gridRight = x0 + widths.reduce((a, b) => a + b, 0);
  const gridBottom = top + g.rows.length * g.rowHeight;
  const out: string[] = [];
  // column labels, slanted up to the right from each column's centre
  colLabels.forEach((c, j) => {
    const cx = xs[j]! + widths[j]! / 2 + 3;
    out.push(`<text x="${n(cx)}" y="${n(top - 4)}" font-size="${HEAD_SIZE}" transform="rotate(-45 ${n(cx)} ${n(top - 4)})">${esc(c)}</text>`);
  });
  // rows: label, cells, grid lines
  g.rows.forEach((r, i) => {
    const y = top + i * g.rowHeight;
    out.push(`<text x="${n(PAD + 12 * r.depth)}" y="${n(y + g.rowHeight / 2 + SIZE * 0.35)}"${r.bold ? ' font-weight="bold"' : ''}>${esc(rowLabels[i]!)}</text>`);
    widths.forEach((w, j) => out.push(g.cell(i, j, xs[j]!, y, w, g.rowHeight)));
    if (g.right) out.push(g.right.cell(i, gridRight + 8, y, g.right.width, g.rowHeight));
  });
  out.push(`<line x1="${n(PAD)}" y1="${n(top)}" x2="${n(gridRight)}" y2="${n(top)}" stroke="${INK}" stroke-width="1"/>`);
  out.push(`<line x1="${n(PAD)}" y1="${n(gridBottom)}" x2="${n(gridRight)}" y2="${n(gridBottom)}" stroke="${INK}" stroke-width="1"/>`);
  if (g.right) out.push(`<text x="${n(gridRight + 8)}" y="${n(top - 6)}" font-size="${HEAD_SIZE}" font-weight="bold">${esc(g.right.header)}</text>`);
  // bands: a bracket and a label under their columns; a rule between bands
  let j = 0;
  g.bands.forEach((b, k) => {
    const a = xs[j]!;
    const z = a + widths.slice(j, j + b.columns.length).reduce((s, w) => s + w, 0);
    if (k > 0) out.push(`<line x1="${n(a)}" y1="${n(top - 2)}" x2="${n(a)}" y2="${n(gridBottom + 2)}" stroke="${INK}" stroke-width="1.5"/>`);
    out.push(`<path d="M${n(a + 2)} ${n(gridBottom + 6)}v4H${n(z - 2)}v-4" fill="none" stroke="${MUTED}" stroke-width="1"/>`);
    out.push(`<text x="${n((a + z) / 2)}" y="${n(gridBottom + 23)}" font-size="${HEAD_SIZE}" text-anchor="middle" fill="${MUTED}">${esc(b.label)}</text>`);
    j += b.columns.length;
  });
  const legend = g.legend(PAD, gridBottom + 40);
  const lastLabelReach = Math.max(0, ...colLabels.map((c, i) => xs[i]! + widths[i]! / 2 + textWidth(c, HEAD_SIZE) * SLANT));
  const width = Math.ceil(Math.max(gridRight + (g.right ? 8 + Math.max(g.right.width, rightHeadW) : 0), lastLabelReach, PAD + legend.width) + PAD);
  const height = Math.ceil(gridBottom + 40 + legend.height + PAD);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="${SIZE}" fill="${INK}" role="img" aria-labelledby="fig-title fig-desc">
<title id="fig-title">${esc(g.title)}</title>
<desc id="fig-desc">${esc(g.desc)}</desc>
<rect width="${width}" height="${height}" fill="#ffffff"/>
${out.join('\n')}
${legend.svg}
</svg>
`;
}
