/**
 * Checking one answer of the model against the codebook and the segment. Only what validates is
 * kept: an entry with an unknown code id or a quote that is not in the segment is dropped and
 * reported; an answer that is not JSON of the expected shape is refused as a whole (the caller
 * asks again). Pure.
 */
import { fold } from '../codings/anchor.js';

export type Polarity = 'support' | 'limit';

export interface ModelCoding {
  code: string;
  polarity: Polarity;
  /** The quote as found in the segment: [start, end) offsets into the text checked. */
  at: [number, number];
  reason: string;
}

export type DropKind = 'unknown-code' | 'invented-quote' | 'malformed-entry';

export interface Dropped {
  kind: DropKind;
  message: string;
}

export type Answer =
  | { codings: ModelCoding[]; dropped: Dropped[]; problem?: undefined }
  | { problem: string; codings?: undefined };

const MAX_REASON = 300;

export function readAnswer(content: string, codeIds: ReadonlySet<string>, segmentText: string): Answer {
  const parsed = parseJson(content);
  if ('problem' in parsed) return parsed;
  const v = parsed.value;
  if (!v || typeof v !== 'object' || Array.isArray(v) || !Array.isArray((v as { codes?: unknown }).codes)) {
    return { problem: 'the answer is JSON but not an object with a "codes" list' };
  }
  const codings: ModelCoding[] = [];
  const dropped: Dropped[] = [];
  for (const e of (v as { codes: unknown[] }).codes) {
    if (!e || typeof e !== 'object' || typeof (e as Record<string, unknown>).code !== 'string' || typeof (e as Record<string, unknown>).quote !== 'string') {
      dropped.push({ kind: 'malformed-entry', message: `an entry without a code and a quote (${short(JSON.stringify(e) ?? String(e))})` });
      continue;
    }
    const { code, quote, polarity, reason } = e as Record<string, unknown> & { code: string; quote: string };
    if (!codeIds.has(code)) {
      dropped.push({ kind: 'unknown-code', message: `code "${short(code)}" is not in the codebook` });
      continue;
    }
    const at = findQuote(segmentText, quote);
    if (!at) {
      dropped.push({ kind: 'invented-quote', message: `the quote "${short(quote)}" for ${code} is not in the segment` });
      continue;
    }
    if (codings.some((c) => c.code === code)) continue; // one code once per segment, as a coder's file counts it
    codings.push({
      code,
      polarity: polarity === 'limit' ? 'limit' : 'support',
      at,
      reason: typeof reason === 'string' ? oneLine(reason).slice(0, MAX_REASON) : '',
    });
  }
  return { codings, dropped };
}

/** The answer's JSON: plain, in a ```json fence, or after a reasoning model's <think> block. */
function parseJson(content: string): { value: unknown } | { problem: string } {
  const text = content.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/.exec(text);
  const body = fenced ? fenced[1]! : text;
  try {
    return { value: JSON.parse(body) };
  } catch (e) {
    const a = body.indexOf('{');
    const b = body.lastIndexOf('}');
    if (a >= 0 && b > a) {
      try {
        return { value: JSON.parse(body.slice(a, b + 1)) };
      } catch { /* reported below */ }
    }
    return { problem: `the answer is not valid JSON (${(e as Error).message}): ${short(text) || 'empty'}` };
  }
}

/** Where `quote` is in `text`, ignoring case, whitespace runs and curly quotes; undefined if nowhere. */
export function findQuote(text: string, quote: string): [number, number] | undefined {
  const needle = fold(quote).text;
  if (!needle) return undefined;
  const hay = fold(text);
  const i = hay.text.indexOf(needle);
  if (i < 0) return undefined;
  return [hay.map[i]!, hay.map[i + needle.length - 1]! + 1];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const short = (s: string) => {
  const one = oneLine(s);
  return one.length > 70 ? `${one.slice(0, 67)}...` : one;
};
