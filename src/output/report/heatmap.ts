/**
 * The code × informant heatmap as a real HTML table: rows codes in codebook order (parents bold,
 * sub-codes indented), columns informants grouped under their stakeholder group, the count as the
 * cell's text and the limit count beside it. Each count links to the code's quotes, filtered to
 * that informant. Pure.
 */
import { esc } from '../markup.js';
import { scrollTable } from './table.js';
import type { ReportModel } from './model.js';
import { level, levelRanges } from './scale.js';

export function heatmapTable(m: ReportModel): string {
  const { L } = m;
  const max = Math.max(0, ...m.heat.flatMap((r) => r.cells.map((c) => c.count)));
  const groupRow = m.groups.map((g, k) => `<th scope="colgroup" colspan="${g.sources.length}" class="grp${k > 0 ? ' gs' : ''}">${esc(g.label)}</th>`).join('');
  const sourceRow = m.sources.map((s, j) => `<th scope="col" class="src${groupStart(m, j)}" title="${esc(s.informant ?? s.label)}">${esc(s.label)}</th>`).join('');
  const body = m.heat.map((row) => {
    const ind = row.indicator;
    const cells = row.cells.map((c, j) => {
      const src = m.sources[j]!;
      const attrs = `data-code="${esc(ind.id)}" data-informant="${esc(src.id)}" data-count="${c.count}" data-limit="${c.limit}" class="h${level(c.count, max)}${groupStart(m, j)}"`;
      if (c.count === 0) return `<td ${attrs}><span class="n">0</span></td>`;
      const limit = c.limit > 0 ? ` <span class="lim" title="${esc(L.heatmap.cellLimit(c.limit))}"><span class="vh">(${esc(L.col.limit)}: </span>${c.limit}<span class="vh">)</span></span>` : '';
      return `<td ${attrs}><a class="n" href="#ev-${esc(ind.id)}" data-filter-informant="${esc(src.id)}">${c.count}</a>${limit}</td>`;
    }).join('');
    return `<tr class="d${Math.min(ind.depth, 3)}${ind.isLeaf ? '' : ' parent'}"><th scope="row">${esc(ind.label)}</th>${cells}</tr>`;
  }).join('\n');
  const legend = levelRanges(max).map(([k, a, b]) => `<li><span class="sw h${k}" aria-hidden="true"></span>${a === b ? a : `${a}–${b}`}</li>`).join('');
  const groupCols = m.groups.map((g) => `<colgroup span="${g.sources.length}"></colgroup>`).join('');
  const table = scrollTable({
    className: 'heat', labelledBy: 'cap-heatmap', caption: L.heatmap.caption, cols: `<colgroup></colgroup>${groupCols}`,
    head: `<tr><td class="corner" rowspan="2"></td>${groupRow}</tr>\n<tr>${sourceRow}</tr>`, body,
  });
  return `${table}
<p class="legend">${esc(L.heatmap.legend)}</p>
<ul class="scale" aria-label="${esc(L.heatmap.level)}"><li><span class="sw h0" aria-hidden="true"></span>0</li>${legend}</ul>`;
}

/** ` gs` on the first column of every group after the first: a visible group border. */
function groupStart(m: ReportModel, j: number): string {
  let at = 0;
  for (const g of m.groups) {
    if (j === at && at > 0) return ' gs';
    at += g.sources.length;
  }
  return '';
}
