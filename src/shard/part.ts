/**
 * Partial outputs of a sharded run (`telaah code --shard I/N`) and putting them back together
 * (`telaah merge`). A part is JSON Lines: a header (everything the corpus-level stage needs that
 * is not per transcript: codebook, settings, the other inputs, coders), then one record per
 * transcript of the shard (the transcript, its reduced and coded segments, its manual codings).
 * Merging checks the parts belong together and rebuilds exactly the analysis one process makes.
 * Pure: text in, data and Diagnostics out.
 */
import type { CodeAssignment } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Transcript } from '../model/transcript.js';
import type { TranscriptResult } from '../passes/pipeline.js';
import type { AutoMode } from '../project/config.js';

export const PART_FORMAT = 'telaah-part';
export const PART_FORMAT_VERSION = 1;

export interface PartSettings {
  lang: 'id' | 'en';
  auto: AutoMode;
  minConfidence: number;
  minGroups: number;
  minMethods: number;
}

export interface PartHeader {
  format: typeof PART_FORMAT;
  formatVersion: number;
  tool: string;
  shard: { index: number; count: number };
  codebookSha256: string;
  settings: PartSettings;
  /** The options recorded in run.json. */
  options: Record<string, unknown>;
  codebook: Codebook;
  codebookText: string;
  /** Ids of every transcript of the project, in project order. */
  transcripts: string[];
  /** Every input path in project order; the texts of those that are not transcripts. */
  inputOrder: string[];
  inputs: { path: string; text: string }[];
  coders: string[];
  diagnostics: Diagnostic[];
}

export interface PartRecord {
  /** Position of the transcript in the project. */
  index: number;
  transcript: Transcript;
  result: TranscriptResult;
  /** Manual codings of its segments. */
  manual: [string, CodeAssignment[]][];
}

export interface Part {
  file: string;
  header: PartHeader;
  records: PartRecord[];
}

/** Which shard a transcript (by its position in the project) belongs to. */
export function shardOf(index: number, count: number): number {
  return index % count;
}

/** Indices of the transcripts of shard `index` of `count`. */
export function shardIndices(total: number, index: number, count: number): number[] {
  return Array.from({ length: total }, (_, i) => i).filter((i) => shardOf(i, count) === index);
}

/** `I/N` with 0 ≤ I < N → the shard, else undefined. */
export function parseShard(spec: string): { index: number; count: number } | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index < count ? { index, count } : undefined;
}

export function partFileName(shard: { index: number; count: number }): string {
  return `part-${shard.index}-of-${shard.count}.jsonl`;
}

export function partJsonl(header: PartHeader, records: PartRecord[]): string {
  return [header, ...records].map((x) => `${JSON.stringify(x)}\n`).join('');
}

/** Reads a part file's text; a file that is not a part (or is cut short) gives a Diagnostic. */
export function parsePart(text: string, file: string): { part?: Part; diagnostics: Diagnostic[] } {
  const bad = (line: number, message: string, hint?: string) =>
    ({ diagnostics: [diagnostic({ file, line, column: 1 }, 'merge-part', 'error', message, hint)] });
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let header: PartHeader;
  try {
    header = JSON.parse(lines[0] ?? '') as PartHeader;
  } catch {
    return bad(1, 'not a telaah part file (no header)', 'give the part-I-of-N.jsonl files written by `telaah code --shard I/N`');
  }
  if (header?.format !== PART_FORMAT) return bad(1, 'not a telaah part file', 'give the part-I-of-N.jsonl files written by `telaah code --shard I/N`');
  if (header.formatVersion !== PART_FORMAT_VERSION) {
    return bad(1, `part format version ${String(header.formatVersion)} is not the one this telaah reads (${PART_FORMAT_VERSION})`, 'run the shards and the merge with the same telaah version');
  }
  const records: PartRecord[] = [];
  for (let i = 1; i < lines.length; i++) {
    try {
      records.push(JSON.parse(lines[i]!) as PartRecord);
    } catch {
      return bad(i + 1, 'this line of the part is not valid JSON (was the file cut short?)', 'run this shard again');
    }
  }
  return { part: { file, header, records }, diagnostics: [] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Do the parts belong together and cover every transcript exactly once? Same telaah version,
 * codebook, settings and inputs; every shard of N present once; each record in its own shard.
 */
export function checkParts(parts: Part[], version: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (file: string, line: number, message: string, hint?: string) =>
    out.push(diagnostic({ file, line, column: 1 }, 'merge-part', 'error', message, hint));
  if (parts.length === 0) return out;
  const first = parts[0]!;
  const h0 = first.header;
  const seen = new Map<number, string>();
  for (const p of parts) {
    const h = p.header;
    if (h.tool !== version) err(p.file, 1, `made by telaah ${h.tool}; this is telaah ${version}`, 'run the shards and the merge with the same telaah version');
    if (p !== first) {
      const rerun = 'every shard must be run on the same project with the same options; run the shards again';
      if (h.shard.count !== h0.shard.count) err(p.file, 1, `is one of ${h.shard.count} shards, but ${first.file} is one of ${h0.shard.count}`, rerun);
      else if (h.codebookSha256 !== h0.codebookSha256) err(p.file, 1, `was coded with another codebook than ${first.file} (sha256 differs)`, rerun);
      else if (!same(h.settings, h0.settings) || !same(h.options, h0.options)) err(p.file, 1, `was coded with other options than ${first.file}`, rerun);
      else if (!same(h.transcripts, h0.transcripts) || !same(h.inputOrder, h0.inputOrder) || !same(h.inputs, h0.inputs)) {
        err(p.file, 1, `was made from other inputs than ${first.file}: ${whichInputsDiffer(h, h0)}`, rerun);
      }
    }
    const prev = seen.get(h.shard.index);
    if (prev !== undefined) err(p.file, 1, `shard ${h.shard.index}/${h.shard.count} is given twice (also ${prev})`, 'give each part once');
    seen.set(h.shard.index, p.file);
  }
  if (out.length) return out;
  const count = h0.shard.count;
  for (let i = 0; i < count; i++) {
    if (!seen.has(i)) err(first.file, 1, `shard ${i}/${count} is missing`, `run \`telaah code PROJECT --shard ${i}/${count}\` and give its part too`);
  }
  for (const p of parts) {
    const want = shardIndices(h0.transcripts.length, p.header.shard.index, count);
    const got = p.records.map((r) => r.index);
    p.records.forEach((r, k) => {
      if (h0.transcripts[r.index] !== r.transcript?.meta?.id) err(p.file, k + 2, `record ${k + 1} is not transcript ${String(h0.transcripts[r.index])} of the project`, 'run this shard again');
    });
    if (!same(got, want)) err(p.file, 1, `holds transcripts ${got.join(', ') || 'none'} but shard ${p.header.shard.index}/${count} is ${want.join(', ') || 'none'} (incomplete or overlapping)`, 'run this shard again');
  }
  return out;
}

/**
 * Which inputs two parts disagree on, by path (telaah.yaml, the codebook, its reference passages,
 * codings files): those only one has, and those whose texts differ; else the transcripts or the order.
 */
function whichInputsDiffer(a: PartHeader, b: PartHeader): string {
  const textOf = (h: PartHeader) => new Map(h.inputs.map((i) => [i.path, i.text]));
  const [ta, tb] = [textOf(a), textOf(b)];
  const [inA, inB] = [new Set([...a.inputOrder, ...ta.keys()]), new Set([...b.inputOrder, ...tb.keys()])];
  const paths = [...new Set([...inA, ...inB])].filter((f) => inA.has(f) !== inB.has(f) || ta.get(f) !== tb.get(f));
  if (!paths.length) return !same(a.transcripts, b.transcripts) ? 'the transcripts differ' : 'the inputs are in another order';
  const shown = paths.length > 4 ? [...paths.slice(0, 3), `${paths.length - 3} more`] : paths;
  return `${shown.slice(0, -1).join(', ')}${shown.length > 1 ? ' and ' : ''}${shown.at(-1)!} ${paths.length > 1 ? 'differ' : 'differs'}`;
}

/** Parts that passed checkParts → the project's transcripts and results in project order, and the manual codings. */
export function joinParts(parts: Part[]): { header: PartHeader; transcripts: Transcript[]; results: TranscriptResult[]; manual: Map<string, CodeAssignment[]> } {
  const records = parts.flatMap((p) => p.records).sort((a, b) => a.index - b.index);
  const manual = new Map<string, CodeAssignment[]>();
  for (const r of records) for (const [id, list] of r.manual) manual.set(id, list);
  return { header: parts[0]!.header, transcripts: records.map((r) => r.transcript), results: records.map((r) => r.result), manual };
}
