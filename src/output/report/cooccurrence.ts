/** The code co-occurrence matrix (leaf codes) as a shaded HTML table; the diagonal set apart. Pure. */
import { esc } from '../markup.js';
import { scrollTable } from './table.js';
import type { ReportModel } from './model.js';
import { level } from './scale.js';

export function cooccurrenceTable(m: ReportModel): string {
  const c = m.cooccurrence;
  const off = c.rows.flatMap((r, i) => r.cells.filter((_, j) => j !== i).map(Number));
  const max = Math.max(0, ...off);
  const head = c.columns.map((col) => `<th scope="col">${esc(col.label)}</th>`).join('');
  const rows = c.rows.map((r, i) => `<tr><th scope="row">${esc(r.label)}</th>${r.cells.map((v, j) => {
    const n = Number(v);
    return i === j ? `<td class="diag">${n}</td>` : `<td class="h${level(n, max)}">${n}</td>`;
  }).join('')}</tr>`).join('\n');
  return scrollTable({
    className: 'cooc', labelledBy: 'cap-cooc', caption: m.L.cooccurrence.caption,
    head: `<tr><td class="corner"></td>${head}</tr>`, body: rows,
  });
}
