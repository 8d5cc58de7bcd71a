/** `telaah codebook stats`: how each code is used, which are never used, and codings naming unknown codes. */
import Table from 'cli-table3';
import { codebookUsage } from '../../analysis/code-stats.js';
import { depthOf } from '../../model/codebook.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { runStudy } from '../study.js';

export async function codebookStatsCommand(dir: string, opts: { format: 'table' | 'json' }, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const r = await runStudy(dir, {}, io, diags);
  if (!r) return report(diags, io) || 1;
  const cb = r.project.codebook!;
  const usage = codebookUsage(r.study.segments, cb, r.project.codings);
  // unknown codes are listed below with file:line; other problems still go to stderr
  const status = report(diags.filter((d) => d.ruleId !== 'unknown-code'), io);
  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify({ ...usage, missing: usage.missing.map((m) => ({ code: m.code, file: m.pos.file, line: m.pos.line, column: m.pos.column })) }, null, 2)}\n`);
    return usage.missing.length ? 1 : status;
  }
  const table = new Table({ head: ['code', 'segments', 'by hand', 'informants', 'coders', 'last used'], style: { head: [], border: [] } });
  for (const s of usage.codes) table.push([`${'  '.repeat(depthOf(cb, s.code))}${s.code}`, s.segments, s.byHand, s.informants, s.coders.join(', ') || '–', s.lastUsed ?? '–']);
  io.stdout(`${table.toString()}\n`);
  io.stdout('segments (all, and coded by hand) and informants count a code with its sub-codes, as the matrices do; coders: "auto" is the automatic coder;\n' +
    'last used: the latest transcript date (front matter `date:`) among its segments.\n');
  io.stdout(usage.unused.length ? `Never used (${usage.unused.length}): ${usage.unused.join(', ')}\n` : 'Every code is used.\n');
  if (usage.missing.length) {
    io.stdout(`Used in codings but not in the codebook (${usage.missing.length}):\n`);
    for (const m of usage.missing) io.stdout(`  ${m.pos.file}:${m.pos.line}:${m.pos.column}  ${m.code}\n`);
    io.stdout('Add these codes to the codebook, or correct the ids (telaah codebook rename can rename a code everywhere).\n');
    return 1;
  }
  return status;
}
