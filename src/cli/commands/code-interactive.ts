/**
 * `telaah code --interactive --coder NAME`: a keyboard-driven session over every kept segment,
 * starting at the first one this coder has not decided. Every accepted segment is written to
 * codings/NAME.yaml at once, atomically; a new code goes into the project's codebook, linted first.
 * The terminal loop lives here; the state machine, screen and file edits in src/interactive and
 * src/codings (pure).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { anchorQuote, quoteHints } from '../../codings/anchor.js';
import { appendDecisions, type NewCoding, type NewDecision } from '../../codings/edit.js';
import { removeEntries } from '../../codings/remove.js';
import { addCode, type NewCode } from '../../codebook/edit/add.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { analyse } from '../../passes/pipeline.js';
import { loadCodebook } from '../../project/codebooks.js';
import { CONFIG_FILE, parseConfig } from '../../project/config.js';
import { codebookCopyCommand } from './codebook-edit.js';
import { changes } from '../../interactive/changes.js';
import { buildItems, codeChoices, savedDecisions, type DecidedEntry } from '../../interactive/items.js';
import { render } from '../../interactive/render.js';
import { codeAdded, press, start } from '../../interactive/session.js';
import type { CodeChoice, Decision, Effect, State } from '../../interactive/state.js';
import { memoryIo, type Io } from '../io.js';
import { openProject, report, type OpenProject } from '../project.js';
import { writeFileAtomic } from '../write.js';

export async function interactiveCommand(dir: string | undefined, coder: string | undefined, io: Io): Promise<number> {
  if (!coder || !/^[\p{L}\p{N}._-]+$/u.test(coder)) {
    io.stderr('telaah code --interactive needs --coder NAME (letters, digits, . _ -): your codings go to codings/NAME.yaml\n');
    return 2;
  }
  if (!io.stdinIsTTY || !process.stdin.isTTY) {
    io.stderr('telaah code --interactive needs a terminal to type in (standard input is not a TTY).\nRun it directly in a terminal window, not through a pipe or a script.\n');
    return 2;
  }
  const diags: Diagnostic[] = [];
  const p = await openProject(dir, undefined, io, diags);
  if (!p || !p.codebook) return report(diags, io) || 1;
  const cb = p.codebook;
  const a = analyse({ transcripts: p.transcripts, codebook: cb, codings: p.codings, language: p.config.language, auto: 'on', minScore: p.config.coding.minScore });
  if (report([...diags, ...a.diagnostics].filter((d) => d.severity === 'error'), io)) return 1;
  const lang = p.config.language;
  const file = path.join(p.dir, 'codings', `${coder}.yaml`);
  const shown = path.relative(io.cwd, file) || file;
  const choices: CodeChoice[] = codeChoices(cb, lang);
  let state = start(buildItems(a.segments, a.matcher, lang, cb, coder), savedDecisions(a.segments, decidedEntries(file), coder));
  let accepted = 0;

  const draw = () => io.stdout(`\x1b[H\x1b[2J${render(state, choices, coder, Math.max(40, process.stdout.columns || io.columns), Math.max(12, process.stdout.rows || 24), io.color)}`);
  const save = (e: Extract<Effect, { kind: 'accept' }>) => {
    const written = saveDecision(p, file, coder, e);
    state = { ...state, decisions: { ...state.decisions, [e.item.segment]: written } };
    accepted++;
  };
  const newCode = async (code: NewCode) => {
    const msg = await addToCodebook(p, code, lang, choices.map((c) => c.id), io); // with the codes added in this session
    if (msg.problem) {
      state = { ...state, message: `Code not added: ${msg.problem}` };
      return;
    }
    choices.push({ id: code.id, label: code.label, definition: code.definition, include: [], exclude: [], ...(code.parent ? { parent: code.parent } : {}), search: `${code.id} ${code.label} ${code.definition}`.toLowerCase() });
    state = codeAdded(state, code.id, msg.text ?? '');
  };

  return await new Promise<number>((resolve) => {
    const stdin = process.stdin;
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeAllListeners('data');
      process.stdout.removeListener('resize', draw);
      io.stdout(`\x1b[H\x1b[2J${accepted} segment${accepted === 1 ? '' : 's'} saved to ${shown}.\n`);
      resolve(0);
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    process.stdout.on('resize', draw); // SIGWINCH: Node re-reads the size and emits 'resize'
    draw();
    // keys are handled one chunk after another, even while a new code is being written
    let queue = Promise.resolve();
    stdin.on('data', (chunk: string) => {
      queue = queue.then(async () => {
        for (const key of keys(chunk)) {
          if (key === 'ctrl-c') return finish();
          const r = press(state, key, choices);
          state = r.state;
          if (r.effect?.kind === 'quit') return finish();
          try {
            if (r.effect?.kind === 'accept') save(r.effect);
            if (r.effect?.kind === 'new-code') await newCode(r.effect.code);
          } catch (e) {
            state = { ...state, message: `Could not save: ${(e as Error).message}` };
          }
        }
        draw();
      });
    });
  });
}

const ESCAPES: Record<string, string> = { '\x1b[A': 'up', '\x1b[B': 'down', '\x1b[C': 'right', '\x1b[D': 'left', '\x1bOA': 'up', '\x1bOB': 'down', '\x1bOC': 'right', '\x1bOD': 'left' };

/** The keys in a chunk of terminal input, named as src/interactive/session.ts expects them. */
export function keys(chunk: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < chunk.length; ) {
    const esc = chunk[i] === '\x1b' ? Object.keys(ESCAPES).find((e) => chunk.startsWith(e, i)) : undefined;
    if (esc) {
      out.push(ESCAPES[esc]!);
      i += esc.length;
      continue;
    }
    if (chunk[i] === '\x1b') {
      // Escape alone; any other sequence (function keys) is skipped whole
      const m = /^\x1b(\[[0-9;]*[~A-Za-z])?/.exec(chunk.slice(i))!;
      if (!m[1]) out.push('escape');
      i += m[0].length;
      continue;
    }
    const ch = String.fromCodePoint(chunk.codePointAt(i)!);
    i += ch.length;
    out.push(ch === '\r' || ch === '\n' ? 'enter' : ch === '\x7f' || ch === '\b' ? 'backspace' : ch === '\t' ? 'tab' : ch === '\x03' ? 'ctrl-c' : ch);
  }
  return out;
}

/** The `decided:` entries of the codings file, as written (a missing or broken file has none). */
function decidedEntries(file: string): DecidedEntry[] {
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
function saveDecision(p: OpenProject, file: string, coder: string, e: Extract<Effect, { kind: 'accept' }>): Decision {
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
async function addToCodebook(p: OpenProject, code: NewCode, lang: string, known: string[], io: Io): Promise<{ text: string; problem?: undefined } | { problem: string; text?: undefined }> {
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
