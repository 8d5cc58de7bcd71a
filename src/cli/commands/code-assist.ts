/**
 * `telaah code PROJECT --assist URL --model NAME --coder NAME`: a language model on an
 * OpenAI-compatible server codes the kept segments as one more coder. Each answer is checked
 * (codebook ids, quotes in the segment) and written at once, atomically, to codings/NAME.yaml as
 * ordinary codings; a second run continues after the segments the file already holds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readAnswer, findQuote, type Dropped, type ModelCoding } from '../../assist/answer.js';
import { ask, type AskOptions } from '../../assist/client.js';
import { chatEndpoint } from '../../assist/endpoint.js';
import { progressLine } from '../../assist/progress.js';
import { answerSchema, PROMPT_VERSION, systemPrompt, userPrompt, type ChatMessage, type SegmentPrompt } from '../../assist/prompt.js';
import { quoteHints } from '../../codings/anchor.js';
import { headerChanges, modelCodingsFile, readAssistHeader, type AssistHeader } from '../../codings/assist-header.js';
import { decidedSegmentIds } from '../../codings/decided.js';
import type { NewCoding, NewDecision } from '../../codings/edit.js';
import { CODINGS_DIR } from '../../codings/load.js';
import { parseCodings } from '../../codings/parse.js';
import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';
import type { Segment, Transcript } from '../../model/transcript.js';
import { reduceAll } from '../../passes/pipeline.js';
import { displayPath } from '../../project/files.js';
import { appendToCodingsFile } from '../codings-file.js';
import type { Io } from '../io.js';
import { openProject, report } from '../project.js';

export interface AssistOptions {
  assist: string;
  model?: string;
  coder?: string;
  allowRemote?: boolean;
  limit?: number;
  transcripts?: string;
  dryRun?: boolean;
  seed?: number;
  timeout?: number;
  retries?: number;
}

export const ASSIST_DEFAULTS = { seed: 42, timeout: 300, retries: 2 };
/** Segments in a row that fail before the run stops (the server is down or overloaded). */
const MAX_FAILURES_IN_A_ROW = 3;
const EXIT_INTERRUPTED = 130;

interface Job {
  transcript: Transcript;
  segment: Segment;
  prompt: SegmentPrompt;
}

export async function assistCommand(dir: string | undefined, opts: AssistOptions, io: Io): Promise<number> {
  const usage = (msg: string) => (io.stderr(`telaah code --assist: ${msg}\n`), 2);
  if (!opts.coder || !/^[\p{L}\p{N}._-]+$/u.test(opts.coder)) return usage('needs --coder NAME (letters, digits, . _ -): the model\'s codings go to codings/NAME.yaml');
  if (!opts.model) return usage('needs --model NAME, the model the server should run (e.g. --model qwen2.5:7b-instruct)');
  const endpoint = chatEndpoint(opts.assist, Boolean(opts.allowRemote));
  if (endpoint.problem !== undefined) return usage(`${endpoint.problem}\n  hint: ${endpoint.hint}`);
  const coder = opts.coder;

  const diags: Diagnostic[] = [];
  const p = await openProject(dir, undefined, io, diags);
  if (!p || !p.codebook) return report(diags, io) || 1;
  if (report(diags.filter((d) => d.severity === 'error'), io)) return 1;
  const cb = p.codebook;
  const lang = p.config.language;
  const system = systemPrompt(cb, lang);
  const header: AssistHeader = {
    model: opts.model, temperature: 0, seed: opts.seed ?? ASSIST_DEFAULTS.seed, prompt: PROMPT_VERSION,
    codebook: createHash('sha256').update(system).digest('hex').slice(0, 12),
  };

  const wanted = opts.transcripts?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted?.filter((id) => !p.transcripts.some((t) => t.meta.id === id)) ?? [];
  if (unknown.length) return usage(`no transcript ${unknown.map((u) => `"${u}"`).join(', ')} in the project (ids: ${p.transcripts.map((t) => t.meta.id).join(', ')})`);
  const transcripts = wanted ? p.transcripts.filter((t) => wanted.includes(t.meta.id)) : p.transcripts;

  const file = path.join(p.dir, CODINGS_DIR, `${coder}.yaml`);
  const shown = displayPath(file, io.cwd);
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (existing !== undefined) {
    const had = readAssistHeader(existing);
    if (!had) return usage(`${shown} has no \`assist:\` header: it is a person's codings file, and a model never writes into one\n  hint: give the model a name of its own, e.g. --coder ${opts.model.replace(/[^\p{L}\p{N}._-]+/gu, '-')}`);
    const changes = headerChanges(had, header);
    if (changes.length) {
      return usage(`${shown} holds answers given with other settings (${changes.join(', ')}); one file holds the answers of one model, prompt and codebook\n`
        + '  hint: continue with the settings in its header, or give this run another --coder name (a changed codebook changes what the model is told)');
    }
  }
  const parsed = existing !== undefined ? parseCodings(existing, shown, coder) : undefined;
  if (parsed && !parsed.codings) return report(parsed.diagnostics, io) || 1;
  const done = decidedSegmentIds(parsed?.codings, p.transcripts);

  const all = jobsOf(reduceAll(transcripts, lang), done);
  const jobs = opts.limit !== undefined ? all.slice(0, opts.limit) : all;
  if (opts.dryRun) {
    io.stdout(dryRun(system, jobs, all.length, done.size, endpoint.url, header));
    return 0;
  }
  if (!jobs.length) {
    io.stdout(`Nothing to send: every kept segment${wanted ? ' of those transcripts' : ''} is already in ${shown}.\n`);
    return 0;
  }

  const run: Run = {
    system, header, schema: answerSchema(cb.codes.map((c) => c.id)), codeIds: new Set(cb.codes.map((c) => c.id)), coder, file, shown,
    ask: { url: endpoint.url, timeoutMs: (opts.timeout ?? ASSIST_DEFAULTS.timeout) * 1000, retries: opts.retries ?? ASSIST_DEFAULTS.retries, ...(io.env.TELAAH_API_KEY ? { apiKey: io.env.TELAAH_API_KEY } : {}) },
  };
  const { tally, problems, stop } = await codeJobs(jobs, run, io);
  const status = report(problems, io);
  const left = all.length - tally.segments;
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
  io.stdout(`${n(tally.segments, 'segment')} coded by ${opts.model} into ${shown}: ${n(tally.codings, 'coding')}, ${n(tally.empty, 'segment')} without a code`
    + `${tally.dropped ? `, ${n(tally.dropped, 'answer')} dropped` : ''}${tally.failed ? `, ${tally.failed} failed` : ''}.\n`);
  if (stop === 'interrupted') io.stdout('Interrupted: everything above is saved.\n');
  if (stop === 'failures') io.stdout(`Stopped: ${MAX_FAILURES_IN_A_ROW} segments in a row failed.\n`);
  if (left > 0) io.stdout(`${n(left, 'segment')} left: run the same command again to continue.\n`);
  else io.stdout(`Every kept segment${wanted ? ' of these transcripts' : ''} is coded. Review them: telaah code --interactive --coder YOUR-NAME --review ${coder}\n`);
  if (stop === 'interrupted') return EXIT_INTERRUPTED;
  return stop || tally.failed ? 1 : status;
}

/** What every question of a run shares. */
interface Run {
  system: string;
  header: AssistHeader;
  schema: Record<string, unknown>;
  codeIds: Set<string>;
  coder: string;
  file: string;
  shown: string;
  ask: Omit<AskOptions, 'signal'>;
}

/** Asks about each segment in turn and writes each answer at once; stops on Ctrl-C, a refusal or repeated failures. */
async function codeJobs(jobs: Job[], run: Run, io: Io) {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  const problems: Diagnostic[] = [];
  const tally = { segments: 0, codings: 0, empty: 0, failed: 0, dropped: 0 };
  const started = performance.now();
  const progress = progressPrinter(io, jobs.length);
  let stop: 'fatal' | 'interrupted' | 'failures' | undefined;
  let inARow = 0;
  try {
    for (const job of jobs) {
      const at = { file: job.transcript.file, line: job.segment.lines[0], column: 1 };
      const messages: ChatMessage[] = [{ role: 'system', content: run.system }, { role: 'user', content: userPrompt(job.prompt) }];
      const outcome = await ask(run.header, messages, run.schema, (content) => readAnswer(content, run.codeIds, job.segment.text), { ...run.ask, signal: controller.signal });
      if (outcome.kind === 'interrupted') {
        stop = 'interrupted';
        break;
      }
      if (outcome.kind === 'fatal') {
        problems.push(diagnostic(at, 'assist-failed', 'error', `${job.segment.id}: ${outcome.error}`, 'nothing was written for this segment; fix the cause and run the same command again'));
        stop = 'fatal';
        break;
      }
      if (outcome.kind === 'failed') {
        tally.failed++;
        problems.push(diagnostic(at, outcome.malformed ? 'assist-malformed-json' : 'assist-failed', 'error',
          `${job.segment.id}: ${outcome.error} (after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'})`,
          'nothing was written for this segment; run the same command again to retry it'));
        if (++inARow >= MAX_FAILURES_IN_A_ROW) {
          stop = 'failures';
          break;
        }
      } else {
        inARow = 0;
        const { codings, dropped } = outcome.answer;
        problems.push(...dropped.map((d) => droppedDiagnostic(at, job.segment.id, d)));
        const entries = toEntries(job, codings, dropped);
        const problem = appendToCodingsFile(run.file, run.coder, entries.codings, entries.decided, modelCodingsFile(run.coder, run.header));
        if (problem !== undefined) {
          problems.push(diagnostic({ file: run.shown, line: 1, column: 1 }, 'codings', 'error', problem));
          stop = 'fatal';
          break;
        }
        tally.segments++;
        tally.codings += codings.length;
        tally.dropped += dropped.length;
        if (!codings.length) tally.empty++;
      }
      progress(tally.segments + tally.failed, performance.now() - started);
    }
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    progress.end();
  }
  return { tally, problems, stop };
}

/** The kept, codable segments not decided yet, each with the segment before it as context. */
function jobsOf(reduced: ReturnType<typeof reduceAll>, done: Set<string>): Job[] {
  const jobs: Job[] = [];
  for (const r of reduced) {
    const t = r.transcript;
    r.segments.forEach((rs, i) => {
      const seg = rs.segment;
      if (!rs.kept || !seg.codable || done.has(seg.id)) return;
      const prompt: SegmentPrompt = { segment: seg.id, method: t.meta.method, text: seg.text };
      if (t.meta.role) prompt.role = t.meta.role;
      if (t.meta.group) prompt.group = t.meta.group;
      if (seg.speaker) prompt.speaker = seg.speaker;
      const prev = t.segments[i - 1];
      if (prev) prompt.previous = { text: prev.text, ...(prev.speaker ? { speaker: prev.speaker } : {}) };
      jobs.push({ transcript: t, segment: seg, prompt });
    });
  }
  return jobs;
}

/** The answer as entries of the codings file: the quoted words as the transcript file has them. */
function toEntries(job: Job, codings: ModelCoding[], dropped: Dropped[]): { codings: NewCoding[]; decided: NewDecision[] } {
  const t = job.transcript;
  const [from, to] = job.segment.offsets;
  const out: NewCoding[] = codings.map((c) => {
    const words = job.segment.text.slice(c.at[0], c.at[1]);
    const inFile = findQuote(t.text.slice(from, to), words);
    const entry = (quote: string) => ({ transcript: t.meta.id, code: c.code, quote: collapse(quote), polarity: c.polarity, memo: c.reason });
    if (!inFile) return { ...entry(words), line: job.segment.lines[0] };
    const [a, b] = [from + inFile[0], from + inFile[1]];
    return { ...entry(t.text.slice(a, b)), ...quoteHints(t.text, a, b) };
  });
  if (out.length) return { codings: out, decided: [] };
  // no code: listed under `decided:` so the next run does not ask again
  const memo = dropped.length ? `no code kept; dropped: ${dropped.map((d) => d.message).join('; ')}` : undefined;
  return { codings: [], decided: [{ transcript: t.meta.id, quote: collapse(t.text.slice(from, to)), line: job.segment.lines[0], ...(memo ? { memo } : {}) }] };
}

function droppedDiagnostic(at: { file: string; line: number; column: number }, segment: string, d: Dropped): Diagnostic {
  const hint = d.kind === 'unknown-code' ? 'the model named a code the codebook does not have'
    : d.kind === 'invented-quote' ? 'the model quoted words the segment does not hold' : undefined;
  return diagnostic(at, `assist-${d.kind}`, 'warning', `${segment}: the model's answer dropped: ${d.message}`, hint);
}

function dryRun(system: string, jobs: Job[], total: number, done: number, url: string, h: AssistHeader): string {
  const first = jobs[0];
  const lines = [
    `Would send ${jobs.length} of ${total} segment${total === 1 ? '' : 's'} still to code${done ? ` (${done} already in the file)` : ''} to ${url}`,
    `model ${h.model}, temperature ${h.temperature}, seed ${h.seed}, answers under a JSON schema. Nothing was sent.`,
    '',
  ];
  if (!first) return `${lines.join('\n')}No segment to send.\n`;
  lines.push(`--- system message (sent with every segment: ${system.length} characters, roughly ${Math.round(system.length / 4)}–${Math.round(system.length / 3)} tokens;`,
    '    the model\'s context length must hold it, the segments and the answer) ---', system, `--- user message for ${first.segment.id} ---`, userPrompt(first.prompt));
  return lines.join('\n');
}

/** Progress on stderr: one line redrawn in a terminal, a line per tenth otherwise. */
function progressPrinter(io: Io, total: number): ((done: number, elapsedMs: number) => void) & { end(): void } {
  let shownTenth = -1;
  let drawn = false;
  const f = (done: number, elapsedMs: number) => {
    const line = progressLine(done, total, elapsedMs);
    if (io.stderrIsTTY) {
      io.stderr(`\r${line}\x1b[K`);
      drawn = true;
      return;
    }
    const tenth = Math.floor((done * 10) / total);
    if (tenth > shownTenth) {
      shownTenth = tenth;
      io.stderr(`${line}\n`);
    }
  };
  return Object.assign(f, { end: () => void (drawn && io.stderr('\n')) });
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
