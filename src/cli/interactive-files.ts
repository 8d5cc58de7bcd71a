/**
 * The files the interactive coder writes (I/O edge): the coder's codings file, one accepted segment
 * at a time, and the project's codebook when a code is added. What to change is decided by pure
 * code (src/interactive/changes, src/codings/remove and edit, src/codebook/edit/add); this module
 * reads, applies and writes atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { anchorQuote, quoteHints } from '../codings/anchor.js';
import { appendDecisions, type NewCoding, type NewDecision } from '../codings/edit.js';
import { removeEntries } from '../codings/remove.js';
import { addCode, type NewCode } from '../codebook/edit/add.js';
import { changes } from '../interactive/changes.js';
import type { DecidedEntry } from '../interactive/items.js';
import type { Decision, Effect } from '../interactive/state.js';
import { loadCodebook } from '../project/codebooks.js';
import { CONFIG_FILE, parseConfig } from '../project/config.js';
import { codebookCopyCommand } from './commands/codebook-edit.js';
import { memoryIo, type Io } from './io.js';
import type { OpenProject } from './project.js';
import { writeFileAtomic } from './write.js';

/** The `decided:` entries of the codings file, as written (a missing or broken file has none). */
export function decidedEntries(file: string): DecidedEntry[] {
  try {
    const d = (parse(readFileSync(file, 'utf8')) as { decided?: unknown } | null)?.decided;
    return Array.isArray(d) ? d.filter((x): x is DecidedEntry => typeof x?.transcript === 'string' && typeof x?.quote === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Writes one accepted segment: removes exactly the entries that changed, adds the new ones, in one
 * atomic write. Returns the decision as now saved (each coding with the quote it was written with).
 */
export function saveDecision(p: OpenProject, file: string, coder: string, e: Extract<Effect, { kind: 'accept' }>): Decision {
  const t = p.transcripts.find((x) => x.meta.id === e.item.transcript)!;
  const seg = t.segments.find((x) => x.id === e.item.segment)!;
  const whole = t.text.slice(seg.offsets[0], seg.offsets[1]).replace(/\s+/g, ' ').trim();
  const place = (quote: string) => {
    const hit = anchorQuote(t.text, quote, { line: seg.lines[0] }).anchor;
    return hit && hit.start >= seg.offsets[0] && hit.end <= seg.offsets[1] ? quoteHints(t.text, hit.start, hit.end) : { ...quoteHints(t.text, seg.offsets[0], seg.offsets[1]), line: seg.lines[0] };
  };
  const ch = changes(e.before, e.after);
  const shown = path.basename(file);
  const fail = (problem: string) => new Error(`codings/${shown}: ${problem}`); // shown; the file is left as it is
  let text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (text !== undefined && ch.removeCodings.length) {
    const r = removeEntries(text, 'codings', ch.removeCodings.map((c) => ({ transcript: t.meta.id, code: c.code, quote: c.quote })));
    if (r.problem !== undefined) throw fail(r.problem);
    text = r.text;
  }
  if (text !== undefined && ch.removeMemo) {
    const r = removeEntries(text, 'decided', [{ transcript: t.meta.id, memo: ch.removeMemo }]);
    if (r.problem !== undefined) throw fail(r.problem);
    text = r.text;
  }
  const added: NewCoding[] = ch.addCodings.map((c) => {
    const quote = c.quote ?? whole;
    return { transcript: t.meta.id, code: c.code, quote, polarity: c.polarity, ...(c.memo ? { memo: c.memo } : {}), ...place(quote) };
  });
  const decided: NewDecision[] = ch.addDecided ? [{ transcript: t.meta.id, quote: whole, line: seg.lines[0], ...(ch.addDecided.memo ? { memo: ch.addDecided.memo } : {}) }] : [];
  const after = appendDecisions(text, coder, added, decided);
  if (after.problem !== undefined) throw fail(after.problem);
  writeFileAtomic(file, after.text); // a closed terminal never leaves half a file
  // unchanged codings keep the quote they were saved with; new ones have the quote just written
  return { ...e.after, codes: e.after.codes.map((c) => (ch.addCodings.includes(c) ? { ...c, saved: c.quote ?? whole } : c)) };
}

/**
 * Adds a code to the project's own codebook file. A bundled codebook is first copied into the
 * project as `telaah codebook copy` does (codebook.yaml, and telaah.yaml pointed at it).
 */
export async function addToCodebook(p: OpenProject, code: NewCode, lang: string, known: string[], io: Io): Promise<{ text: string; problem?: undefined } | { problem: string; text?: undefined }> {
  let ref = p.config.codebook;
  let root = loadCodebook(ref, p.dir, p.config.codebookPos).files[0];
  if (!root) return { problem: 'the codebook could not be read' };
  let copied = '';
  if (root.builtin) {
    const quiet = memoryIo({ cwd: io.cwd });
    if ((await codebookCopyCommand(p.dir, {}, quiet)) !== 0) return { problem: `could not copy the bundled codebook: ${quiet.err.split('\n')[0]}` };
    ref = parseConfig(readFileSync(path.join(p.dir, CONFIG_FILE), 'utf8'), CONFIG_FILE).config.codebook;
    root = loadCodebook(ref, p.dir).files[0]!;
    copied = `, a copy of ${p.config.codebook} (telaah.yaml now uses it)`;
    p.config = { ...p.config, codebook: ref };
  }
  const r = addCode(root.text, root.file, code, lang, known);
  if (r.problem !== undefined) return { problem: r.problem };
  writeFileAtomic(root.abs, r.text);
  const notes = r.warnings.map((w) => w.message).join('; ');
  return { text: `Added ${code.id} to ${path.relative(p.dir, root.abs)}${copied || ' and chose it'}.${notes ? ` Lint: ${notes}.` : ''}` };
}
