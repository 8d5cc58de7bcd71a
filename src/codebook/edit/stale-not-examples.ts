/**
 * After a merge, a not-example of the merged code can describe exactly what the code now includes
 * ("this is trust, not dialogue", once trust is merged into dialogue). Those not-examples are turned
 * into comments with a note, so nothing a person wrote is lost and the codebook lints clean. Pure.
 */
import { DEFAULT_MIN_CONFIDENCE } from '../../project/config.js';
import { isMap, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { compileCodebook } from '../compile.js';
import { autoCodes } from '../../passes/code.js';
import { applyPatches, itemBlock, lineStart, type Patch } from '../../yaml/splice.js';
import type { CodeLoc } from './locate.js';
import type { ParsedFile } from './set.js';
import type { Codebook } from '../../model/codebook.js';

function commentOut(text: string, start: number, end: number, note: string): Patch {
  const lines = text.slice(start, end).replace(/\n$/, '').split('\n');
  const indent = lines[0]!.length - lines[0]!.trimStart().length;
  const pad = ' '.repeat(indent);
  return { start, end, text: `${pad}# ${note}\n${lines.map((l) => `${pad}# ${l.slice(Math.min(indent, l.length - l.trimStart().length))}`).join('\n')}\n` };
}

function pairSpan(text: string, pair: Pair): [number, number] {
  const start = lineStart(text, (pair.key as Node).range![0]);
  const valueEnd = (pair.value as Node).range![1];
  const nl = text.indexOf('\n', Math.max(start, valueEnd - 1));
  return [start, nl < 0 ? text.length : nl + 1];
}

/** Returns the file's new text and how many not-examples became comments. */
export function retireNotExamples(merged: Codebook, file: ParsedFile, loc: CodeLoc, note: string): { text: string; count: number } {
  const code = merged.codes.find((c) => c.id === loc.id);
  if (!code || !code.notExamples.length) return { text: file.src.text, count: 0 };
  const matcher = compileCodebook(merged);
  const stale = new Set(code.notExamples.filter((ex) => autoCodes(ex.text, ex.lang, matcher, { minConfidence: DEFAULT_MIN_CONFIDENCE }).some((a) => a.code === code.id)).map((ex) => `${ex.lang}\u0000${ex.text}`));
  if (!stale.size) return { text: file.src.text, count: 0 };
  const text = file.src.text;
  const fieldPair = loc.item.items.find((p) => String((p.key as { value?: unknown }).value) === 'not_examples');
  const map = fieldPair?.value as YAMLMap | undefined;
  if (!fieldPair || !isMap(map)) return { text, count: 0 };
  const itemPatches: Patch[] = [];
  const wholeLangs: Pair[] = [];
  let count = 0;
  for (const langPair of map.items) {
    const lang = String((langPair.key as { value?: unknown }).value);
    const seq = langPair.value;
    if (!isSeq(seq)) continue;
    const hit = seq.items.filter((i) => stale.has(`${lang}\u0000${String((i as { value?: unknown }).value)}`));
    if (!hit.length) continue;
    count += hit.length;
    const blocks = seq.flow ? [] : hit.map((i) => itemBlock(text, i as Node));
    // a list left empty would be invalid: then the whole language goes into the comment
    if (hit.length === seq.items.length || seq.flow || blocks.some((b) => !b)) wholeLangs.push(langPair);
    else for (const b of blocks) itemPatches.push(commentOut(text, b!.start, b!.end, note));
  }
  const span = (pair: Pair) => pairSpan(text, pair);
  const final = wholeLangs.length === map.items.length
    ? [commentOut(text, ...span(fieldPair), note)]
    : [...itemPatches, ...wholeLangs.map((p) => commentOut(text, ...span(p), note))];
  return { text: applyPatches(text, final), count };
}
