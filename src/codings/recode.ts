/**
 * Renaming codes inside a codings file after the codebook changed: every `code:` that was renamed
 * or merged gets its new id, in place (the rest of the file stays as written). When a merge leaves
 * one coder with the same code twice on one segment, the later entries go; their memos are kept
 * in the first, and so is `polarity: limit` if any of them had it (as the analysis counts such
 * duplicates: once, as a limit if any says limit). Pure: text in, text out.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Alias, type Node, type Scalar, type YAMLMap } from 'yaml';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { applyPatches, itemBlock, replaceScalar, scalarSource, withNewline, type Patch } from '../yaml/splice.js';
import type { AnchorHints } from './anchor.js';
import { parseCodings } from './parse.js';

/** What places a coding in its transcript: the quote and every anchor hint it stores. */
export interface CodingRef extends AnchorHints {
  transcript: string;
  quote: string;
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
  /** The `code:` value, or an alias of one (`code: *dialog`): a renamed alias becomes the new id. */
  code: Scalar | Alias;
  old: string;
  now: string;
  ref: CodingRef;
  memo?: Scalar;
  polarity?: Scalar;
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
    const value = isAlias(code) ? code.resolve(doc) : code;
    if (!isScalar(value) || !(isScalar(code) || isAlias(code))) continue;
    const old = String(value.value);
    const memo = item.get('memo', true);
    const polarity = item.get('polarity', true);
    entries.push({ item, code, old, now: recode.get(old) ?? old, ref: refOf(item), ...(isScalar(memo) ? { memo } : {}), ...(isScalar(polarity) ? { polarity } : {}) });
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
    // only duplicates a merge made: two codes became one. Two codings of one code on a segment were
    // there before the edit (a rename cannot make them): they stay, as the coder wrote them
    if (group.length < 2 || new Set(group.map((e) => e.old)).size < 2) continue;
    const [kept, ...rest] = group as [Entry, ...Entry[]];
    const memos = [kept.memo?.value, ...rest.map((e) => e.memo?.value)].filter((m): m is string => typeof m === 'string' && m.trim() !== '');
    const joined = [...new Set(memos)].join(' / ');
    const added: [string, string][] = [];
    if (joined && joined !== kept.memo?.value) {
      if (kept.memo) patches.push(replaceScalar(kept.memo, joined));
      else added.push(['memo', joined]);
    }
    if (kept.polarity?.value !== 'limit' && rest.some((e) => e.polarity?.value === 'limit')) {
      if (kept.polarity) patches.push(replaceScalar(kept.polarity, 'limit'));
      else added.push(['polarity', 'limit']);
    }
    if (added.length) patches.push(addKeys(text, kept, added));
    for (const e of rest) {
      const block = itemBlock(text, e.item);
      // a flow-style list, or an entry holding an anchor (&name) other entries may use: leave the
      // duplicate (it is counted once anyway)
      if (!block || /(^|[\s[{,])&[^\s,[\]{}]+/.test(text.slice(block.start, block.end))) continue;
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

function refOf(item: YAMLMap): CodingRef {
  const get = (k: string) => (item.get(k) as unknown);
  const text = (k: string) => (typeof get(k) === 'string' || typeof get(k) === 'number' ? String(get(k)) : undefined);
  const ref: CodingRef = { transcript: text('transcript') ?? '', quote: text('quote') ?? '' };
  for (const k of ['prefix', 'suffix'] as const) if (text(k) !== undefined) ref[k] = text(k);
  for (const k of ['line', 'offset'] as const) if (typeof get(k) === 'number') ref[k] = get(k) as number;
  return ref;
}

/** A patch adding `key: value` pairs to an entry: inside the braces of an inline `{ }` entry, else as lines after its `code:`. */
function addKeys(text: string, e: Entry, pairs: [string, string][]): Patch {
  const source = pairs.map(([k, v]) => `${k}: ${scalarSource(v, null)}`);
  if (e.item.flow) {
    const close = text.lastIndexOf('}', e.item.range![1] - 1);
    const at = text.slice(0, close).trimEnd().length;
    return { start: at, end: at, text: source.map((p) => `, ${p}`).join('') };
  }
  const at = text.indexOf('\n', e.code.range![1]) + 1;
  const key = (e.item.items[0]!.key as Node).range![0];
  const col = key - (text.lastIndexOf('\n', key - 1) + 1);
  return { start: at, end: at, text: source.map((p) => `${' '.repeat(col)}${p}\n`).join('') };
}

/**
 * Why a recoded codings text must not be written: it no longer parses, or it does not hold the
 * codings it should (those before, less the duplicates removed). Empty when it is fine.
 */
export function recodedProblems(before: string, after: string, removed: number, file: string): Diagnostic[] {
  const at = { file, line: 1, column: 1 };
  const hint = 'nothing was changed; please report this as a telaah bug, and rename the codes in this file by hand meanwhile';
  const old = parseCodings(before, file, 'coder').codings?.codings.length ?? 0;
  const parsed = parseCodings(after, file, 'coder');
  const error = parsed.diagnostics.find((d) => d.severity === 'error');
  if (error || !parsed.codings) {
    return [diagnostic(at, 'codebook-edit', 'error', `after this edit the codings file would no longer be readable (${error?.message ?? 'no codings'}), so nothing was written`, hint)];
  }
  const now = parsed.codings.codings.length;
  if (now !== old - removed) {
    return [diagnostic(at, 'codebook-edit', 'error', `after this edit the codings file would not hold the codings it should (${old} coding${old === 1 ? '' : 's'} before, ${now} after, ${removed} removed as duplicates), so nothing was written`, hint)];
  }
  return [];
}
