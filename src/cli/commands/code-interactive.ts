/**
 * `telaah code --interactive --coder NAME`: a keyboard-driven session over every kept segment,
 * starting at the first one this coder has not decided. Every accepted segment is written to
 * codings/NAME.yaml at once, atomically; a new code goes into the project's codebook, linted first
 * (a bundled codebook is copied into the project then). The terminal loop lives here; the state
 * machine and screen in src/interactive (pure), the file writing in ../interactive-files.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NewCode } from '../../codebook/edit/add.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { analyse } from '../../passes/pipeline.js';
import { buildItems, codeChoices, rerank, savedDecisions } from '../../interactive/items.js';
import { learnerFor, trainingItems } from '../../passes/pipeline.js';
import { trainLearner } from '../../passes/learn.js';
import { render } from '../../interactive/render.js';
import { codeAdded, press, start } from '../../interactive/session.js';
import type { CodeChoice, Effect } from '../../interactive/state.js';
import { addToCodebook, decidedEntries, saveDecision } from '../interactive-files.js';
import type { Io } from '../io.js';
import { openProject, report } from '../project.js';
import { withCoderLock } from '../../project/journal.js';
import { CONFIG_FILE } from '../../project/config.js';

export async function interactiveCommand(dir: string | undefined, coder: string | undefined, io: Io): Promise<number> {
  if (!coder || !/^[\p{L}\p{N}._-]+$/u.test(coder)) {
    io.stderr('telaah code --interactive needs --coder NAME (letters, digits, . _ -): your codings go to codings/NAME.yaml\n');
    return 2;
  }
  // one session per coder: two would each save over the other's decisions
  const projectDir = path.resolve(io.cwd, dir ?? '.');
  if (!existsSync(path.join(projectDir, CONFIG_FILE))) return session(dir, coder, io); // it says what is wrong
  const file = path.join(projectDir, 'codings', `${coder}.yaml`);
  return withCoderLock(file, `code --interactive --coder ${coder}`, (d) => void report([d], io), () => session(dir, coder, io));
}

async function session(dir: string | undefined, coder: string, io: Io): Promise<number> {
  if (!io.stdinIsTTY || !process.stdin.isTTY) {
    io.stderr('telaah code --interactive needs a terminal to type in (standard input is not a TTY).\nRun it directly in a terminal window, not through a pipe or a script.\n');
    return 2;
  }
  const diags: Diagnostic[] = [];
  const p = await openProject(dir, undefined, io, diags);
  if (!p || !p.codebook) return report(diags, io) || 1;
  const cb = p.codebook;
  const a = analyse({ transcripts: p.transcripts, codebook: cb, codings: p.codings, language: p.config.language, auto: 'on', minConfidence: p.config.coding.minConfidence });
  if (report([...diags, ...a.diagnostics].filter((d) => d.severity === 'error'), io)) return 1;
  const lang = p.config.language;
  const file = path.join(p.dir, 'codings', `${coder}.yaml`);
  const shown = path.relative(io.cwd, file) || file;
  const choices: CodeChoice[] = codeChoices(cb, lang);
  const { minConfidence } = p.config.coding;
  // the learned coder: every hand coding so far, and each segment this session accepts
  const learner = learnerFor(a.matcher, trainingItems(p.transcripts, a.manual, lang)) ?? trainLearner(a.matcher, []);
  const langOf = new Map(a.segments.map((x) => [x.reduced.segment.id, x.lang]));
  let state = start(buildItems(a.segments, a.matcher, lang, cb, coder, minConfidence, learner), savedDecisions(a.segments, decidedEntries(file), coder));
  let accepted = 0;

  const draw = () => io.stdout(`\x1b[H\x1b[2J${render(state, choices, coder, Math.max(40, process.stdout.columns || io.columns), Math.max(12, process.stdout.rows || 24), io.color)}`);
  const save = (e: Extract<Effect, { kind: 'accept' }>) => {
    const written = saveDecision(p, file, coder, e);
    state = { ...state, decisions: { ...state.decisions, [e.item.segment]: written } };
    accepted++;
    if (written.codes.length) {
      learner.add({ text: e.item.text, lang: langOf.get(e.item.segment) ?? lang, codes: [...new Set(written.codes.map((c) => c.code))] });
      const decided = new Set(Object.keys(state.decisions));
      state = { ...state, items: rerank(state.items, state.index, decided, (id) => langOf.get(id) ?? lang, a.matcher, cb, lang, minConfidence, learner) };
    }
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
