/**
 * Reference passages: labelled text a codebook comes with, beside its own file as
 * `<name>.passages.yaml` or `.yml` (codebook `bartania.yaml` → `bartania.passages.yaml`). Each passage is what
 * a code looks like in real writing — an informant's answer, a findings paragraph, an abstract —
 * and joins that code's profile, the text a segment's similarity is measured against (profile.ts).
 * Unlike examples they are many (dozens per code) and are not shown as the code's examples.
 * Pure: text in, passages and Diagnostics out.
 */
import type { Code, Passage } from '../model/codebook.js';
import { diagnostic, type Diagnostic, type Position } from '../model/diagnostic.js';
import { deref, isMap, isScalar, isSeq, keyOf, mapPairs, nonTextKind, parseYaml } from '../yaml/document.js';
import { isAlias, parseDocument, type Node } from 'yaml';
import { applyPatches, replaceScalar, withNewline, type Patch } from '../yaml/splice.js';
import { oneByteStrings } from '../text/one-byte.js';
import { nearest } from '../text/nearest.js';

export type { Passage };

/** Where a kept passage's `language` value stands (to warn of a language the codebook does not code). */
export interface PassageLanguage {
  lang: string;
  pos: Position;
}

const KEYS = ['id', 'code', 'language', 'text', 'register', 'polarity', 'split'];

/**
 * The sidecar files a codebook file may have, in the order they are preferred: `x.yaml` or `x.yml` →
 * `x.passages.yaml`, `x.passages.yml` (both spellings, as for the codebook itself; both at once is an error).
 */
export function passagesPathsOf(codebookPath: string): [string, string] {
  const base = codebookPath.replace(/\.ya?ml$/i, '');
  return [`${base}.passages.yaml`, `${base}.passages.yml`];
}

/** The sidecar file written beside a codebook file, in the codebook's own spelling: `x.yml` → `x.passages.yml`. */
export function passagesPathOf(codebookPath: string): string {
  return passagesPathsOf(codebookPath)[/\.yml$/i.test(codebookPath) ? 1 : 0];
}

/** The codebook files a passages file may belong to (`x.passages.yaml` or `.yml` → `x.yaml`, `x.yml`), or none. */
export function codebookPathsOf(passagesPath: string): string[] {
  const m = /^(.*)\.passages\.ya?ml$/i.exec(passagesPath);
  return m ? [`${m[1]}.yaml`, `${m[1]}.yml`] : [];
}

/**
 * Reads a passages file: a mapping with `passages:`, a list of `{ code, language, text }` (`id`,
 * `register`, `polarity`, `split` may be there too; `id` and `polarity` are kept). A passage whose code is
 * not among `codes` is an error; the others are kept, each with where its language is written.
 */
export function parsePassages(text: string, file: string, codes: ReadonlySet<string>): { passages: Passage[]; languages: PassageLanguage[]; diagnostics: Diagnostic[] } {
  const { yaml, diagnostics } = parseYaml(text, file);
  const passages: Passage[] = [];
  const languages: PassageLanguage[] = [];
  if (!yaml) return { passages, languages, diagnostics };
  const doc = yaml.doc;
  const schema = (node: unknown, message: string, hint?: string) =>
    diagnostics.push(diagnostic(yaml.pos(node as Node), 'passages', 'error', message, hint));
  const root = mapPairs(doc, doc.contents);
  const list = root?.find((p) => keyOf(p) === 'passages');
  const seq = list ? deref(doc, list.value) : null;
  // an empty file, or `passages:` with nothing under it: no passages yet
  const empty = (n: unknown) => n === null || n === undefined || (isScalar(n) && (n.value === null || n.value === ''));
  if (empty(doc.contents) || (list && empty(seq))) return { passages, languages, diagnostics };
  if (!isSeq(seq)) {
    schema(list?.value ?? doc.contents, 'a passages file must be a mapping with a `passages:` list', 'see docs/codebook-format.md, "Reference passages"');
    return { passages, languages, diagnostics };
  }
  // each labelled text's first label and where it stands: a text labelled both ways is a warning
  const labelled = new Map<string, { polarity: string; node: unknown }>();
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
      const absent = ['code', 'language', 'text'].filter((k) => !str(k));
      const missing = absent.filter((k) => !wrongType(k, v[k] ?? null, schema));
      if (missing.length) schema(item, `a passage needs ${missing.map((k) => `\`${k}\``).join(' and ')} (non-empty text)`);
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
    const polarity = v.polarity ? str('polarity') : undefined;
    if (polarity === 'support' || polarity === 'limit') {
      p.polarity = polarity;
      const first = labelled.get(body.trim());
      if (!first) labelled.set(body.trim(), { polarity, node: v.polarity });
      else if (first.polarity !== polarity) {
        diagnostics.push(diagnostic(yaml.pos(v.polarity as Node), 'passages', 'warning',
          `this text is labelled ${first.polarity} at line ${yaml.pos(first.node as Node).line} and ${polarity} here: the learned polarity keeps the first label`,
          'a passage shows one polarity; label it once, or split the text where the polarity turns'));
      }
    } else if (v.polarity) schema(v.polarity, `\`polarity\` of a passage must be support or limit${polarity ? `, not "${polarity}"` : ''}`, 'write `polarity: support` (the code at work) or `polarity: limit` (its shortfall), or leave it out');
    passages.push(p);
    languages.push({ lang, pos: yaml.pos(v.language) });
  }
  return { passages: oneByteStrings(passages), languages, diagnostics };
}

/**
 * A warning for each language of passages that the codebook does not code (`codebookLanguages`):
 * those passages join no profile. At the first such passage's `language`, with how many more.
 */
export function unusedPassageLanguages(languages: readonly PassageLanguage[], coded: readonly string[]): Diagnostic[] {
  const unused = new Map<string, PassageLanguage[]>();
  for (const l of languages) {
    if (coded.includes(l.lang)) continue;
    const list = unused.get(l.lang);
    if (list) list.push(l);
    else unused.set(l.lang, [l]);
  }
  return [...unused].map(([lang, all]) => {
    const more = all.length - 1;
    const guess = nearest(lang, coded);
    return diagnostic(all[0]!.pos, 'passages', 'warning',
      `${more ? `this passage and ${more} more in "${lang}" are` : 'this passage is'} not used: the codebook has no "${lang}" keywords, so no "${lang}" profile to join`,
      `the codebook's languages: ${coded.join(', ')}; ${guess ? `did you mean "${guess}"?` : `correct the language, or give the codebook keywords in "${lang}"`}`);
  });
}

/** Reports a passage's key whose value is not text (`code: 123`, `text: [a, b]`) at that value; whether it did. */
function wrongType(key: string, node: Node | null, schema: (node: unknown, message: string, hint?: string) => void): boolean {
  const kind = nonTextKind(node);
  if (!kind) return false;
  const scalar = isScalar(node) && node.source !== undefined;
  schema(node, `\`${key}\` must be text, not ${kind}`,
    scalar ? `put it in quotes: ${key}: "${node.source}"` : `give one text${key === 'text' ? '; a second text is a passage of its own' : ''}`);
  return true;
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
 * `merge` change them): each passage's `code` scalar patched where it stands (block or flow style, in
 * its own quoting), so comments, layout and the passages' text stay; how many passages changed. An
 * aliased code (`code: *x`) is patched at its anchor, once.
 */
export function recodePassages(input: string, recode: ReadonlyMap<string, string>): { text: string; changed: Map<string, number> } {
  const changed = new Map<string, number>();
  const text = withNewline(input);
  const doc = parseDocument(text);
  const list = isMap(doc.contents) ? doc.contents.get('passages', true) : undefined;
  if (!isSeq(list)) return { text: input, changed };
  const patches: Patch[] = [];
  const patched = new Set<Node>();
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const code = item.get('code', true);
    const value = isAlias(code) ? code.resolve(doc) : code;
    if (!isScalar(value) || value.range === undefined || value.range === null) continue;
    const old = String(value.value);
    const now = recode.get(old);
    if (now === undefined || now === old) continue;
    changed.set(old, (changed.get(old) ?? 0) + 1);
    if (patched.has(value)) continue;
    patched.add(value);
    patches.push(replaceScalar(value, now));
  }
  return { text: patches.length ? applyPatches(text, patches) : input, changed };
}
