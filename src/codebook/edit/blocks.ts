/**
 * Moving a code's lines in one codebook file: cut its list item out, append it to a list or as a
 * new `children:` of another code, and set or drop its `parent:` line. Text edits located with the
 * parsed document. Pure.
 */
import { isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { applyPatches, itemBlock, lineStart, reindent, replaceScalar, scalarSource, type ItemBlock, type Patch } from '../../yaml/splice.js';
import type { CodeLoc, FileLocs } from './locate.js';

export class LayoutError extends Error {}

export function blockOf(text: string, node: Node): ItemBlock {
  const b = itemBlock(text, node);
  if (!b) throw new LayoutError('its list is not written as a block list (one "- id: …" item per code)');
  return b;
}

/** Column where the keys of a mapping start. */
export function keyColumn(text: string, map: YAMLMap): number {
  const first = map.items[0]?.key as Node | undefined;
  const at = first?.range?.[0] ?? map.range![0];
  return at - lineStart(text, at);
}

/** Removes a code's item; an emptied `children:` goes with it. Returns the new text and the cut lines. */
export function cutCode(text: string, loc: CodeLoc, locs: FileLocs): { text: string; block: ItemBlock } {
  const block = blockOf(text, loc.item);
  let { start, end } = block;
  const parentChildren = loc.nestedIn ? locs.codes.get(loc.nestedIn)?.childrenPair : undefined;
  if (loc.list.items.length === 1 && parentChildren) {
    start = lineStart(text, (parentChildren.key as Node).range![0]);
  }
  if (start === 0 || text.slice(start - 2, start) === '\n\n' || loc.list.items[0] === loc.item) {
    while (end < text.length && text[end] === '\n') end++; // no double blank line where it was
  }
  return { text: applyPatches(text, [{ start, end, text: '' }]), block };
}

/** Blank line between items when the list is written that way. */
function separator(text: string, list: YAMLSeq): string {
  if (list.items.length < 2) return '';
  const a = itemBlock(text, list.items[list.items.length - 2] as Node);
  const b = itemBlock(text, list.items[list.items.length - 1] as Node);
  return a && b && text.slice(a.end, b.start).includes('\n') ? '\n' : '';
}

/** Appends a cut block as the last item of a list. */
export function appendToList(text: string, list: YAMLSeq, block: ItemBlock): string {
  if (!isSeq(list) || list.items.length === 0 || list.flow) throw new LayoutError('the list to move it into is not a block list');
  const last = blockOf(text, list.items[list.items.length - 1] as Node);
  const moved = reindent(block.text, last.indent - block.indent);
  return applyPatches(text, [{ start: last.end, end: last.end, text: separator(text, list) + moved }]);
}

/** Adds `children:` with the block to a code that has none. */
export function addChildren(text: string, parent: CodeLoc, block: ItemBlock): string {
  const pb = blockOf(text, parent.item);
  const col = keyColumn(text, parent.item);
  const moved = reindent(block.text, col + 2 - block.indent);
  return applyPatches(text, [{ start: pb.end, end: pb.end, text: `${' '.repeat(col)}children:\n${moved}` }]);
}

/**
 * The block with its `parent:` set to `parent` (added after `id:` when missing) or, with
 * undefined, its `parent:` line removed.
 */
export function setParentLine(text: string, loc: CodeLoc, block: ItemBlock, parent: string | undefined): ItemBlock {
  const patches: Patch[] = [];
  const rel = (p: Patch): Patch => ({ start: p.start - block.start, end: p.end - block.start, text: p.text });
  const pair = loc.item.items.find((p) => p.value === loc.parentNode) as Pair<Node, Node> | undefined;
  if (pair && loc.parentNode) {
    if (parent !== undefined) patches.push(rel(replaceScalar(loc.parentNode, parent)));
    else {
      const ls = lineStart(text, (pair.key as Node).range![0]);
      if (text.slice(ls, (pair.key as Node).range![0]).trim() !== '') throw new LayoutError('its `parent:` is on the `- ` line; put `id:` first');
      const le = text.indexOf('\n', loc.parentNode.range![1]) + 1;
      patches.push(rel({ start: ls, end: le, text: '' }));
    }
  } else if (parent !== undefined) {
    const idEnd = text.indexOf('\n', loc.idNode.range![1]) + 1;
    patches.push(rel({ start: idEnd, end: idEnd, text: `${' '.repeat(keyColumn(text, loc.item))}parent: ${scalarSource(parent)}\n` }));
  }
  return { ...block, text: applyPatches(block.text, patches) };
}
