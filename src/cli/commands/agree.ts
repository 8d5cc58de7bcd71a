import Table from 'cli-table3';
import { coderAgreement } from '../../analysis/coders.js';
import { crossValidatedAuto, FOLDS } from '../../analysis/auto-cv.js';
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
  const { minConfidence } = p.config.coding;
  const an = analyse({
    transcripts: p.transcripts, codebook: p.codebook, codings: p.codings, language: p.config.language,
    auto: 'on', minConfidence,
  });
  diags.push(...an.diagnostics);
  const status = report(diags, io);
  // the automatic coder learns from hand codings: judge it only on segments it did not learn from
  const person = a === 'auto' ? b : b === 'auto' ? a : undefined;
  const segments = person ? crossValidatedAuto(an, person, minConfidence) : an.segments;
  const r = coderAgreement(segments, p.codebook, a, b);
  const cv = person ? { folds: FOLDS, minConfidence, note: `auto judged by ${FOLDS}-fold cross-validation over ${person}'s segments` } : undefined;
  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify({ overall: r.overall, polarity: r.polarity, codes: r.codes, ...(cv ? { crossValidation: cv } : {}) }, null, 2)}\n`);
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
  if (person) {
    io.stdout(`\nThe automatic coder learns from the hand codings, so it was judged by ${FOLDS}-fold cross-validation: each of ${person}'s\n`
      + `segments was coded by a coder that had not seen it (min_confidence ${minConfidence}). Expected agreement with ${person}\n`
      + `on segments not yet coded: kappa ${fmt(r.overall.kappa)} (${kappaBandLabel(r.overall.kappa)}).\n`);
  }
  const pol = r.polarity.agreement === null ? '–' : `${Math.round(r.polarity.agreement * 100)}%`;
  io.stdout(`\nPolarity: where both gave a code (${r.polarity.units}), they agree on support/limit in ${pol}.\n`);
  if (r.polarityDisagreements.length) {
    io.stdout(`Same code, other polarity (${r.polarityDisagreements.length}):\n`);
    for (const d of r.polarityDisagreements) {
      io.stdout(`  ${d.segment.reduced.segment.id}  ${d.code}: ${a} ${d.a}, ${b} ${d.b}  "${shortQuote(d.segment.reduced.text, 80)}"\n`);
    }
  }
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
