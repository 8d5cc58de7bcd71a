/** The triangulation table (one row per code, as out/triangulation.csv) with status badges. Pure. */
import type { Status } from '../../model/analysis.js';
import { humanGroup } from '../conclusions.js';
import { esc } from '../markup.js';
import { scrollTable } from './table.js';
import type { Labels } from './labels.js';
import type { ReportModel } from './model.js';

export function badge(status: Status, L: Labels): string {
  return `<span class="badge st-${status}">${esc(L.status[status])}</span>`;
}

export function triangulationTable(m: ReportModel): string {
  const { L } = m;
  const head = [L.col.code, L.col.status, L.col.segments, L.col.informants, L.col.groups, L.col.methods, L.col.support, L.col.limit, L.col.kappa]
    .map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const kappa = (k: number | null) => (k === null ? '–' : (Math.round(k * 100) / 100).toFixed(2));
  const rows = m.conclusions.indicators.map((ind) => {
    const groups = ind.groups.length ? ` <span class="list">(${esc(ind.groups.map(humanGroup).join(', '))})</span>` : '';
    const methods = ind.methods.length ? ` <span class="list">(${esc(ind.methods.map((x) => L.method[x]).join(', '))})</span>` : '';
    return `<tr class="d${Math.min(ind.depth, 3)}${ind.isLeaf ? '' : ' parent'}"><th scope="row"><a href="#ev-${esc(ind.id)}">${esc(ind.label)}</a></th>` +
      `<td>${badge(ind.status, L)}</td><td class="num">${ind.segments}</td><td class="num">${ind.informants}</td>` +
      `<td>${ind.groups.length}${groups}</td><td>${ind.methods.length}${methods}</td>` +
      `<td class="num">${ind.support}</td><td class="num">${ind.limit}</td><td class="num">${kappa(ind.kappa)}</td></tr>`;
  }).join('\n');
  return scrollTable({ className: 'tri', labelledBy: 'cap-tri', caption: L.triangulation.caption, head: `<tr>${head}</tr>`, body: rows });
}
