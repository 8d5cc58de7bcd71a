import Table from 'cli-table3';
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { indicatorStatusCounts, type TriangulationRow } from '../../analysis/triangulate.js';
import { depthOf, labelOf, type Codebook } from '../../model/codebook.js';
import { displayPath } from '../../project/files.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { runStudy } from '../study.js';
import { writeOutputs } from '../write.js';

export async function triangulateCommand(dir: string | undefined, opts: { out?: string }, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const r = await runStudy(dir, opts, io, diags);
  if (!r) return report(diags, io) || 1;
  writeOutputs(r.project.outDir, new Map([['triangulation.csv', r.files.get('triangulation.csv')!]]));
  const status = report(diags, io);
  const cb = r.project.codebook!;
  const byId = new Map(cb.codes.map((c) => [c.id, c]));
  const hasKappa = r.study.triangulation.some((t) => t.kappa !== null);
  const table = new Table({
    head: ['code', 'seg', 'inf', 'grp', 'meth', 'sup', 'lim', 'status', ...(hasKappa ? ['kappa'] : [])],
    style: { head: [], border: [] },
  });
  const paint = (s: string) => (s === 'converged' ? io.color.green(s) : s === 'contested' || s === 'converged-limit' ? io.color.yellow(s) : s === 'absent' ? io.color.red(s) : s);
  for (const t of r.study.triangulation) {
    const code = byId.get(t.code)!;
    const indent = '  '.repeat(depthOf(cb, code.id));
    table.push([fit(`${indent}${labelOf(code, r.lang)}`, 34), t.segments, t.informants, t.groups, t.methods, t.support, t.limit, paint(t.status),
      ...(hasKappa ? [t.kappa === null ? '–' : t.kappa.toFixed(2)] : [])]);
  }
  io.stdout(`${table.toString()}\nseg = segments, inf = informants, grp = stakeholder groups, meth = methods, sup/lim = support/limit evidence.\n`);
  io.stdout(`${statusLine(r.study.triangulation, cb)} (parent codes, indented above their sub-codes, are not counted again).\n`);
  io.stdout(`Wrote ${displayPath(path.join(r.project.outDir, 'triangulation.csv'), io.cwd)}\n`);
  return status;
}

/** `indicators (codes without sub-codes): converged 3, converged-limit 0, …` — the counts the draft and the report give too. */
export function statusLine(rows: TriangulationRow[], cb: Codebook): string {
  const counts = indicatorStatusCounts(rows, cb);
  const total = counts.reduce((n, [, k]) => n + k, 0);
  return `${total} indicators (codes without sub-codes): ${counts.map(([st, n]) => `${st} ${n}`).join(', ')}`;
}

function fit(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
