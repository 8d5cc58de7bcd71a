/** The report's opening: the study in numbers, the triangulation statuses, and the list of sources. Pure. */
import { METHODS } from '../../model/transcript.js';
import { STATUS_ORDER } from '../conclusions-text.js';
import { humanGroup } from '../conclusions.js';
import { esc } from '../markup.js';
import { scrollTable } from './table.js';
import type { ReportModel } from './model.js';
import { badge } from './triangulation-table.js';

export function summarySection(m: ReportModel): string {
  const { L, conclusions: c } = m;
  const byMethod = METHODS.map((x) => [x, c.informants.filter((i) => i.method === x).length] as const).filter(([, n]) => n > 0);
  const leaves = c.indicators.filter((i) => i.isLeaf);
  const statuses = STATUS_ORDER.map((st) => [st, leaves.filter((i) => i.status === st).length] as const).filter(([, n]) => n > 0);
  const rows: [string, string][] = [
    [L.summary.codebook, esc(c.codebook.title)],
    [L.summary.sources, `${c.informants.length} (${esc(byMethod.map(([x, n]) => `${n} ${L.method[x]}`).join(', '))})`],
    [L.summary.segments, `${c.reduction.segments}; ${c.reduction.kept} ${esc(L.summary.kept)}; ${c.coded.coded} ${esc(L.summary.coded)}`],
    [L.summary.autoCoding, esc(L.summary.auto[c.coded.auto])],
    [L.summary.coders, esc(c.coded.coders.length ? c.coded.coders.join(', ') : L.summary.none)],
    [L.summary.statuses, statuses.map(([st, n]) => `${badge(st, L)} ${n}`).join(' ')],
  ];
  return `<dl class="facts">
${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('\n')}
</dl>
<p>${esc(L.summary.rule(c.triangulation.minGroups, c.triangulation.minMethods))}</p>`;
}

export function sourcesTable(m: ReportModel): string {
  const { L, conclusions: c } = m;
  const head = [L.col.role, L.col.informant, L.col.group, L.col.method, L.col.date].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const rows = c.informants.map((i) => `<tr><th scope="row">${esc(i.role ?? i.informant ?? i.transcript)}</th>` +
    `<td>${esc(i.informant ?? '–')}</td><td>${esc(i.group ? humanGroup(i.group) : L.noGroup)}</td>` +
    `<td>${esc(L.method[i.method])}</td><td>${esc(i.date ?? '–')}</td></tr>`).join('\n');
  return scrollTable({ className: 'sources', labelledBy: 'h-sources', head: `<tr>${head}</tr>`, body: rows });
}
