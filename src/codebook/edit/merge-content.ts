/**
 * Merging one code's keywords, examples and inclusion criteria into another's, so
 * the merged code still finds what both found. Items already there are not repeated. Text edits
 * at the end of each list; the rest of the file is left as written. Pure.
 */
import { isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { applyPatches, itemBlock, reindent, type Patch } from '../../yaml/splice.js';
import { keyColumn, LayoutError } from './blocks.js';

// not_examples and exclude stay behind: what one code excludes is often exactly what the other includes
export const MERGED_FIELDS = ['keywords', 'examples', 'include'] as const;

const json = (n: unknown): unknown => (n && typeof (n as Node).toJSON === 'function' ? (n as Node).toJSON() : n);
/** Keywords are the same when their terms are; other items when their text is. */
function itemKey(n: unknown): string {
  const v = json(n);
  return JSON.stringify(v && typeof v === 'object' && 'term' in v ? (v as { term: unknown }).term : v);
}

/** An item as written when it fits on one line, else as JSON (which YAML reads the same). */
function source(text: string, item: unknown): string {
  const r = (item as Node).range;
  const s = r ? text.slice(r[0], r[1]) : '';
  return s && !s.includes('\n') ? s : JSON.stringify(json(item));
}

/** The items as block-list lines with the `-` at column 0. */
function asLines(text: string, seq: YAMLSeq, items: unknown[]): string {
  return items.map((item) => {
    const b = seq.flow ? undefined : itemBlock(text, item as Node);
    return b ? reindent(b.text, -b.indent) : `- ${source(text, item)}\n`;
  }).join('');
}

const endOfLine = (text: string, offset: number): number => {
  const nl = text.indexOf('\n', Math.max(0, offset - 1));
  return nl < 0 ? text.length : nl + 1;
};

export function mergeContent(cText: string, cItem: YAMLMap, xText: string, xItem: YAMLMap): { text: string; added: number } {
  // at one offset: items appended to a list first, then new languages, then new fields
  const inserts: { at: number; prio: number; s: string }[] = [];
  const add = (at: number, s: string, prio = 0) => inserts.push({ at, prio, s });
  const patches: Patch[] = [];
  let added = 0;
  const itemEnd = (() => {
    const b = itemBlock(cText, cItem);
    if (!b) throw new LayoutError('the code to merge into is not a block list item');
    return b.end;
  })();
  const col = keyColumn(cText, cItem);
  for (const field of MERGED_FIELDS) {
    const xMap = xItem.get(field, true);
    if (!isMap(xMap)) continue;
    const cMap = cItem.get(field, true);
    for (const pair of xMap.items) {
      const lang = String(json(pair.key));
      const xSeq = pair.value;
      if (!isSeq(xSeq)) continue;
      const cSeq = isMap(cMap) ? cMap.get(lang, true) : undefined;
      const have = new Set(isSeq(cSeq) ? cSeq.items.map(itemKey) : []);
      const fresh = xSeq.items.filter((i) => !have.has(itemKey(i)) && have.add(itemKey(i)));
      if (!fresh.length) continue;
      added += fresh.length;
      if (isSeq(cSeq) && cSeq.flow) {
        const close = cText.lastIndexOf(']', cSeq.range![1]);
        patches.push({ start: close, end: close, text: `${cSeq.items.length ? ', ' : ''}${fresh.map((i) => source(xText, i)).join(', ')}` });
      } else if (isSeq(cSeq) && cSeq.items.length) {
        const last = itemBlock(cText, cSeq.items[cSeq.items.length - 1] as Node);
        if (!last) throw new LayoutError(`\`${field}.${lang}\` is not a block list`);
        add(last.end, reindent(asLines(xText, xSeq, fresh), last.indent));
      } else if (isMap(cMap) && !cMap.flow && !cSeq) {
        const mcol = keyColumn(cText, cMap);
        add(endOfLine(cText, cMap.range![1]), `${' '.repeat(mcol)}${lang}:\n${reindent(asLines(xText, xSeq, fresh), mcol + 2)}`, 1);
      } else if (!cMap) {
        add(itemEnd, `${' '.repeat(col)}${field}:\n${' '.repeat(col + 2)}${lang}:\n${reindent(asLines(xText, xSeq, fresh), col + 4)}`, 2);
      } else {
        throw new LayoutError(`write \`${field}\` of the code to merge into as a block mapping (one language per line) first`);
      }
    }
  }
  const byAt = new Map<number, string>();
  for (const i of inserts.sort((a, b) => a.prio - b.prio)) byAt.set(i.at, (byAt.get(i.at) ?? '') + i.s);
  for (const [at, s] of byAt) patches.push({ start: at, end: at, text: s });
  return { text: applyPatches(cText, patches), added };
}

