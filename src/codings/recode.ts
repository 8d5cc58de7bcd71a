/**
 * Renaming codes inside a codings file after the codebook changed: every `code:` that was renamed
 * or merged gets its new id, in place (the rest of the file stays as written). When a merge leaves
 * one coder with the same code twice on one segment, the later entries go and their memos are kept
 * in the first. Pure: text in, text out.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar, type YAMLMap } from 'yaml';
import { applyPatches, itemBlock, replaceScalar, scalarSource, withNewline, type Patch } from '../yaml/splice.js';

export interface CodingRef {
  transcript: string;
  quote: string;
  line?: number;
}

export interface RecodeResult {
  text: string;
  /** `code:` values changed, per old id. */
  renamed: Map<string, number>;
  /** Entries removed as duplicates: line in the old file, code, and the line of the entry kept. */
  removed: { line: number; code: string; keptLine: number }[];
}

interface Entry {
  item: YAMLMap;
  code: Scalar;
  old: string;
  now: string;
  ref: CodingRef;
  memo?: Scalar;
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/**
 * @param segmentOf which segment a coding falls on (undefined when its quote is not found; then
 *   only entries with the same quote count as the same place)
 */
export function recodeCodings(input: string, recode: Map<string, string>, segmentOf: (ref: CodingRef) => string | undefined): RecodeResult {
  const text = withNewline(input);
  const doc = parseDocument(text);
  const out: RecodeResult = { text: input, renamed: new Map(), removed: [] };
  const list = isMap(doc.contents) ? doc.contents.get('codings', true) : undefined;
  if (!isSeq(list)) return out;
  const entries: Entry[] = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const code = item.get('code', true);
    if (!isScalar(code)) continue;
    const old = String(code.value);
    const get = (k: string) => (item.get(k) as unknown);
    const ref: CodingRef = { transcript: String(get('transcript') ?? ''), quote: String(get('quote') ?? '') };
    if (typeof get('line') === 'number') ref.line = get('line') as number;
    const memo = item.get('memo', true);
    entries.push({ item, code, old, now: recode.get(old) ?? old, ref, ...(isScalar(memo) ? { memo } : {}) });
  }
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const where = segmentOf(e.ref) ?? `${e.ref.transcript}|${e.ref.quote}`;
    const k = `${where}|${e.now}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const patches: Patch[] = [];
  const dropped = new Set<Entry>();
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((e) => e.old !== e.now)) continue; // only duplicates the merge made
    const [kept, ...rest] = group as [Entry, ...Entry[]];
    const memos = [kept.memo?.value, ...rest.map((e) => e.memo?.value)].filter((m): m is string => typeof m === 'string' && m.trim() !== '');
    const joined = [...new Set(memos)].join(' / ');
    if (joined && joined !== kept.memo?.value) {
      if (kept.memo) patches.push(replaceScalar(kept.memo, joined));
      else {
        const at = text.indexOf('\n', kept.code.range![1]) + 1;
        const col = (kept.item.items[0]!.key as Node).range![0] - (text.lastIndexOf('\n', (kept.item.items[0]!.key as Node).range![0] - 1) + 1);
        patches.push({ start: at, end: at, text: `${' '.repeat(col)}memo: ${scalarSource(joined, null)}\n` });
      }
    }
    for (const e of rest) {
      const block = itemBlock(text, e.item);
      if (!block) continue; // a flow-style list: leave the duplicate (it is counted once anyway)
      dropped.add(e);
      patches.push({ start: block.start, end: block.end, text: '' });
      out.removed.push({ line: lineAt(text, block.start), code: e.now, keptLine: lineAt(text, kept.item.range![0]) });
    }
  }
  for (const e of entries) {
    if (e.old === e.now || dropped.has(e)) continue;
    patches.push(replaceScalar(e.code, e.now));
    out.renamed.set(e.old, (out.renamed.get(e.old) ?? 0) + 1);
  }
  for (const e of dropped) if (e.old !== e.now) out.renamed.set(e.old, (out.renamed.get(e.old) ?? 0) + 1);
  if (patches.length) out.text = applyPatches(text, patches);
  return out;
}
