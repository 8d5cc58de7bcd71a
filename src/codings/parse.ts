/** Parses a `codings/<coder>.yaml` file (pure): coder name and a list of codings with positions. */
import type { Node } from 'yaml';
import type { CodingsFile, Decided, ManualCoding } from '../model/coding.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { deref, isScalar, isSeq, keyOf, mapPairs, parseYaml, type YamlFile } from '../yaml/document.js';

const ENTRY_KEYS = ['transcript', 'code', 'quote', 'memo', 'polarity', 'line', 'prefix', 'suffix', 'offset'];

export function parseCodings(text: string, file: string, defaultCoder: string): { codings?: CodingsFile; diagnostics: Diagnostic[] } {
  const { yaml, diagnostics } = parseYaml(text, file);
  if (!yaml) return { diagnostics };
  const err = (node: Node | null | undefined, message: string, hint?: string) =>
    diagnostics.push(diagnostic(yaml.pos(node), 'codings', 'error', message, hint));
  const out: CodingsFile = { file, coder: defaultCoder, codings: [], decided: [] };
  const pairs = mapPairs(yaml.doc, yaml.doc.contents);
  if (!pairs) {
    err(yaml.doc.contents, 'a codings file must have `coder:` and a `codings:` list');
    return { diagnostics };
  }
  let list: Node | null = null;
  for (const pair of pairs) {
    const key = keyOf(pair);
    if (key === 'coder') {
      const n = deref(yaml.doc, pair.value);
      if (isScalar(n) && typeof n.value === 'string' && /^[\p{L}\p{N}._-]+$/u.test(n.value)) out.coder = n.value;
      else err(pair.value, '`coder` must be a single name (letters, digits, . _ -)');
    } else if (key === 'codings') list = pair.value;
    else if (key === 'decided') {
      // segments a coder decided to leave without a code (written by `telaah code --interactive`)
      out.decided = readDecided(yaml.doc, pair.value, yaml.pos, out.coder);
    }
    else if (key === 'assist') {
      // a model's codings file: which model and settings wrote it (`telaah code --assist`); read there
    }
    else diagnostics.push(diagnostic(yaml.pos(pair.key as Node), 'codings', 'warning', `unknown key "${key}" (kept as it is)`));
  }
  const seq = deref(yaml.doc, list);
  if (seq === null) return { codings: out, diagnostics };
  if (!isSeq(seq)) {
    err(list, '`codings` must be a list');
    return { codings: out, diagnostics };
  }
  for (const item of seq.items) {
    const entry = mapPairs(yaml.doc, item);
    if (!entry) {
      err(item as Node, 'each coding must be a mapping with transcript, code and quote');
      continue;
    }
    const c: Partial<ManualCoding> = { coder: out.coder, pos: yaml.pos(item as Node) };
    for (const pair of entry) {
      const key = keyOf(pair);
      const n = deref(yaml.doc, pair.value);
      const value = isScalar(n) ? n.value : undefined;
      switch (key) {
        case 'transcript': case 'code': case 'quote': case 'memo': case 'prefix': case 'suffix':
          if (typeof value === 'string' || (typeof value === 'number' && key !== 'quote')) {
            c[key] = String(value);
            if (key === 'code') c.codePos = yaml.pos(pair.value as Node);
          } else err(pair.value ?? (pair.key as Node), `\`${key}\` must be a text`);
          break;
        case 'polarity':
          if (value === 'support' || value === 'limit') c.polarity = value;
          else err(pair.value ?? (pair.key as Node), '`polarity` must be support or limit');
          break;
        case 'line': case 'offset':
          if (typeof value === 'number' && Number.isInteger(value) && value >= 0) c[key] = value;
          else err(pair.value ?? (pair.key as Node), `\`${key}\` must be a whole number`);
          break;
        default:
          diagnostics.push(diagnostic(yaml.pos(pair.key as Node), 'codings', 'warning', `unknown key "${key}" in a coding (kept as it is)`,
            `known keys: ${ENTRY_KEYS.join(', ')}`));
      }
    }
    const missing = ['transcript', 'code', 'quote'].filter((k) => !c[k as keyof ManualCoding]);
    if (missing.length) {
      err(item as Node, `coding is missing ${missing.join(', ')}`);
      continue;
    }
    out.codings.push(c as ManualCoding);
  }
  out.codings.forEach((c) => (c.coder = out.coder));
  out.decided.forEach((d) => (d.coder = out.coder));
  return { codings: out, diagnostics };
}

function readDecided(doc: YamlFile['doc'], node: unknown, pos: YamlFile['pos'], coder: string): Decided[] {
  const seq = deref(doc, node);
  if (!isSeq(seq)) return [];
  const out: Decided[] = [];
  for (const item of seq.items) {
    const v = (deref(doc, item) as { toJSON?: () => unknown } | null)?.toJSON?.() as Record<string, unknown> | undefined;
    if (v && typeof v.transcript === 'string' && typeof v.quote === 'string') {
      const d: Decided = { coder, transcript: v.transcript, quote: v.quote, pos: pos(item as Node) };
      if (typeof v.line === 'number') d.line = v.line;
      out.push(d);
    }
  }
  return out;
}
