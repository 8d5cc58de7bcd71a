/**
 * Reference passages: labelled text a codebook comes with, beside its own file as
 * `<name>.passages.yaml` (codebook `bartania.yaml` → `bartania.passages.yaml`). Each passage is what
 * a code looks like in real writing — an informant's answer, a findings paragraph, an abstract —
 * and joins that code's profile, the text a segment's similarity is measured against (profile.ts).
 * Unlike examples they are many (dozens per code) and are not shown as the code's examples.
 * Pure: text in, passages and Diagnostics out.
 */
import type { Code, Passage } from '../model/codebook.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { deref, isScalar, isSeq, keyOf, mapPairs, parseYaml } from '../yaml/document.js';
import type { Node } from 'yaml';
import { oneByteStrings } from '../text/one-byte.js';
import { nearest } from '../text/nearest.js';

export type { Passage };

const KEYS = ['id', 'code', 'language', 'text', 'register', 'polarity', 'split'];

/** The sidecar file of a codebook file: `x.yaml` → `x.passages.yaml`. */
export function passagesPathOf(codebookPath: string): string {
  return codebookPath.replace(/\.ya?ml$/i, '') + '.passages.yaml';
}

/**
 * Reads a passages file: a mapping with `passages:`, a list of `{ code, language, text }` (`id`,
 * `register`, `polarity`, `split` may be there too and are kept or ignored). A passage whose code is
 * not among `codes` is an error; the others are kept.
 */
export function parsePassages(text: string, file: string, codes: ReadonlySet<string>): { passages: Passage[]; diagnostics: Diagnostic[] } {
  const { yaml, diagnostics } = parseYaml(text, file);
  const passages: Passage[] = [];
  if (!yaml) return { passages, diagnostics };
  const doc = yaml.doc;
  const schema = (node: unknown, message: string, hint?: string) =>
    diagnostics.push(diagnostic(yaml.pos(node as Node), 'passages', 'error', message, hint));
  const root = mapPairs(doc, doc.contents);
  const list = root?.find((p) => keyOf(p) === 'passages');
  const seq = list ? deref(doc, list.value) : null;
  if (!isSeq(seq)) {
    schema(list?.value ?? doc.contents, 'a passages file must be a mapping with a `passages:` list', 'see docs/codebook-format.md, "Reference passages"');
    return { passages, diagnostics };
  }
  for (const item of seq.items) {
    const pairs = mapPairs(doc, item);
    if (!pairs) {
      schema(item, 'a passage must be a mapping with `code`, `language` and `text`');
      continue;
    }
    const v: Record<string, Node | null> = {};
    for (const pair of pairs) {
      const k = keyOf(pair);
      if (!KEYS.includes(k)) diagnostics.push(diagnostic(yaml.pos(pair.key), 'passages', 'warning', `unknown key "${k}" in a passage`, `a passage has ${KEYS.slice(0, 4).join(', ')}`));
      v[k] = deref(doc, pair.value);
    }
    const str = (k: string): string | undefined => {
      const n = v[k];
      return isScalar(n) && typeof n.value === 'string' && n.value.trim() ? n.value : undefined;
    };
    const code = str('code');
    const lang = str('language');
    const body = str('text');
    if (!code || !lang || !body) {
      const missing = ['code', 'language', 'text'].filter((k) => !str(k));
      schema(item, `a passage needs ${missing.map((k) => `\`${k}\``).join(' and ')} (non-empty text)`);
      continue;
    }
    if (!codes.has(code)) {
      const guess = nearest(code, [...codes]);
      schema(v.code, `code "${code}" is not in the codebook`, `${guess ? `did you mean "${guess}"? ` : ''}correct the id, or remove the passage`);
      continue;
    }
    const p: Passage = { code, lang, text: body };
    const id = str('id');
    if (id) p.id = id;
    passages.push(p);
  }
  return { passages: oneByteStrings(passages), diagnostics };
}

/** The codes with their passages attached (new objects; the codes given are not changed). */
export function withPassages(codes: readonly Code[], passages: readonly Passage[]): Code[] {
  const by = new Map<string, Passage[]>();
  for (const p of passages) {
    const l = by.get(p.code);
    if (l) l.push(p);
    else by.set(p.code, [p]);
  }
  return codes.map((c) => (by.has(c.id) ? { ...c, passages: [...(c.passages ?? []), ...by.get(c.id)!] } : c));
}

/**
 * A passages file with its codes renamed (`recode`: old id → new id, as `telaah codebook rename` and
 * `merge` change them), line by line so that comments and layout stay; how many passages changed.
 */
export function recodePassages(text: string, recode: ReadonlyMap<string, string>): { text: string; changed: Map<string, number> } {
  const changed = new Map<string, number>();
  const out = text.replace(/^(\s*(?:-\s+)?code:\s*)(["']?)([^"'\s#]+)\2([ \t]*(?:#.*)?)$/gm, (line, head: string, q: string, id: string, tail: string) => {
    const to = recode.get(id);
    if (to === undefined || to === id) return line;
    changed.set(id, (changed.get(id) ?? 0) + 1);
    return `${head}${q}${to}${q}${tail}`;
  });
  return { text: out, changed };
}
