// How the bench prints: rates, the stage split of `telaah code` and the summary for the README.

/** The stages `telaah code` may report, in pipeline order; others follow in the order reported. */
export const STAGES = ['load', 'reduce', 'tokenise', 'code', 'match', 'polarity', 'score', 'serialise', 'write'];

export const rate = (mb, s) => `${(mb / s).toFixed(1)} MB/s`;
export const int = (n) => Math.round(n).toLocaleString('en');
export const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
/** telaah's CPU time over grep's; '–' when grep's is below what /usr/bin/time resolves (10 ms) well. */
export const cpuRatio = (telaah, grep) => (grep >= 0.05 ? `${(telaah / grep).toFixed(0)}×` : '–');

/** [stage, ms] in STAGES order first, then the rest. */
export function orderedStages(stages) {
  const known = STAGES.filter((k) => k in stages);
  const rest = Object.keys(stages).filter((k) => !STAGES.includes(k));
  return [...known, ...rest].map((k) => [k, Number(stages[k])]);
}

/** The stage split as a small text table: stage, milliseconds, share of the stages' sum. */
export function stageTable(stages, wallS) {
  if (!stages) return ['stage split: not reported by this telaah'];
  // `total` is telaah's own wall time from loading to writing, not a stage
  const rows = orderedStages(stages).filter(([k]) => k !== 'total');
  const sum = rows.reduce((n, [, v]) => n + v, 0);
  const w = Math.max(5, ...rows.map(([k]) => k.length));
  return [
    `stage split (--jobs 1; the stages add up to ${(sum / 1000).toFixed(2)} s of ${wallS.toFixed(2)} s wall, the rest is start-up and exit):`,
    `  ${'stage'.padEnd(w)}  ${'ms'.padStart(7)}  share`,
    ...rows.map(([k, v]) => `  ${k.padEnd(w)}  ${int(v).padStart(7)}  ${sum > 0 ? `${((100 * v) / sum).toFixed(0)}%`.padStart(5) : ''}`),
  ];
}

/** One table cell: "load 0.8 · reduce 2.1 · … s". */
const stageCell = (stages) => (stages ? `${orderedStages(stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(' · ')} s` : 'not reported');

/** The Markdown summary: one row per corpus, then growth and threads, then start-up. */
export function summary(results, start) {
  const out = [
    '| corpus | MB | segments | telaah s | grep s | ratio | CPU ratio | peak RSS MB | stage split |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.name} | ${r.mb.toFixed(1)} | ${int(r.segments)} | ${r.one.s.toFixed(1)} | ${r.grep.s.toFixed(2)} | ${(r.one.s / r.grep.s).toFixed(0)}× | ${cpuRatio(r.one.cpu, r.grep.cpu)} | ${int(r.one.peakMb)} | ${stageCell(r.one.stages)} |`),
    '',
    '| corpus | growth | time | peak RSS | `--jobs 2` speed-up, peak RSS | best two could do here | kept segments coded |',
    '|---|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.name} | ${r.smallMb.toFixed(1)} → ${r.mb.toFixed(1)} MB | ${(r.one.s / r.quarter.s).toFixed(2)}× | ${(r.one.peakMb / r.quarter.peakMb).toFixed(2)}× | ${(r.one.s / r.two.s).toFixed(2)}×, ${int(r.two.peakMb)} MB | ${(r.one.s / r.pair).toFixed(2)}× | ${(100 * r.one.coded / r.one.kept).toFixed(0)}% of ${int(r.one.kept)} |`),
    '',
    `Start-up: \`telaah --version\` ${ms(start.version)}, \`--help\` ${ms(start.help)} against ${ms(start.node)} for \`node -e 0\` (${(start.version / start.node).toFixed(2)}× / ${(start.help / start.node).toFixed(2)}×).`,
  ];
  return out;
}
