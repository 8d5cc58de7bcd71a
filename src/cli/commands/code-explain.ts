/**
 * `telaah code PROJECT --explain TRANSCRIPT#N`: every candidate code of one segment with the
 * evidence behind its confidence — keyword hits and how specific each is, similarity to the code's
 * definition and to its exclusions, the learned coder's weight, the confidence, and the polarity
 * with the cue words that set it.
 */
import { resolveCodings } from '../../codings/resolve.js';
import { compileCodebook } from '../../codebook/compile.js';
import { labelOf } from '../../model/codebook.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { rankCandidates } from '../../passes/code.js';
import { SHORT_FADE_WORDS, SHORT_WORDS } from '../../passes/confidence.js';
import { LEARNED_LIMIT, LEARNED_SUPPORT, type Evidence } from '../../passes/evidence.js';
import { strongestFeatures } from '../../codebook/polarity-model.js';
import { tokenize } from '../../text/tokenize.js';
import { studyFrames, type FrameKind } from '../../text/frames.js';
import { learnerFor, trainingItems } from '../../passes/pipeline.js';
import { reduceTranscript } from '../../passes/reduce.js';
import { nearest } from '../../text/nearest.js';
import type { Io } from '../io.js';
import { openProject, report } from '../project.js';

export async function explainCommand(dir: string | undefined, segmentId: string, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  const p = await openProject(dir, undefined, io, diags);
  if (!p || !p.codebook) return report(diags, io) || 1;
  const all = p.transcripts.flatMap((t) => t.segments.map((s) => ({ t, s })));
  const hit = all.find(({ s }) => s.id === segmentId);
  if (!hit) {
    report(diags, io);
    const near = nearest(segmentId, all.map(({ s }) => s.id));
    io.stderr(`telaah code: no segment "${segmentId}" in the project${near ? ` (did you mean ${near}?)` : ''}; segment ids look like ${all[0]?.s.id ?? 'interview#3'} (see out/segments.jsonl)\n`);
    return 1;
  }
  const matcher = compileCodebook(p.codebook);
  const resolved = resolveCodings(p.codings, p.transcripts, p.codebook, undefined, p.unreadable);
  diags.push(...resolved.diagnostics);
  const status = report(diags, io);
  const training = trainingItems(p.transcripts, resolved.bySegment, p.config.language);
  const learner = learnerFor(matcher, training);
  const reduced = reduceTranscript(hit.t, { language: p.config.language }).segments.find((r) => r.segment.id === segmentId)!;
  const { minConfidence } = p.config.coding;
  const lang = p.config.language;
  const c = io.color;
  io.stdout(`${c.bold(segmentId)} (lines ${hit.s.lines[0]}–${hit.s.lines[1]}, ${reduced.kept ? 'kept' : `dropped as ${reduced.reason}`}, language ${hit.t.meta.language ?? lang})\n`);
  io.stdout(`  "${reduced.text.length > 300 ? `${reduced.text.slice(0, 300)}…` : reduced.text}"\n\n`);
  const hand = resolved.bySegment.get(segmentId) ?? [];
  if (hand.length) {
    io.stdout(`Coded by hand: ${hand.map((h) => `${h.code} (${h.origin.replace(/^manual:/, '')}, ${h.polarity})`).join(', ')} — a hand-coded segment gets no automatic codes;\nwhat the automatic coder would say:\n\n`);
  }
  const frames = studyFrames(reduced.text);
  for (const f of frames) {
    const said = reduced.text.slice(f.start, f.end);
    io.stdout(`Not evidence: "${said.length > 80 ? `${said.slice(0, 80)}…` : said}" is ${FRAMES[f.kind]} ("${f.cue}"), not what the case shows: its words count for no code.\n`);
  }
  if (frames.length) io.stdout('\n');
  const learned = learner ? `learned coder: trained on ${training.length} hand-coded segments and the codebook's examples` : 'no hand codings yet: no learned coder';
  const cands = rankCandidates(reduced.text, hit.t.meta.language ?? lang, matcher, learner ? { learner } : {});
  if (!cands.length) {
    io.stdout(`No candidate code: no keyword matched and no code's definition or examples are similar (${learned}).\n`);
    return status;
  }
  const byId = new Map(p.codebook.codes.map((x) => [x.id, x]));
  const model = matcher.forLang(hit.t.meta.language ?? lang).polarity();
  const tokens = tokenize(reduced.text);
  const reasons = (toward: 'limit' | 'support') => (model ? strongestFeatures(model, reduced.text, tokens, toward, 5).map((f) => `"${f}"`).join(', ') : '');
  for (const { evidence: e, confidence, judged } of cands) {
    const verdict = confidence >= minConfidence ? c.green(`assigned (≥ ${minConfidence})`) : c.dim(`not assigned (< ${minConfidence})`);
    io.stdout(`${c.bold(e.code)}  ${labelOf(byId.get(e.code)!, lang)}\n`);
    const against = judged.alone === undefined ? '' : ` (${judged.alone.toFixed(2)} on its own evidence; a second code, judged against the stronger ${judged.strongest})`;
    io.stdout(`  confidence ${confidence.toFixed(2)}${against}  ${verdict}\n`);
    if (judged.short !== undefined) {
      io.stdout(`  short text ${judged.short.toFixed(2)} before the short-text stage: in a text of under ${SHORT_FADE_WORDS} words (in full up to ${SHORT_WORDS}) ${confidence > judged.short
        ? 'the strongest code is right more often than its evidence alone says'
        : 'a confident code is right less often than its evidence alone says'}\n`);
    }
    const d = judged.dimension;
    if (d) {
      io.stdout(d.subCodes === 0 && d.leads && confidence > 0
        ? '  dimension  the text opens with this dimension and none of its sub-codes, nor a code outside it, reaches 0.3: a finding about the dimension as a whole, given a fixed modest confidence\n'
        : d.subCodes === 0
        ? '  dimension  the text names this dimension, but none of its sub-codes reaches 0.3 on its own evidence: a dimension named further on, or beside a stronger code, is given for what the text says of its parts, not for its name alone\n'
        : `  dimension  the text names this dimension: its confidence weighs ${d.subCodes} of its sub-codes at 0.3 or more (the strongest at ${d.strongestSub.toFixed(2)} on its own evidence${d.subNamed ? ', one of them named too' : ''}) against the strongest code outside it (${d.rival > 0 ? d.rival.toFixed(2) : 'none'})${d.leads ? '; its name leads the text, so it heads its family (at least its strongest sub-code\'s confidence): the finding is filed under it' : ''}\n`);
    }
    const terms = e.terms.map((t) => `${t.raw}${t.n > 1 ? ` ×${t.n}` : ''} (${t.name ? 'names the code, ' : ''}weight ${t.weight}, specificity ${t.specificity.toFixed(2)}${t.limited ? `, ${t.limited} limited` : ''})`);
    io.stdout(`  keywords   ${terms.length ? terms.join('; ') : 'none'}${terms.length ? `  → score ${e.score}` : ''}\n`);
    io.stdout(`  similarity ${e.similarity.toFixed(3)} to definition, criteria and examples; ${e.exclusion.toFixed(3)} to exclusions and not-examples\n`);
    io.stdout(`  learned    ${e.learned === undefined ? '–' : `log-odds ${e.learned.toFixed(2)}`}\n`);
    io.stdout(`  polarity   ${e.polarity} (${polarityWhy(e, reasons)})\n\n`);
  }
  io.stdout(`${learned}. min_confidence ${minConfidence} (telaah.yaml coding.min_confidence).\n`);
  return status;
}

/** How explain names each kind of sentence about the study (text/frames.ts). */
const FRAMES: Record<FrameKind, string> = {
  aim: "the study's aim", method: "the study's method", theory: 'theory or a definition', recommendation: 'a recommendation',
  limitation: "a limit of the study", question: 'a question the text asks and does not answer',
};

/** Why a candidate has its polarity: the cues, the learned polarity (with the words it weighed most), or no live cue. */
function polarityWhy(e: Evidence, reasons: (toward: 'limit' | 'support') => string): string {
  const p = e.limitProbability === undefined ? '' : `learned P(limit) ${e.limitProbability.toFixed(2)}`;
  if (e.learnedPolarity === 'limit') {
    const before = e.cues.length ? `its limited matches (cues: ${e.cues.join(', ')}) were outweighed by supporting ones` : 'no live limiting cue';
    return `${before}, but passages like this one are limits: ${p}, at least ${LEARNED_LIMIT}; words weighing most: ${reasons('limit')}`;
  }
  if (e.learnedPolarity === 'support') {
    return `cues ${e.cues.join(', ')} overruled: passages like this one are support: ${p}, at most ${LEARNED_SUPPORT}; words weighing most: ${reasons('support')}`;
  }
  const why = e.cues.length ? `cues: ${e.cues.join(', ')}`
    : e.terms.length ? 'no live limiting cue in its clauses: negated, vanished, hypothetical or past cues do not count'
      : 'no live limiting cue in the segment';
  return p ? `${why}; ${p}` : why;
}
