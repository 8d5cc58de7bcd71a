/** The report's files as `telaah run` and `telaah report` write them: relative path → content. Pure. */
import type { Study } from '../../passes/study.js';
import { heatmapSvg } from '../figures/heatmap-svg.js';
import { triangulationSvg } from '../figures/triangulation-svg.js';
import { reportModel, type ReportOptions } from './model.js';
import { reportHtml } from './page.js';

export const REPORT_FILES = ['report.html', 'figures/heatmap.svg', 'figures/triangulation.svg'] as const;

export function reportFiles(s: Study, opts: ReportOptions): Map<string, string> {
  const m = reportModel(s, opts);
  return new Map([
    ['report.html', reportHtml(m)],
    ['figures/heatmap.svg', heatmapSvg(m)],
    ['figures/triangulation.svg', triangulationSvg(m)],
  ]);
}
