import Table from 'cli-table3';
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { depthOf, labelOf } from '../../model/codebook.js';
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
  const paint = (s: string) => (s === 'converged' ? io.color.green(s) : s === 'contested' ? io.color.yellow(s) : s === 'absent' ? io.color.red(s) : s);
  for (const t of r.study.triangulation) {
    const code = byId.get(t.code)!;
    const indent = '  '.repeat(depthOf(cb, code.id));
    table.push([fit(`${indent}${labelOf(code, r.lang)}`, 34), t.segments, t.informants, t.groups, t.methods, t.support, t.limit, paint(t.status),
      ...(hasKappa ? [t.kappa === null ? '–' : t.kappa.toFixed(2)] : [])]);
  }
  io.stdout(`${table.toString()}\nseg = segments, inf = informants, grp = stakeholder groups, meth = methods, sup/lim = support/limit evidence.\n`);
  io.stdout(`Wrote ${displayPath(path.join(r.project.outDir, 'triangulation.csv'), io.cwd)}\n`);
  return status;
}

function fit(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
