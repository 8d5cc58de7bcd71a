/**
 * Parse YAML text into a document whose nodes keep their positions, and report syntax problems
 * (including duplicate keys and alias bombs) as Diagnostics. Pure: text in, document out.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { diagnostic, type Diagnostic, type Position } from '../model/diagnostic.js';
import { explainYamlError } from './syntax-messages.js';

export const MAX_ALIAS_COUNT = 100;

export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  /** Position of a node (start of its range), shifted by the line offset. */
  pos(node: Node | null | undefined): Position;
  /** Plain JS value (aliases resolved, bounded). */
  value: unknown;
}

export interface YamlResult {
  yaml?: YamlFile;
  diagnostics: Diagnostic[];
}

/**
 * @param lineOffset lines before `text` in the file (front matter starts after `---`).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlResult {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): Position => {
    const { line, col } = lc.linePos(Math.max(0, Math.min(offset, text.length)));
    return { file, line: line + lineOffset, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  let echoesTo = -1;
  for (const err of doc.errors) {
    if (err.pos[0] <= echoesTo) continue;
    const e = explainYamlError({ code: err.code, message: firstLine(err.message), offset: err.pos[0] }, text);
    if (e.spansTo !== undefined) echoesTo = e.spansTo;
    // one mistake can raise two errors at one place (a key over two lines: BLOCK_AS_IMPLICIT_KEY and MULTILINE_IMPLICIT_KEY)
    const key = `${e.offset}\0${e.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic(at(e.offset), 'yaml-syntax', 'error', e.message, e.hint));
  }
  if (diagnostics.length) return { diagnostics };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const bomb = /alias/i.test(message);
    diagnostics.push(
      diagnostic(
        at(0),
        'yaml-syntax',
        'error',
        bomb ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); refusing a possible "billion laughs" file` : firstLine(message),
        bomb ? 'write the values out instead of nesting aliases' : undefined,
      ),
    );
    return { diagnostics };
  }
  const pos = (node: Node | null | undefined): Position => at(node?.range?.[0] ?? 0);
  return { yaml: { file, doc, pos, value }, diagnostics };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Follows an alias to its target node. */
export function deref(doc: Document.Parsed, node: unknown): Node | null {
  if (isAlias(node)) return (node.resolve(doc) as Node | undefined) ?? null;
  return (node as Node | null) ?? null;
}

export function mapPairs(doc: Document.Parsed, node: unknown): Pair<Node, Node>[] | null {
  const n = deref(doc, node);
  return isMap(n) ? ((n as YAMLMap<Node, Node>).items as Pair<Node, Node>[]) : null;
}

export function keyOf(pair: Pair<Node, Node>): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

export { isMap, isScalar, isSeq };

/**
 * What a value is when it is not text — "a number", "true/false", "a list", "a mapping" — for
 * "must be text, not …" messages; undefined for text, and for an empty value (null, `~`, nothing).
 */
export function nonTextKind(node: Node | null): string | undefined {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'number' || typeof v === 'bigint' ? 'a number' : typeof v === 'boolean' ? 'true/false' : undefined;
}
