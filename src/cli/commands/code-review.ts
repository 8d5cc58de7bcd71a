/**
 * `telaah code --interactive --coder sari --review qwen`: sari walks qwen's codings one by one and
 * accepts each into codings/sari.yaml, changes its code or polarity first, or rejects it. A segment
 * is written (atomically) as soon as all its codings are decided; a resumed review starts after the
 * segments sari's file already holds.
 */
import path from 'node:path';
import { findQuote } from '../../assist/answer.js';
import { quoteHints } from '../../codings/anchor.js';
import { decidedSegmentIds } from '../../codings/decided.js';
import type { NewCoding, NewDecision } from '../../codings/edit.js';
import { CODINGS_DIR } from '../../codings/load.js';
import { placeCoding } from '../../codings/resolve.js';
import { labelOf } from '../../model/codebook.js';
import type { CodingsFile } from '../../model/coding.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Segment, Transcript } from '../../model/transcript.js';
import { pressReview, startReview, type ReviewEffect, type ReviewItem } from '../../interactive/review.js';
import { renderReview } from '../../interactive/review-render.js';
import type { CodeChoice } from '../../interactive/session.js';
import { keyLoop } from '../../interactive/terminal.js';
import { appendToCodingsFile } from '../codings-file.js';
import type { Io } from '../io.js';
import { openProject, report } from '../project.js';

const NAME = /^[\p{L}\p{N}._-]+$/u;

export async function reviewCommand(dir: string | undefined, reviewer: string | undefined, reviewed: string, io: Io): Promise<number> {
  const usage = !reviewer || !NAME.test(reviewer) || !NAME.test(reviewed) || reviewer === reviewed
    ? 'needs --coder YOUR-NAME and --review OTHER, two different names (letters, digits, . _ -): the codings you accept go to codings/YOUR-NAME.yaml'
    : !io.stdinIsTTY || !process.stdin.isTTY ? 'needs a terminal to type in (standard input is not a TTY); run it in a terminal window, not through a pipe or a script' : undefined;
  if (usage || !reviewer) return (io.stderr(`telaah code --review ${usage}\n`), 2);
  const diags: Diagnostic[] = [];
  const p = await openProject(dir, undefined, io, diags);
  if (!p?.codebook || report(diags.filter((d) => d.severity === 'error'), io)) return report(diags.filter((d) => d.severity !== 'error'), io) || 1;
  const theirs = p.codings.find((f) => f.coder === reviewed);
  const mine = p.codings.find((f) => f.coder === reviewer);
  if (!theirs) {
    io.stderr(`telaah code --review: no codings of "${reviewed}" in codings/ (coders: ${p.codings.map((f) => f.coder).join(', ') || 'none yet'})\n`);
    return 1;
  }
  const lang = p.config.language;
  const choices: CodeChoice[] = p.codebook.codes.map((c) => ({ id: c.id, label: labelOf(c, lang) }));
  const { items, segments } = reviewItems(theirs, p.transcripts, decidedSegmentIds(mine, p.transcripts));
  const file = path.join(p.dir, CODINGS_DIR, `${reviewer}.yaml`);
  const shown = path.relative(io.cwd, file) || file;
  let state = startReview(items);

  const save = (e: Extract<ReviewEffect, { kind: 'save' }>) => {
    const { transcript: t, segment: seg } = segments.get(e.segment)!;
    const problem = appendToCodingsFile(file, reviewer, ...reviewEntries(e, reviewed, t, seg));
    if (problem !== undefined) state = { ...state, message: `Could not save to ${shown}: ${problem}` };
  };
  const draw = () => io.stdout(`\x1b[H\x1b[2J${renderReview(state, choices, reviewer, reviewed, Math.max(40, io.columns), Math.max(12, process.stdout.rows || 24), io.color)}`);
  await keyLoop(draw, (key) => {
    const r = pressReview(state, key, choices);
    state = r.state;
    if (r.effect?.kind === 'quit') return 'stop';
    if (r.effect?.kind === 'save') save(r.effect);
  });
  const n = state.saved.length;
  io.stdout(`\x1b[H\x1b[2J${n} segment${n === 1 ? '' : 's'} reviewed and saved to ${shown}.\n`);
  return 0;
}

/** The reviewed coder's codings on segments the reviewer has not decided, in transcript order. */
function reviewItems(theirs: CodingsFile, transcripts: Transcript[], decided: Set<string>) {
  const byId = new Map(transcripts.map((t, i) => [t.meta.id, { t, i }]));
  const segments = new Map<string, { transcript: Transcript; segment: Segment }>();
  const placed: { item: ReviewItem; order: [number, number, number] }[] = [];
  theirs.codings.forEach((c, k) => {
    const found = byId.get(c.transcript);
    if (!found) return;
    const { result, segment: seg } = placeCoding(found.t, c);
    if (!seg || !result.anchor || decided.has(seg.id)) return;
    const t = found.t;
    const n = t.segments.indexOf(seg);
    const prev = t.segments[n - 1];
    const item: ReviewItem = {
      transcript: t.meta.id, segment: seg.id, lines: seg.lines, text: seg.text, quote: c.quote, code: c.code,
      polarity: c.polarity ?? 'support', hints: quoteHints(t.text, result.anchor.start, result.anchor.end),
    };
    const at = findQuote(seg.text, c.quote);
    if (at) item.quoteAt = at;
    if (c.memo) item.memo = c.memo;
    if (seg.speaker) item.speaker = seg.speaker;
    if (t.meta.informant) item.informant = t.meta.informant;
    if (prev) item.previous = { text: prev.text, ...(prev.speaker ? { speaker: prev.speaker } : {}) };
    segments.set(seg.id, { transcript: t, segment: seg });
    placed.push({ item, order: [found.i, n, k] });
  });
  placed.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return { items: placed.map((x) => x.item), segments };
}

/** A decided segment as the reviewer's entries: the accepted codes (each once), or no code. */
export function reviewEntries(e: Extract<ReviewEffect, { kind: 'save' }>, reviewed: string, t: Transcript, seg: Segment): [NewCoding[], NewDecision[]] {
  const codings: NewCoding[] = [];
  for (const { item, decision } of e.decided) {
    if (decision.kind !== 'accept' || codings.some((c) => c.code === decision.code)) continue;
    const said = item.memo ? `${reviewed}: ${item.memo}` : `from ${reviewed}`;
    codings.push({
      transcript: item.transcript, code: decision.code, quote: item.quote, polarity: decision.polarity,
      memo: decision.code === item.code ? said : `changed from ${item.code} (${said})`, ...item.hints,
    });
  }
  if (codings.length) return [codings, []];
  const rejected = e.decided.map((d) => d.item.code).join(', ');
  return [[], [{ transcript: t.meta.id, quote: t.text.slice(seg.offsets[0], seg.offsets[1]).replace(/\s+/g, ' ').trim(), line: seg.lines[0], memo: `rejected ${reviewed}'s ${rejected}` }]];
}
