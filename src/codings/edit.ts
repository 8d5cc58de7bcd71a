/**
 * Adding decisions to a codings file's text, keeping every byte a person wrote (comments, spacing,
 * wrapped quotes, blank lines, line ends): the new entries are inserted as text after the last item
 * of the `codings:` (or `decided:`) list, or the list is added at the end. The result is parsed
 * again and must hold the old entries plus the new ones, else nothing is returned. Pure: text in,
 * text out.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parse, parseDocument, stringify, type Pair } from 'yaml';

export interface NewCoding {
  transcript: string;
  code: string;
  quote: string;
  memo?: string;
  polarity?: 'support' | 'limit';
  line: number;
  prefix?: string;
  suffix?: string;
}

/** A segment decided with no code at all (so a resumed session does not show it again). */
export interface NewDecision {
  transcript: string;
  quote: string;
  line: number;
  memo?: string;
}

/** The new text, or why the file could not be added to (then nothing should be written). */
export type Appended = { text: string; problem?: undefined } | { text?: undefined; problem: string };

export function appendDecisions(text: string | undefined, coder: string, codings: NewCoding[], decided: NewDecision[]): Appended {
  const lists = { codings: codings.map(clean), decided: decided.map(clean) };
  if (!text || !text.trim()) {
    let out = `coder: ${coder}\n`;
    for (const [key, items] of Object.entries(lists)) if (items.length) out += `${key}:\n${block(items, '  ')}`;
    if (!lists.codings.length) out += 'codings: []\n';
    return checked({ coder, codings: [] }, out, lists);
  }
  const doc = parseDocument(text);
  if (doc.errors.length) return { problem: `the file is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it by hand first` };
  if (!isMap(doc.contents)) return { problem: 'the file is not a mapping of keys; fix it by hand first' };
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  let out = text;
  if (!doc.has('coder')) out = atEnd(out, `coder: ${coder}\n`, eol);
  for (const [key, items] of Object.entries(lists)) {
    if (items.length) out = appendList(out, key, items, eol);
  }
  return checked(parse(text) ?? {}, out, lists);
}

/** `items` added to the top-level list `key` of `text` (which parses as a mapping), as text. */
function appendList(text: string, key: string, items: Record<string, unknown>[], eol: string): string {
  const doc = parseDocument(text);
  const pair = (doc.contents as { items: Pair[] }).items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair) return atEnd(text, `${key}:\n${block(items, '  ')}`, eol);
  const v = pair.value;
  if (isSeq(v) && !v.flow && v.items.length && v.range) {
    const first = v.items[0] as { range?: [number, number, number] } | null;
    const last = v.items[v.items.length - 1] as { range?: [number, number, number] } | null;
    const dash = text.lastIndexOf('-', first?.range?.[0] ?? v.range[0]);
    const indent = ' '.repeat(dash - (text.lastIndexOf('\n', dash) + 1));
    return insertAfterLine(text, last?.range?.[1] ?? v.range[1], block(items, indent), eol);
  }
  if (isSeq(v) && v.flow && v.range) {
    const close = text.lastIndexOf(']', v.range[1]);
    if (!v.items.length) return `${text.slice(0, v.range[0]).replace(/[ \t]+$/, '')}${eol}${lines(block(items, '  '), eol)}${text.slice(close + 1).replace(/^\r?\n/, '')}`;
    return `${text.slice(0, close)}, ${items.map((i) => JSON.stringify(i)).join(', ')}${text.slice(close)}`;
  }
  if (v === null || v === undefined || (isScalar(v) && v.value === null)) {
    const keyEnd = (pair.key as { range?: [number, number, number] }).range?.[1] ?? 0;
    return insertAfterLine(text, keyEnd, block(items, '  '), eol);
  }
  return text; // not a list: the check below refuses
}

/** The items as a block list, each line indented. */
function block(items: Record<string, unknown>[], indent: string): string {
  return stringify(items, { lineWidth: 0 }).split('\n').map((l) => (l ? indent + l : l)).join('\n');
}

function lines(s: string, eol: string): string {
  return eol === '\n' ? s : s.replace(/\n/g, eol);
}

/** `add` inserted at the start of the line after the one holding offset `at`. */
function insertAfterLine(text: string, at: number, add: string, eol: string): string {
  const nl = text.indexOf('\n', Math.max(0, at - 1));
  if (nl < 0) return `${text}${eol}${lines(add, eol)}`;
  return text.slice(0, nl + 1) + lines(add, eol) + text.slice(nl + 1);
}

function atEnd(text: string, add: string, eol: string): string {
  return `${text}${text.endsWith('\n') ? '' : eol}${lines(add, eol)}`;
}

/** The new text only when it parses to the old content plus the new entries. */
function checked(old: Record<string, unknown>, after: string, lists: Record<string, Record<string, unknown>[]>): Appended {
  const refuse = { problem: 'adding to the file as text would change what is in it; add the entries by hand, or tidy the file and try again' };
  let now: Record<string, unknown>;
  try {
    now = parse(after);
  } catch {
    return refuse;
  }
  if (!now || typeof now !== 'object') return refuse;
  for (const k of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (k === 'coder' && old[k] === undefined) continue;
    const extra = lists[k];
    const want = extra?.length ? [...((old[k] as unknown[] | null) ?? []), ...extra] : old[k];
    if (!isDeepStrictEqual(now[k], want)) return refuse;
  }
  return { text: after };
}

function clean(o: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
}
