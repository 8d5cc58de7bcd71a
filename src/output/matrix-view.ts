/**
 * Matrices for the terminal (cli-table3): the code label column, then as many data columns as fit
 * the width; wider matrices continue in further tables ("pages") with the labels repeated. Pure.
 */
import Table from 'cli-table3';
import type { Matrix } from '../analysis/matrices.js';

export function matrixView(m: Matrix, width = 80): string {
  const labelW = Math.min(30, Math.max(14, ...m.rows.map((r) => r.label.length + 2 * r.depth + 2)));
  const colW = (c: { id: string; label: string }) => Math.min(14, Math.max(5, shortLabel(c.label).length + 2));
  const pages: number[][] = [];
  let cur: number[] = [];
  let used = labelW + 1;
  m.columns.forEach((c, i) => {
    const w = colW(c) + 1;
    if (cur.length && used + w > width) {
      pages.push(cur);
      cur = [];
      used = labelW + 1;
    }
    cur.push(i);
    used += w;
  });
  if (cur.length) pages.push(cur);
  const parts: string[] = [];
  pages.forEach((cols, p) => {
    const table = new Table({
      head: ['', ...cols.map((i) => shortLabel(m.columns[i]!.label))],
      colWidths: [labelW, ...cols.map((i) => colW(m.columns[i]!))],
      style: { head: [], border: [], 'padding-left': 1, 'padding-right': 0 },
      truncate: '…',
    });
    for (const r of m.rows) table.push([`${'  '.repeat(r.depth)}${r.label}`, ...cols.map((i) => String(r.cells[i] ?? ''))]);
    const title = pages.length > 1 ? `${m.name} (${p + 1}/${pages.length})` : m.name;
    parts.push(`${title}\n${table.toString()}\n`);
  });
  return parts.join('\n');
}

function shortLabel(s: string): string {
  return s.length > 12 ? `${s.slice(0, 11)}…` : s;
}
