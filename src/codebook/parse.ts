/**
 * Codebook YAML → Codebook model with a source position for every code, keyword and example.
 * Schema problems (unknown key, wrong type, missing id/label) are reported as `schema` diagnostics;
 * everything that can still be understood is kept, so the linter reports all problems at once.
 */
import type { Document, Node, Pair } from 'yaml';
import { isScalar, isSeq } from 'yaml';
import { CODE_KINDS, type Code, type CodeKind, type Codebook, type Example, type I18n, type I18nList, type Keyword } from '../model/codebook.js';
import { diagnostic, type Diagnostic, type Position } from '../model/diagnostic.js';
import { deref, keyOf, mapPairs, parseYaml, type YamlFile } from '../yaml/document.js';
import { parseKeyword } from './keyword.js';
import { oneByteStrings } from '../text/one-byte.js';

export const CODEBOOK_KEYS = ['id', 'version', 'title', 'description', 'references', 'extends', 'polarity', 'codes', 'languages'] as const;
export const CODE_KEYS = [
  'id', 'label', 'aliases', 'kind', 'definition', 'include', 'exclude', 'keywords', 'examples', 'not_examples',
  'children', 'parent', 'maps_to', 'source', 'color', 'memo',
] as const;
const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

export interface ParsedCodebook {
  codebook?: Codebook;
  diagnostics: Diagnostic[];
}

export function parseCodebook(text: string, file: string): ParsedCodebook {
  const { yaml, diagnostics } = parseYaml(text, file);
  if (!yaml) return { diagnostics };
  const p = new CodebookParser(yaml);
  // ids and terms go into every output line: one-byte copies keep those lines one-byte (one-byte.ts)
  const codebook = oneByteStrings(p.parse());
  return { codebook, diagnostics: [...diagnostics, ...p.diagnostics] };
}

class CodebookParser {
  readonly diagnostics: Diagnostic[] = [];
  private readonly doc: Document.Parsed;
  private readonly codes: Code[] = [];

  constructor(private readonly y: YamlFile) {
    this.doc = y.doc;
  }

  private schema(node: Node | null | undefined, message: string, hint?: string): void {
    this.diagnostics.push(diagnostic(this.y.pos(node), 'schema', 'error', message, hint));
  }

  parse(): Codebook {
    const root = this.doc.contents;
    const pairs = mapPairs(this.doc, root);
    const cb: Codebook = {
      id: '', title: {}, description: {}, references: [], polarity: {}, codes: this.codes,
      file: this.y.file, pos: this.y.pos(root),
    };
    if (!pairs) {
      this.schema(root, 'a codebook must be a mapping with at least `id` and `codes`');
      return cb;
    }
    let sawCodes = false;
    let sawId = false;
    for (const pair of pairs) {
      const key = keyOf(pair);
      const v = pair.value;
      switch (key) {
        case 'id': {
          const s = this.str(v, 'id');
          if (s !== undefined) {
            sawId = true;
            cb.id = s;
            if (!ID_RE.test(s)) this.schema(v, `codebook id "${s}" must be a lower-case slug (a-z, 0-9, -)`);
          }
          break;
        }
        case 'version': {
          const n = deref(this.doc, v);
          if (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number')) cb.version = String(n.value);
          else this.schema(v, '`version` must be a string such as "1.0.0"');
          break;
        }
        case 'title': cb.title = this.i18n(v, 'title'); break;
        case 'description': cb.description = this.i18n(v, 'description'); break;
        case 'references': cb.references = this.strList(v, 'references'); break;
        case 'extends': {
          const s = this.str(v, 'extends');
          if (s !== undefined) cb.extends = { name: s, pos: this.y.pos(v) };
          break;
        }
        case 'polarity': cb.polarity = this.i18nList(v, 'polarity'); break;
        case 'languages': this.strList(v, 'languages'); break;
        case 'codes': sawCodes = true; this.codeList(v, undefined); break;
        default: this.unknownKey(pair, CODEBOOK_KEYS, 'codebook');
      }
    }
    if (!sawId) this.schema(root, 'the codebook has no `id`', 'add e.g. `id: my-codebook` at the top');
    if (!sawCodes && !cb.extends) this.schema(root, 'the codebook has no `codes` list');
    return cb;
  }

  private unknownKey(pair: Pair<Node, Node>, allowed: readonly string[], where: string): void {
    const key = keyOf(pair);
    const near = allowed.find((k) => editDistance(k, key) <= 2);
    this.schema(pair.key, `unknown key "${key}" in ${where}`, near ? `did you mean "${near}"?` : `allowed keys: ${allowed.join(', ')}`);
  }

  private codeList(node: Node | null, parent: string | undefined): void {
    const n = deref(this.doc, node);
    if (n === null) return;
    if (!isSeq(n)) {
      this.schema(n, '`codes`/`children` must be a list of codes (each item starting with "- id: ...")');
      return;
    }
    for (const item of n.items) this.code(item as Node, parent);
  }

  private code(node: Node, nestedIn: string | undefined): void {
    const pairs = mapPairs(this.doc, node);
    if (!pairs) {
      this.schema(node, 'a code must be a mapping with at least `id` and `label`');
      return;
    }
    const code: Code = {
      id: '', label: {}, definition: {}, include: {}, exclude: {}, keywords: [], examples: [], notExamples: [],
      mapsTo: [], pos: this.y.pos(node), codebook: this.y.file,
    };
    if (nestedIn) code.parent = nestedIn;
    let children: Node | null = null;
    let sawLabel = false;
    for (const pair of pairs) {
      const key = keyOf(pair);
      const v = pair.value;
      switch (key) {
        case 'id': {
          const s = this.str(v, 'id');
          if (s !== undefined) {
            code.id = s;
            code.pos = this.y.pos(v);
            if (!ID_RE.test(s)) this.schema(v, `code id "${s}" must be a lower-case slug (a-z, 0-9, -)`, `try "${slug(s)}"`);
          }
          break;
        }
        case 'label': sawLabel = true; code.label = this.i18n(v, 'label'); break;
        case 'aliases': code.aliases = this.strList(v, 'aliases'); break;
        case 'kind': {
          const s = this.str(v, 'kind');
          if (s !== undefined && (CODE_KINDS as readonly string[]).includes(s)) code.kind = s as CodeKind;
          else if (s !== undefined) {
            this.schema(v, `kind "${s}" is not one of ${CODE_KINDS.join(', ')}`,
              'process: working or limited; condition: present or absent (helps or hinders); outcome: achieved or not yet');
          }
          break;
        }
        case 'definition': code.definition = this.i18n(v, 'definition'); break;
        case 'include': code.include = this.i18nList(v, 'include'); break;
        case 'exclude': code.exclude = this.i18nList(v, 'exclude'); break;
        case 'keywords': code.keywords = this.keywords(v); break;
        case 'examples': code.examples = this.examples(v, 'examples'); break;
        case 'not_examples': code.notExamples = this.examples(v, 'not_examples'); break;
        case 'children': children = v; break;
        case 'parent': {
          const s = this.str(v, 'parent');
          if (s !== undefined) {
            if (nestedIn && s !== nestedIn) this.schema(v, `code is nested under "${nestedIn}" but says parent: ${s}`);
            else { code.parent = s; code.parentPos = this.y.pos(v); }
          }
          break;
        }
        case 'maps_to': code.mapsTo = this.strList(v, 'maps_to'); break;
        case 'source': { const s = this.str(v, 'source'); if (s !== undefined) code.source = s; break; }
        case 'color': case 'memo': this.str(v, key); break;
        default: this.unknownKey(pair, CODE_KEYS, code.id ? `code "${code.id}"` : 'a code');
      }
    }
    if (!code.id) this.schema(node, 'a code has no `id`', 'add `id: some-code` (lower-case, with dashes)');
    if (!sawLabel && code.id) this.schema(node, `code "${code.id}" has no \`label\``, 'add `label: { id: "...", en: "..." }`');
    if (code.id) this.codes.push(code);
    if (children) this.codeList(children, code.id || undefined);
  }

  private str(node: Node | null, what: string): string | undefined {
    const n = deref(this.doc, node);
    if (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number') && String(n.value).trim() !== '') {
      return String(n.value);
    }
    this.schema(node ?? this.doc.contents, `\`${what}\` must be a non-empty text`);
    return undefined;
  }

  private strList(node: Node | null, what: string): string[] {
    const n = deref(this.doc, node);
    if (isScalar(n) && typeof n.value === 'string') return [n.value];
    if (!isSeq(n)) {
      this.schema(node ?? this.doc.contents, `\`${what}\` must be a list of texts`);
      return [];
    }
    const out: string[] = [];
    for (const item of n.items) {
      const s = this.str(item as Node, what);
      if (s !== undefined) out.push(s);
    }
    return out;
  }

  /** `{id: "...", en: "..."}`; a plain string is a schema error (which language would it be?). */
  private i18n(node: Node | null, what: string): I18n {
    const out: I18n = {};
    const n = deref(this.doc, node);
    if (isScalar(n) && typeof n.value === 'string') {
      this.schema(n, `\`${what}\` must be given per language, e.g. ${what}: { id: "...", en: "..." }`);
      return out;
    }
    const pairs = mapPairs(this.doc, n);
    if (!pairs) {
      this.schema(node ?? this.doc.contents, `\`${what}\` must be a mapping of language to text, e.g. { id: "...", en: "..." }`);
      return out;
    }
    for (const pair of pairs) {
      const s = this.str(pair.value, `${what}.${keyOf(pair)}`);
      if (s !== undefined) out[keyOf(pair)] = s;
    }
    return out;
  }

  private i18nList(node: Node | null, what: string): I18nList {
    const out: I18nList = {};
    const pairs = mapPairs(this.doc, node);
    if (!pairs) {
      this.schema(node ?? this.doc.contents, `\`${what}\` must be a mapping of language to a list, e.g. ${what}: { id: [...], en: [...] }`);
      return out;
    }
    for (const pair of pairs) out[keyOf(pair)] = this.strList(pair.value, `${what}.${keyOf(pair)}`);
    return out;
  }

  private keywords(node: Node | null): Keyword[] {
    const out: Keyword[] = [];
    const pairs = mapPairs(this.doc, node);
    if (!pairs) {
      this.schema(node ?? this.doc.contents, '`keywords` must be a mapping of language to a list, e.g. keywords: { id: [...], en: [...] }');
      return out;
    }
    for (const pair of pairs) {
      const lang = keyOf(pair);
      const seq = deref(this.doc, pair.value);
      if (!isSeq(seq)) {
        this.schema(pair.value ?? pair.key, `\`keywords.${lang}\` must be a list`);
        continue;
      }
      for (const item of seq.items) {
        const kw = this.keyword(item as Node, lang);
        if (kw) out.push(kw);
      }
    }
    return out;
  }

  private keyword(node: Node, lang: string): Keyword | undefined {
    const n = deref(this.doc, node);
    let term: string | undefined;
    let weight = 1;
    let exact = false;
    let polarity: 'limit' | 'support' | undefined;
    let unless: string[] | undefined;
    const pairs = mapPairs(this.doc, n);
    if (pairs) {
      for (const pair of pairs) {
        const key = keyOf(pair);
        if (key === 'term') term = this.str(pair.value, 'term');
        else if (key === 'weight') {
          const w = deref(this.doc, pair.value);
          if (isScalar(w) && typeof w.value === 'number' && w.value > 0 && w.value <= 10) weight = w.value;
          else this.schema(pair.value, '`weight` must be a number above 0 and at most 10');
        } else if (key === 'exact') {
          const e = deref(this.doc, pair.value);
          if (isScalar(e) && typeof e.value === 'boolean') exact = e.value;
          else this.schema(pair.value, '`exact` must be true or false');
        } else if (key === 'polarity') {
          const p = deref(this.doc, pair.value);
          if (isScalar(p) && (p.value === 'limit' || p.value === 'support')) polarity = p.value;
          else this.schema(pair.value, `\`polarity\` of a keyword must be limit or support, not ${JSON.stringify(p && isScalar(p) ? p.value : null)}`);
        } else if (key === 'unless') {
          const u = deref(this.doc, pair.value);
          const list = isSeq(u) ? u.items.map((i) => deref(this.doc, i as Node)) : [];
          const word = (i: Node | null) => isScalar(i) && typeof i.value === 'string' && /^[\p{L}\p{N}'-]+( +[\p{L}\p{N}'-]+)*$/u.test(i.value.trim());
          if (isSeq(u) && list.every(word)) unless = list.map((i) => String((i as { value: string }).value).trim().replace(/ +/g, ' '));
          else this.schema(pair.value, '`unless` of a keyword must be a list of words or phrases, e.g. unless: [televisi, radio, trust fund]');
        } else this.unknownKey(pair, ['term', 'weight', 'exact', 'polarity', 'unless'], 'a keyword');
      }
      if (term === undefined) this.schema(n, 'a keyword written as a mapping needs `term:`');
    } else {
      term = this.str(n, 'keyword');
    }
    if (term === undefined) return undefined;
    const kw = parseKeyword(term, weight, lang, this.y.pos(n), exact);
    if (polarity === 'limit') kw.limit = true;
    else if (polarity === 'support') kw.support = true;
    if (unless?.length) kw.unless = unless;
    return kw;
  }

  private examples(node: Node | null, what: string): Example[] {
    const out: Example[] = [];
    const pairs = mapPairs(this.doc, node);
    if (!pairs) {
      this.schema(node ?? this.doc.contents, `\`${what}\` must be a mapping of language to a list of quotes`);
      return out;
    }
    for (const pair of pairs) {
      const lang = keyOf(pair);
      const seq = deref(this.doc, pair.value);
      if (!isSeq(seq)) {
        this.schema(pair.value ?? pair.key, `\`${what}.${lang}\` must be a list`);
        continue;
      }
      for (const item of seq.items) {
        const s = this.str(item as Node, what);
        if (s !== undefined) out.push({ lang, text: s, pos: this.y.pos(item as Node) });
      }
    }
    return out;
  }
}

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'code';
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

export type { Position };
