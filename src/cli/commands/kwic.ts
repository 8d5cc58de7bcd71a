import { compileCodebook } from '../../codebook/compile.js';
import { parseKeyword } from '../../codebook/keyword.js';
import { compileKeywordRegex } from '../../codebook/regex-engine.js';
import type { Codebook } from '../../model/codebook.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { findMatches } from '../../passes/match.js';
import { reduceAll } from '../../passes/pipeline.js';
import { tokenize } from '../../text/tokenize.js';
import { terminalSafe } from '../../output/terminal-text.js';
import type { Io } from '../io.js';
import { openProject, report } from '../project.js';

/** Keyword in context: every occurrence of TERM (by stem, like a codebook keyword) across transcripts. */
export async function kwicCommand(term: string, dir: string | undefined, opts: { width?: string }, io: Io): Promise<number> {
  const width = opts.width ? Number(opts.width) : io.columns;
  if (!Number.isInteger(width) || width < 40 || width > 1000) {
    io.stderr('telaah kwic: --width must be a whole number from 40 to 1000\n');
    return 2;
  }
  const asKeyword = parseKeyword(term, 1, 'id', { file: '<term>', line: 1, column: 1 });
  const re = asKeyword.kind === 'regex' ? compileKeywordRegex(asKeyword.value) : undefined;
  if (re && 'problem' in re) {
    io.stderr(`telaah kwic: ${terminalSafe(term)} is not a valid regular expression: ${terminalSafe(re.problem)}\n`);
    return 2;
  }
  const diags: Diagnostic[] = [];
  const p = await openProject(dir, undefined, io, diags);
  if (!p) return report(diags, io) || 1;
  const at = { file: '<term>', line: 1, column: 1 };
  const probe: Codebook = {
    id: 'kwic', title: {}, description: {}, references: [], polarity: {}, file: '<term>', pos: at,
    codes: [{
      id: 'kwic', label: { en: term }, definition: {}, include: {}, exclude: {}, examples: [], notExamples: [], mapsTo: [],
      keywords: ['id', 'en'].map((lang) => parseKeyword(term, 1, lang, at)), pos: at, codebook: '<term>',
    }],
  };
  const matcher = compileCodebook(probe);
  const rows: { where: string; speaker: string; left: string; hit: string; right: string }[] = [];
  for (const r of reduceAll(p.transcripts, p.config.language)) {
    const lm = matcher.forLang(r.lang);
    for (const s of r.segments) {
      const raw = s.segment.text;
      const toks = tokenize(raw);
      for (const m of findMatches(raw, lm)) {
        const a = toks[m.first]!.start;
        const b = toks[m.last]!.end;
        const line = s.segment.lines[0] + (raw.slice(0, a).match(/\n/g)?.length ?? 0);
        // transcript text is printed to a terminal: no escape sequence gets through
        rows.push({
          where: terminalSafe(`${r.transcript.meta.id}:${line}`),
          speaker: terminalSafe(s.segment.speaker ?? ''),
          left: terminalSafe(raw.slice(0, a).replace(/\s+/g, ' ')),
          hit: terminalSafe(raw.slice(a, b).replace(/\s+/g, ' ')),
          right: terminalSafe(raw.slice(b).replace(/\s+/g, ' ')),
        });
      }
    }
  }
  const status = report(diags, io);
  if (rows.length === 0) {
    io.stdout(`No occurrences of "${terminalSafe(term)}" in ${p.transcripts.length} transcripts.\n`);
    return status;
  }
  const whereW = Math.min(28, Math.max(...rows.map((r) => r.where.length)));
  const spW = Math.min(14, Math.max(...rows.map((r) => r.speaker.length)));
  const ctx = Math.max(10, Math.floor((width - whereW - spW - 6 - 12) / 2));
  for (const r of rows) {
    const left = r.left.length > ctx ? `…${r.left.slice(-(ctx - 1))}` : r.left.padStart(ctx);
    const right = r.right.length > ctx ? `${r.right.slice(0, ctx - 1)}…` : r.right;
    io.stdout(`${r.where.padEnd(whereW)}  ${r.speaker.slice(0, spW).padEnd(spW)}  ${left}${io.color.bold(`[${r.hit}]`)}${right}\n`);
  }
  io.stdout(`${rows.length} occurrence${rows.length === 1 ? '' : 's'} of "${terminalSafe(term)}" in ${new Set(rows.map((r) => r.where.split(':')[0])).size} transcripts.\n`);
  return status;
}
