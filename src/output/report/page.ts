/**
 * out/report.html: one self-contained page (inline CSS and script, no network) with the summary,
 * the sources, the code × informant heatmap, the triangulation table, the evidence per code and the
 * co-occurrence matrix, in the project language. Pure and deterministic.
 */
import { esc } from '../markup.js';
import { cooccurrenceTable } from './cooccurrence.js';
import { evidenceSection } from './evidence.js';
import { heatmapTable } from './heatmap.js';
import type { ReportModel } from './model.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';
import { sourcesTable, summarySection } from './summary.js';
import { triangulationTable } from './triangulation-table.js';

export function reportHtml(m: ReportModel): string {
  const { L } = m;
  const sections: [string, string, string][] = [
    ['summary', L.section.summary, summarySection(m)],
    ['heatmap', L.section.heatmap, heatmapTable(m)],
    ['triangulation', L.section.triangulation, triangulationTable(m)],
    ['evidence', L.section.evidence, evidenceSection(m)],
    ['cooccurrence', L.section.cooccurrence, cooccurrenceTable(m)],
    ['sources', L.section.sources, sourcesTable(m)],
  ];
  const title = `${L.title}: ${m.conclusions.codebook.title}`;
  return `<!DOCTYPE html>
<html lang="${L.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="telaah ${esc(m.version)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${esc(L.skip)}</a>
<header>
<h1>${esc(L.title)}</h1>
<p class="sub">${esc(m.conclusions.codebook.title)}</p>
<nav aria-label="${esc(L.contents)}"><ul>${sections.map(([id, h]) => `<li><a href="#${id}">${esc(h)}</a></li>`).join('')}</ul></nav>
</header>
<main id="main">
${sections.map(([id, h, body]) => `<section id="${id}" aria-labelledby="h-${id}">
<h2 id="h-${id}">${esc(h)}</h2>
${body}
</section>`).join('\n')}
</main>
<footer><p>${esc(L.footer(m.version))}</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
