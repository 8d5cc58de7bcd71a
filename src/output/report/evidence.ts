/**
 * Evidence per code: definition, counts and every quote with its citation, and the filter form
 * (informant, group, coder, polarity) the page script applies. Without the script every quote shows and
 * the form stays hidden. Pure.
 */
import { esc, oneLine } from '../markup.js';
import { MAX_QUOTE_CHARS, type CodeEvidence, type ReportModel } from './model.js';
import { badge } from './triangulation-table.js';

export function evidenceSection(m: ReportModel): string {
  const total = m.evidence.reduce((n, e) => n + e.quotes.length, 0);
  return `<p>${esc(m.L.evidence.intro)}</p>
${filterForm(m, total)}
${m.evidence.map((e) => codeBlock(m, e)).join('\n')}`;
}

function filterForm(m: ReportModel, total: number): string {
  const { L } = m;
  const all = `<option value="">${esc(L.evidence.all)}</option>`;
  const informants = m.groups.map((g) => `<optgroup label="${esc(g.label)}">${g.sources.map((s) => `<option value="${esc(s.id)}">${esc(s.label)}</option>`).join('')}</optgroup>`).join('');
  const groups = m.groups.map((g) => `<option value="${esc(g.id)}">${esc(g.label)}</option>`).join('');
  const coders = m.coders.map((c) => `<option value="${esc(c)}">${esc(c === 'auto' ? L.evidence.auto : c)}</option>`).join('');
  const radio = (value: string, label: string, checked = false) =>
    `<label><input type="radio" name="polarity" value="${value}"${checked ? ' checked' : ''}> ${esc(label)}</label>`;
  const shown = L.evidence.shown.replace('{n}', String(total)).replace('{m}', String(total));
  return `<form id="filters" class="filters" hidden>
<fieldset>
<legend>${esc(L.evidence.filters)}</legend>
<label for="f-informant">${esc(L.col.informant)}</label>
<select id="f-informant" name="informant">${all}${informants}</select>
<label for="f-group">${esc(L.col.group)}</label>
<select id="f-group" name="group">${all}${groups}</select>
<label for="f-coder">${esc(L.col.coder)}</label>
<select id="f-coder" name="coder">${all}${coders}</select>
<fieldset class="pol"><legend>${esc(L.col.polarity)}</legend>
${radio('', L.evidence.all, true)}
${radio('support', L.polarity.support)}
${radio('limit', L.polarity.limit)}
</fieldset>
<button type="reset">${esc(L.evidence.reset)}</button>
</fieldset>
<p id="filter-status" role="status" data-template="${esc(L.evidence.shown)}">${esc(shown)}</p>
</form>`;
}

function codeBlock(m: ReportModel, e: CodeEvidence): string {
  const { L } = m;
  const ind = e.indicator;
  const h = `h${Math.min(6, 3 + ind.depth)}`;
  const parts = [
    `<${h} id="evh-${esc(ind.id)}">${esc(ind.label)} ${badge(ind.status, L)}</${h}>`,
    ind.definition ? `<p class="def">${esc(oneLine(ind.definition))}</p>` : '',
    `<p class="kind">${esc(L.kind[ind.kind].name)}</p>`,
    `<p class="counts">${esc(L.evidence.counts(ind.segments, ind.support, ind.limit))}</p>`,
  ];
  if (e.quotes.length) {
    parts.push(`<ul class="quotes">\n${e.quotes.map((q) => `<li class="${q.polarity}" data-informant="${esc(q.source)}" data-group="${esc(q.group)}" data-coder="${esc(q.coders.join(' '))}" data-polarity="${q.polarity}">` +
      `<blockquote><p>${esc(q.text)}${q.cut ? ' …' : ''}</p></blockquote>${q.cut ? `<p class="omitted">${esc(L.evidence.cut(MAX_QUOTE_CHARS))}</p>` : ''}` +
      `<p class="cite"><span class="pol">${esc(L.kind[ind.kind][q.polarity])}</span> ${esc(q.citation)} <span class="coder" title="${esc(L.col.coder)}">[${esc(q.codedBy)}]</span> <code>${esc(q.segment)}</code></p></li>`).join('\n')}\n</ul>`);
    parts.push(`<p class="none" hidden>${esc(L.evidence.none)}</p>`);
  } else {
    parts.push(`<p class="empty">${esc(e.inChildren ? L.evidence.inChildren : L.evidence.empty)}</p>`);
  }
  if (e.omitted > 0) parts.push(`<p class="omitted">${esc(L.evidence.omitted(e.omitted))}</p>`);
  return `<section class="code-ev d${Math.min(ind.depth, 3)}" id="ev-${esc(ind.id)}" aria-labelledby="evh-${esc(ind.id)}">
${parts.filter(Boolean).join('\n')}
</section>`;
}
