/**
 * Asking an OpenAI-compatible chat-completions server (I/O edge), with Node's built-in fetch: one
 * POST per segment, a time limit per request, and a bounded number of new attempts when the
 * server fails, is slow, or answers with something that does not validate.
 */
import { chatRequest, type ChatMessage, type ModelSettings } from './prompt.js';
import type { Answer } from './answer.js';

export interface AskOptions {
  url: string;
  /** Sent as `Authorization: Bearer …` when given (from the environment, never from a file). */
  apiKey?: string;
  timeoutMs: number;
  /** New attempts after the first, for failures and answers that do not validate. */
  retries: number;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
}

/** One HTTP exchange: the answer's text, or why there is none and whether trying again can help. */
type Reply = { content: string; cutOff: boolean; error?: undefined } | { error: string; fatal: boolean; content?: undefined };

export type Outcome =
  | { answer: Extract<Answer, { codings: unknown }>; attempts: number; kind: 'ok' }
  | { kind: 'failed'; error: string; malformed: boolean; attempts: number }
  | { kind: 'fatal'; error: string }
  | { kind: 'interrupted' };

const RETRY_PAUSE_MS = 250;

/** Asks until an answer validates, the attempts run out, or the server refuses for good. */
export async function ask(settings: ModelSettings, messages: ChatMessage[], schema: Record<string, unknown>,
  check: (content: string) => Answer, opts: AskOptions): Promise<Outcome> {
  let conversation = messages;
  let last = { error: '', malformed: false };
  for (let attempt = 1; attempt <= opts.retries + 1; attempt++) {
    if (opts.signal.aborted) return { kind: 'interrupted' };
    const reply = await post(opts.url, chatRequest(settings, conversation, schema), opts);
    if (opts.signal.aborted) return { kind: 'interrupted' };
    if (reply.error !== undefined) {
      if (reply.fatal) return { kind: 'fatal', error: reply.error };
      last = { error: reply.error, malformed: false };
      await pause(RETRY_PAUSE_MS * attempt, opts.signal);
      continue;
    }
    const answer = check(reply.content);
    if (answer.problem === undefined) return { kind: 'ok', answer, attempts: attempt };
    last = { error: reply.cutOff ? `${answer.problem}; the server cut the answer off (finish_reason "length"): give it a larger context length` : answer.problem, malformed: true };
    // the next attempt shows the model its answer and what was wrong with it
    conversation = [...messages, { role: 'assistant', content: reply.content },
      { role: 'user', content: `That answer could not be used: ${answer.problem}. Answer again with only the JSON object.` }];
  }
  return { kind: 'failed', error: last.error, malformed: last.malformed, attempts: opts.retries + 1 };
}

async function post(url: string, body: Record<string, unknown>, opts: AskOptions): Promise<Reply> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = AbortSignal.any([opts.signal, timeout]);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (opts.apiKey) headers.authorization = `Bearer ${opts.apiKey}`;
  try {
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
    const text = await res.text();
    if (!res.ok) {
      const fatal = res.status !== 408 && res.status !== 429 && res.status < 500;
      const why = res.status === 401 || res.status === 403 ? ' (if the server needs a key, set the environment variable TELAAH_API_KEY)' : '';
      return { error: `the server answered HTTP ${res.status}: ${serverMessage(text)}${why}`, fatal };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { error: `the server's reply is not JSON: ${clip(text)}`, fatal: false };
    }
    const choice = (json as { choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] }).choices?.[0];
    if (typeof choice?.message?.content !== 'string') return { error: 'the server\'s reply has no choices[0].message.content', fatal: false };
    return { content: choice.message.content, cutOff: choice.finish_reason === 'length' };
  } catch (e) {
    if (timeout.aborted && !opts.signal.aborted) return { error: `no answer within ${opts.timeoutMs / 1000} s`, fatal: false };
    if (opts.signal.aborted) return { error: 'interrupted', fatal: true };
    const code = ((e as { cause?: { code?: string } }).cause?.code) ?? '';
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return { error: `nothing answers at ${url} (${code}); is the model server running?`, fatal: true };
    }
    return { error: `the request failed: ${(e as Error).message}${code ? ` (${code})` : ''}`, fatal: false };
  }
}

function serverMessage(text: string): string {
  try {
    const j = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    const m = typeof j.error === 'string' ? j.error : j.error?.message ?? j.message;
    if (typeof m === 'string') return clip(m);
  } catch { /* not JSON: the text itself */ }
  return clip(text) || 'no message';
}

const clip = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 200 ? `${one.slice(0, 197)}...` : one;
};

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
