/**
 * `telaah code --interactive --coder NAME`: a keyboard-driven session over the segments this coder
 * has not decided yet. Every accepted segment is written to codings/NAME.yaml at once, atomically.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { anchorQuote, quoteHints } from '../../codings/anchor.js';
import { appendDecisions } from '../../codings/edit.js';
import { segmentAt } from '../../codings/resolve.js';
import { labelOf, type Codebook } from '../../model/codebook.js';
import type { Matcher } from '../../codebook/compile.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { CodedSegment } from '../../model/analysis.js';
import { findMatches } from '../../passes/match.js';
import { analyse } from '../../passes/pipeline.js';
import { tokenize } from '../../text/tokenize.js';
import { press, start, type CodeChoice, type Effect, type Item } from '../../interactive/session.js';
import { render } from '../../interactive/render.js';
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
  const decided = decidedSegments(a.segments, p.codings.filter((f) => f.coder === coder).flatMap((f) => f.decided), coder);
  const items = buildItems(a.segments, decided, a.matcher, lang, cb);
  const choices: CodeChoice[] = cb.codes.map((c) => ({ id: c.id, label: labelOf(c, lang) }));
  const file = path.join(p.dir, 'codings', `${coder}.yaml`);
  let state = start(items);
  let accepted = 0;

  const draw = () => io.stdout(`\x1b[H\x1b[2J${render(state, choices, coder, Math.max(40, io.columns), Math.max(12, process.stdout.rows || 24), io.color)}`);
  const save = (e: Extract<Effect, { kind: 'accept' }>) => {
    const t = p.transcripts.find((x) => x.meta.id === e.item.transcript)!;
    const seg = t.segments.find((x) => x.id === e.item.segment)!;
    const quote = t.text.slice(seg.offsets[0], seg.offsets[1]).replace(/\s+/g, ' ').trim();
    const ctx = { ...quoteHints(t.text, seg.offsets[0], seg.offsets[1]), line: seg.lines[0] };
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const after = appendDecisions(before, coder,
      e.codes.map((code) => ({ transcript: t.meta.id, code, quote, ...(e.memo ? { memo: e.memo } : {}), ...ctx })),
      e.codes.length ? [] : [{ transcript: t.meta.id, quote, line: seg.lines[0], ...(e.memo ? { memo: e.memo } : {}) }]);
    if (after.problem !== undefined) throw new Error(`${path.relative(io.cwd, file) || file}: ${after.problem}`); // shown; the file is left as it is
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.telaah-tmp-${process.pid}`;
    writeFileSync(tmp, after.text);
    renameSync(tmp, file); // atomic: a closed terminal never leaves half a file
    accepted++;
  };

  return await new Promise<number>((resolve) => {
    const stdin = process.stdin;
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeAllListeners('data');
      io.stdout(`\x1b[H\x1b[2J${accepted} segment${accepted === 1 ? '' : 's'} saved to ${path.relative(io.cwd, file) || file}.\n`);
      resolve(0);
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    draw();
    stdin.on('data', (chunk: string) => {
      for (const key of keys(chunk)) {
        if (key === 'ctrl-c') return finish();
        const r = press(state, key, choices);
        state = r.state;
        if (r.effect?.kind === 'quit') return finish();
        if (r.effect?.kind === 'accept') {
          try {
            save(r.effect);
          } catch (e) {
            state = { ...state, message: `Could not save: ${(e as Error).message}` };
          }
        }
      }
      draw();
    });
  });
}

function keys(chunk: string): string[] {
  if (chunk === '\x1b') return ['escape'];
  if (chunk.startsWith('\x1b')) return []; // arrow keys and the like: ignored
  return [...chunk].map((ch) => (ch === '\r' || ch === '\n' ? 'enter' : ch === '\x7f' || ch === '\b' ? 'backspace' : ch === '\x03' ? 'ctrl-c' : ch));
}

/** Segments this coder already decided: coded by them, or listed under `decided:`. */
function decidedSegments(segments: CodedSegment[], decided: { transcript: string; quote: string; line?: number }[], coder: string): Set<string> {
  const out = new Set(segments.filter((s) => s.codes.some((c) => c.origin === `manual:${coder}`)).map((s) => s.reduced.segment.id));
  const byTranscript = new Map<string, CodedSegment['transcript']>();
  for (const s of segments) byTranscript.set(s.transcript.meta.id, s.transcript);
  for (const d of decided) {
    const t = byTranscript.get(d.transcript);
    if (!t) continue;
    const hit = anchorQuote(t.text, d.quote, d.line !== undefined ? { line: d.line } : {});
    const seg = hit.anchor && segmentAt(t.segments, hit.anchor.start, hit.anchor.end);
    if (seg) out.add(seg.id);
  }
  return out;
}

function buildItems(segments: CodedSegment[], decided: Set<string>, matcher: Matcher, lang: string, cb: Codebook): Item[] {
  const items: Item[] = [];
  segments.forEach((s, i) => {
    const seg = s.reduced.segment;
    if (!s.reduced.kept || decided.has(seg.id)) return;
    const auto = [...s.codes, ...s.suggestions].filter((c) => c.origin === 'auto');
    const codes = new Set(auto.map((c) => c.code));
    const toks = tokenize(s.reduced.text);
    const highlights = findMatches(s.reduced.text, matcher.forLang(s.lang))
      .filter((m) => codes.has(m.term.code))
      .map((m) => [toks[m.first]!.start, toks[m.last]!.end] as [number, number]);
    const prev = segments[i - 1];
    const item: Item = {
      transcript: s.transcript.meta.id, segment: seg.id, lines: seg.lines, text: s.reduced.text, highlights,
      suggestions: auto.map((c) => ({ code: c.code, label: labelOf(cb.codes.find((x) => x.id === c.code)!, lang), terms: c.terms })),
    };
    if (seg.speaker) item.speaker = seg.speaker;
    if (s.transcript.meta.informant) item.informant = s.transcript.meta.informant;
    if (prev && prev.transcript === s.transcript) item.previous = { text: prev.reduced.text, ...(prev.reduced.segment.speaker ? { speaker: prev.reduced.segment.speaker } : {}) };
    items.push(item);
  });
  return items;
}
