import Table from 'cli-table3';
import { coderAgreement } from '../../analysis/coders.js';
import { kappaBandLabel } from '../../analysis/agreement.js';
import { shortQuote } from '../../analysis/matrices.js';
import { labelOf } from '../../model/codebook.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { analyse } from '../../passes/pipeline.js';
import type { Io } from '../io.js';
import { openProject, report } from '../project.js';

interface AgreeOptions {
  coders: string;
  format: 'table' | 'json';
}

export async function agreeCommand(dir: string | undefined, opts: AgreeOptions, io: Io): Promise<number> {
  const names = opts.coders.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length !== 2 || names[0] === names[1]) {
    io.stderr('telaah agree: --coders takes two different names, e.g. --coders sari,budi (or sari,auto for the automatic coder)\n');
    return 2;
  }
  const [a, b] = names as [string, string];
  const diags: Diagnostic[] = [];
  const p = await openProject(dir, undefined, io, diags);
  if (!p || !p.codebook) return report(diags, io) || 1;
  const known = p.codings.map((c) => c.coder);
  const missing = names.filter((n) => n !== 'auto' && !known.includes(n));
  if (missing.length) {
    report(diags, io);
    io.stderr(`telaah agree: no codings for ${missing.join(', ')} in codings/ (coders: ${known.join(', ') || 'none yet'}; the automatic coder is "auto")\n`);
    return 1;
  }
  const an = analyse({
    transcripts: p.transcripts, codebook: p.codebook, codings: p.codings, language: p.config.language,
    auto: 'on', minScore: p.config.coding.minScore,
  });
  diags.push(...an.diagnostics);
  const status = report(diags, io);
  const r = coderAgreement(an.segments, p.codebook, a, b);
  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify({ overall: r.overall, codes: r.codes }, null, 2)}\n`);
    return status;
  }
  const lang = p.config.language;
  const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(2));
  const table = new Table({ head: ['code', 'agree', 'kappa', 'alpha', 'band'], style: { head: [], border: [] } });
  const byId = new Map(p.codebook.codes.map((c) => [c.id, c]));
  for (const c of r.codes) {
    if (c.kappa === null && c.agreement === 1) continue; // neither coder used it
    table.push([labelOf(byId.get(c.code)!, lang).slice(0, 34), fmt(c.agreement), fmt(c.kappa), fmt(c.alpha), kappaBandLabel(c.kappa)]);
  }
  table.push([io.color.bold('all codes (pooled)'), fmt(r.overall.agreement), fmt(r.overall.kappa), fmt(r.overall.alpha), kappaBandLabel(r.overall.kappa)]);
  io.stdout(`${a} vs ${b}: ${r.overall.units / Math.max(1, r.codes.length)} segments in ${r.transcripts.length} transcripts both coded\n`);
  io.stdout(`${table.toString()}\nBands after Landis & Koch (1977). Codes neither coder used are left out.\n`);
  if (r.disagreements.length) {
    io.stdout(`\nSegments to discuss (${r.disagreements.length}):\n`);
    for (const d of r.disagreements) {
      const seg = d.segment.reduced.segment;
      io.stdout(`\n${seg.id} (lines ${seg.lines[0]}–${seg.lines[1]}, ${d.segment.transcript.meta.role ?? d.segment.transcript.meta.id})\n`);
      io.stdout(`  "${shortQuote(d.segment.reduced.text, 160)}"\n`);
      if (d.onlyA.length) io.stdout(`  only ${a}: ${d.onlyA.join(', ')}\n`);
      if (d.onlyB.length) io.stdout(`  only ${b}: ${d.onlyB.join(', ')}\n`);
    }
  }
  return status;
}
