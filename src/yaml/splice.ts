/**
 * Editing YAML text in place: replace a scalar, cut or insert the lines of a block-list item,
 * re-indent a block. The rest of the file stays byte for byte as the person wrote it (the yaml
 * library's own printer would re-wrap folded text and re-space flow lists). Pure: text in, text out.
 */
import { isMap, isScalar, parse, parseDocument, Scalar, type Node } from 'yaml';

export interface Patch {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping patches (any order); a zero-length patch inserts. */
export function applyPatches(text: string, patches: Patch[]): string {
  const sorted = [...patches].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const p of sorted) {
    if (p.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, p.start) + p.text + out.slice(p.end);
    limit = p.start;
  }
  return out;
}

/** The text a scalar should be written as, in the node's own quoting style where it has one. */
export function scalarSource(value: string, node?: Node | null): string {
  const type = node instanceof Scalar ? node.type : undefined;
  if (type === Scalar.QUOTE_SINGLE && !value.includes("'")) return `'${value}'`;
  if (type !== Scalar.QUOTE_DOUBLE && type !== Scalar.QUOTE_SINGLE && isPlainSafe(value)) return value;
  return JSON.stringify(value);
}

function isPlainSafe(value: string): boolean {
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u.test(value) || value.endsWith(' ')) return false;
  try {
    return parse(value) === value; // "true", "null", "12" would read back as something else
  } catch {
    return false;
  }
}

/** A patch replacing a scalar node's value. */
export function replaceScalar(node: Node, value: string): Patch {
  const [start, end] = node.range!;
  return { start, end, text: scalarSource(value, node) };
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlank = (line: string): boolean => line.trim() === '';

/** The lines of one item of a block list: from its `- ` line to its last non-blank line. */
export interface ItemBlock {
  start: number;
  end: number;
  /** Column of the `-`. */
  indent: number;
  text: string;
}

/**
 * The block of a list item given the node after `- `, or undefined when the layout is not a plain
 * block list (a flow list `[...]`, or `-` alone on its line).
 */
export function itemBlock(text: string, item: Node): ItemBlock | undefined {
  const at = item.range?.[0];
  if (at === undefined) return undefined;
  const start = lineStart(text, at);
  const head = text.slice(start, at);
  if (!/^ *- +$/.test(head)) return undefined;
  const indent = indentOf(head);
  let end = lineEnd(text, at);
  let lastContent = end;
  while (end < text.length) {
    const next = lineEnd(text, end);
    const line = text.slice(end, next).replace(/\n$/, '');
    if (!isBlank(line) && indentOf(line) <= indent) break;
    end = next;
    if (!isBlank(line)) lastContent = end;
  }
  return { start, end: lastContent, indent, text: text.slice(start, lastContent) };
}

/** Shifts every non-blank line of a block by `delta` columns (negative: left, never past column 0). */
export function reindent(block: string, delta: number): string {
  if (delta === 0) return block;
  return block
    .split('\n')
    .map((line) => {
      if (isBlank(line)) return line;
      if (delta > 0) return ' '.repeat(delta) + line;
      const cut = Math.min(-delta, indentOf(line));
      return line.slice(cut);
    })
    .join('\n');
}

/** A patch that removes a block's lines (the whole lines, with their line ends). */
export function cutBlock(b: ItemBlock): Patch {
  return { start: b.start, end: b.end, text: '' };
}

/** Offset just after the end of the line that holds `offset` (for inserting lines after it). */
export function afterLine(text: string, offset: number): number {
  return lineEnd(text, Math.max(0, offset - 1));
}

/** Ensures text ends with a newline so inserted lines start on their own line. */
export function withNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}

/**
 * Sets a top-level key of a one-document YAML mapping to a plain string, changing as little text as
 * possible: the scalar in place when the key is there; else a line appended to a block mapping;
 * else (a flow mapping `{…}`, a file ending in `...`, an empty file) through the yaml library's
 * printer, which keeps comments but may re-space the file. Each result is parsed back and kept
 * only if it is the same data with the key set: undefined when no way gives that.
 */
export function setTopLevelString(text: string, key: string, value: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length || !(doc.contents === null || isMap(doc.contents))) return undefined;
  const expected = JSON.stringify({ ...((doc.toJS() as Record<string, unknown> | null) ?? {}), [key]: value });
  const same = (candidate: string): boolean => {
    const back = parseDocument(candidate);
    return back.errors.length === 0 && isMap(back.contents) && JSON.stringify(back.toJS()) === expected;
  };
  const node = isMap(doc.contents) ? doc.contents.get(key, true) : undefined;
  const candidates = [
    ...(isScalar(node) ? [applyPatches(text, [replaceScalar(node, value)])] : []),
    ...(node === undefined ? [`${withNewline(text)}${key}: ${scalarSource(value)}\n`] : []),
  ];
  for (const c of candidates) if (same(c)) return c;
  doc.set(key, value);
  const printed = String(doc);
  return same(printed) ? printed : undefined;
}
