/**
 * The header of a model's codings file: which model wrote it and with which settings, as an
 * `assist:` mapping beside `coder:`. A second run continues the file only with the same model and
 * settings, so one file never mixes two models' answers. Pure.
 */
import { parse, stringify } from 'yaml';

export interface AssistHeader {
  model: string;
  temperature: number;
  seed: number;
  /** Version of the prompt's wording (src/assist/prompt.ts). */
  prompt: string;
  /** The first 12 hex digits of the SHA-256 of the system message: the codebook as sent. */
  codebook: string;
}

const KEYS = ['model', 'temperature', 'seed', 'prompt', 'codebook'] as const;

/** The text of a new, empty codings file for a model. */
export function modelCodingsFile(coder: string, h: AssistHeader): string {
  return [
    '# Codings by a language model (telaah code --assist). Review them before you trust them:',
    `#   telaah code --interactive --coder YOUR-NAME --review ${coder}`,
    `#   telaah agree --coders YOUR-NAME,${coder}`,
    stringify({ coder, assist: { model: h.model, temperature: h.temperature, seed: h.seed, prompt: h.prompt, codebook: h.codebook, context: 'the segment before' } }, { lineWidth: 0 }).trimEnd(),
    'codings: []',
    '',
  ].join('\n');
}

/** The header of an existing file: undefined when it has none (a person's file). */
export function readAssistHeader(text: string): AssistHeader | undefined {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return undefined;
  }
  const a = (doc as { assist?: Record<string, unknown> } | null)?.assist;
  if (!a || typeof a !== 'object' || typeof a.model !== 'string') return undefined;
  return { model: a.model, temperature: Number(a.temperature), seed: Number(a.seed), prompt: String(a.prompt), codebook: String(a.codebook) };
}

/** What differs between the file's header and this run's settings, e.g. `model: llama3 → qwen2.5`. */
export function headerChanges(file: AssistHeader, now: AssistHeader): string[] {
  return KEYS.filter((k) => file[k] !== now[k]).map((k) => `${k}: ${file[k]} → ${now[k]}`);
}
