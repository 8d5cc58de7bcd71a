/** out/run.json: provenance of a run — no timestamps, no absolute paths. Pure. */
import { createHash } from 'node:crypto';

export interface RunInfo {
  tool: { name: string; version: string };
  codebook: { id: string; version: string | null; sha256: string };
  inputs: { path: string; sha256: string }[];
  options: Record<string, unknown>;
  outputs: { path: string; sha256: string }[];
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** An input with its text, or only the sha256 of its text (a transcript: the corpus is not kept for this). */
export type InputRecord = { path: string; text: string } | { path: string; sha256: string };

const inputHash = (i: InputRecord): string => ('sha256' in i ? i.sha256 : sha256(i.text));

export function runJson(info: Omit<RunInfo, 'inputs' | 'outputs'>, inputs: InputRecord[], outputs: Map<string, string | Uint8Array>): string {
  const run: RunInfo = {
    ...info,
    inputs: inputs.map((i) => ({ path: i.path, sha256: inputHash(i) })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    outputs: [...outputs].map(([path, text]) => ({ path, sha256: sha256(text) })).sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
  return `${JSON.stringify(run, null, 2)}\n`;
}

/** What changed between the inputs recorded in a previous run.json and the current ones. */
export function inputChanges(previous: RunInfo | undefined, inputs: InputRecord[]): string[] {
  if (!previous) return [];
  const before = new Map(previous.inputs.map((i) => [i.path, i.sha256]));
  const now = new Map(inputs.map((i) => [i.path, inputHash(i)]));
  const out: string[] = [];
  for (const [p, h] of now) {
    if (!before.has(p)) out.push(`added: ${p}`);
    else if (before.get(p) !== h) out.push(`changed: ${p}`);
  }
  for (const p of before.keys()) if (!now.has(p)) out.push(`removed: ${p}`);
  return out.sort();
}
