/**
 * What is sent to the model: the codebook once as the system message, then per segment the segment
 * before it (context) and the segment to code, and the JSON schema the answer must follow. Only
 * these texts leave telaah; informant names, dates and places in the front matter are not sent.
 * Pure: the same project gives the same prompts byte for byte.
 */
import { labelOf, type Codebook, type Code } from '../model/codebook.js';

/** Changes whenever the wording below changes, so a resumed run never mixes two prompts in one file. */
export const PROMPT_VERSION = 'telaah-assist-1';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ModelSettings {
  model: string;
  temperature: number;
  seed: number;
}

/** The segment to code and what is sent with it. */
export interface SegmentPrompt {
  segment: string;
  method: string;
  role?: string;
  group?: string;
  speaker?: string;
  text: string;
  previous?: { speaker?: string; text: string };
}

const pick = (v: Record<string, string | string[]>, lang: string) => v[lang] ?? v.id ?? v.en ?? Object.values(v)[0];

export function systemPrompt(cb: Codebook, lang: string): string {
  const cues = pick(cb.polarity, lang) as string[] | undefined;
  const title = pick(cb.title, lang) as string | undefined;
  const lines = [
    'You are a careful qualitative researcher coding interview transcripts with a codebook.',
    'For the segment you are given, decide which codes of the codebook apply. Code only what the segment itself says;',
    'the previous segment is there as context and is not to be coded.',
    'For every code that applies give:',
    '- code: the code id exactly as written in the codebook;',
    `- polarity: "support" when the passage shows the indicator at work, "limit" when it shows an obstacle, a gap or its absence${cues?.length ? ` (words such as ${cues.slice(0, 12).join(', ')})` : ''};`,
    '- quote: the exact words of the segment that carry the code, copied character for character (a phrase or a sentence, not the whole segment unless it is needed);',
    '- reason: one short sentence saying why the code applies.',
    'If no code applies, answer {"codes": []}.',
    'Answer with one JSON object and nothing else, of this form:',
    '{"codes": [{"code": "…", "polarity": "support", "quote": "…", "reason": "…"}]}',
    '',
    `Codebook "${cb.id}"${title ? `: ${oneLine(title)}` : ''}`,
  ];
  for (const c of cb.codes) lines.push('', ...codeLines(c, cb, lang));
  return `${lines.join('\n')}\n`;
}

function codeLines(c: Code, cb: Codebook, lang: string): string[] {
  const out = [`- id: ${c.id}`, `  label: ${labelOf(c, lang)}`];
  if (c.parent) out.push(`  part of: ${c.parent}`);
  if (cb.codes.some((x) => x.parent === c.id)) out.push('  (a category: prefer its sub-codes when one fits)');
  const def = pick(c.definition, lang) as string | undefined;
  if (def) out.push(`  definition: ${oneLine(def)}`);
  const inc = pick(c.include, lang) as string[] | undefined;
  if (inc?.length) out.push('  include when:', ...inc.map((x) => `    - ${oneLine(x)}`));
  const exc = pick(c.exclude, lang) as string[] | undefined;
  if (exc?.length) out.push('  exclude when:', ...exc.map((x) => `    - ${oneLine(x)}`));
  return out;
}

export function userPrompt(s: SegmentPrompt): string {
  const about = [s.method, s.role && `informant role: ${s.role}`, s.group && `group: ${s.group}`].filter(Boolean).join('; ');
  const lines = [`Transcript ${s.segment.replace(/#\d+$/, '')} (${about})`];
  if (s.previous) lines.push('', 'Previous segment (context only, not to be coded):', '"""', said(s.previous.speaker, s.previous.text), '"""');
  lines.push('', `Segment to code (${s.segment}${s.speaker ? `, ${s.speaker}` : ''}):`, '"""', s.text.trim(), '"""');
  return `${lines.join('\n')}\n`;
}

const said = (speaker: string | undefined, text: string) => `${speaker ? `${speaker}: ` : ''}${text.trim()}`;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The JSON schema of an answer; `code` is limited to the codebook's ids where the server enforces schemas. */
export function answerSchema(codeIds: string[]): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['codes'],
    properties: {
      codes: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['code', 'polarity', 'quote', 'reason'],
          properties: {
            code: { type: 'string', enum: codeIds },
            polarity: { type: 'string', enum: ['support', 'limit'] },
            quote: { type: 'string' },
            reason: { type: 'string' },
          },
        },
      },
    },
  };
}

/** The body of one chat-completions request (OpenAI's API, as Ollama, llama.cpp, LM Studio and vLLM serve it). */
export function chatRequest(settings: ModelSettings, messages: ChatMessage[], schema: Record<string, unknown>): Record<string, unknown> {
  return {
    model: settings.model,
    messages,
    temperature: settings.temperature,
    seed: settings.seed,
    stream: false,
    response_format: { type: 'json_schema', json_schema: { name: 'telaah_codings', strict: true, schema } },
  };
}
