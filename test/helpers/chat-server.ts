/**
 * A stand-in for an OpenAI-compatible chat-completions server (Ollama, llama.cpp, LM Studio, vLLM),
 * on 127.0.0.1 and a free port, for tests: every request is recorded, and `answer` decides the reply.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatCall {
  n: number;
  body: { model: string; messages: { role: string; content: string }[]; temperature: number; seed: number; response_format?: unknown };
  headers: IncomingHttpHeaders;
  /** The segment id and text the request asks about. */
  segment: string;
  text: string;
}

export interface Reply {
  status?: number;
  /** The model's answer (choices[0].message.content). */
  content?: string;
  /** A reply body sent as it is (instead of a chat completion). */
  raw?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer. */
  hang?: boolean;
  /** choices[0].finish_reason (default "stop"). */
  finish?: string;
}

export interface StandIn {
  url: string;
  calls: ChatCall[];
  close(): Promise<void>;
}

export async function chatServer(answer: (call: ChatCall) => Reply): Promise<StandIn> {
  const calls: ChatCall[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (d: Buffer) => (data += d));
    req.on('end', () => {
      const body = JSON.parse(data) as ChatCall['body'];
      const user = body.messages.filter((m) => m.role === 'user')[0]?.content ?? '';
      const m = /Segment to code \(([^,)]+)[^)]*\):\n"""\n([\s\S]*?)\n"""/.exec(user);
      const call: ChatCall = { n: calls.length + 1, body, headers: req.headers, segment: m?.[1] ?? '', text: m?.[2] ?? '' };
      calls.push(call);
      const r = answer(call);
      if (r.hang) return;
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(r.status ?? 200, { 'content-type': 'application/json' });
        res.end(r.raw ?? JSON.stringify({
          id: `chatcmpl-${call.n}`, object: 'chat.completion', model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: r.content ?? '{"codes":[]}' }, finish_reason: r.finish ?? 'stop' }],
        }));
      };
      if (r.delayMs) setTimeout(send, r.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    calls,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Keyword rules of a pretend model: the sentence holding the first match is the quote. */
const RULES: [RegExp, string][] = [
  [/rapat|musyawarah|duduk bersama|pertemuan/i, 'dialog-tatap-muka'],
  [/percaya/i, 'membangun-kepercayaan'],
  [/komitmen|sepakat|janji/i, 'komitmen-proses'],
  [/paham|pengertian/i, 'berbagi-pemahaman'],
  [/hasil|berkurang|turun/i, 'hasil-sementara'],
];

/** A well-behaved model: codes by keyword, quotes a sentence of the segment exactly, gives a reason. */
export function goodAnswer(text: string): string {
  const sentences = text.match(/[^.!?]+[.!?]?/g)?.map((s) => s.trim()).filter(Boolean) ?? [];
  const codes = [];
  for (const [re, code] of RULES) {
    const s = sentences.find((x) => re.test(x));
    if (s) codes.push({ code, polarity: /belum|tidak|jarang/i.test(s) ? 'limit' : 'support', quote: s, reason: `mentions ${re.exec(s)![0].toLowerCase()}` });
  }
  return JSON.stringify({ codes });
}
