/**
 * A REFI-QDA code tree as a telaah codebook (YAML text): names become labels and code ids (slugged,
 * made unique), Descriptions become definitions, nesting is kept as `children:`, colours are kept.
 * Codes telaah exported itself keep their original ids (recognised by their GUIDs). The result has
 * no keywords: it lints without errors, and `lint --strict` lists what is left to add. Pure.
 */
import { Document, isMap, isPair, isScalar, visit } from 'yaml';
import { slug } from '../codebook/parse.js';
import { flattenCodes, type RefiCode } from './model.js';

export interface ToCodebookOptions {
  id: string;
  title: string;
  /** Language the names and descriptions are written in. */
  lang: string;
  /** First lines of the file, as comments. */
  header: string[];
  /** GUID (normalised) → code id, for codes exported by telaah from a known codebook. */
  knownIds?: ReadonlyMap<string, string>;
}

export interface ImportedCodebook {
  text: string;
  /** GUID → the id the code got. */
  ids: Map<string, string>;
}

export function refiToCodebook(codes: RefiCode[], opts: ToCodebookOptions): ImportedCodebook {
  const ids = new Map<RefiCode, string>();
  const taken = new Set<string>();
  const unique = (base: string): string => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  // known ids first, so a slugged name never takes an id an exported code needs
  const all = flattenCodes(codes);
  for (const c of all) {
    const known = opts.knownIds?.get(c.guid);
    if (known && !taken.has(known)) ids.set(c, unique(known));
  }
  const convert = (c: RefiCode): Record<string, unknown> => {
    const id = ids.get(c) ?? unique(slug(c.name || 'code'));
    ids.set(c, id);
    const o: Record<string, unknown> = { id, label: { [opts.lang]: c.name || id } };
    if (c.description) o.definition = { [opts.lang]: c.description };
    if (c.color) o.color = c.color;
    if (c.children.length) o.children = c.children.map(convert);
    return o;
  };
  const body = { id: slug(opts.id), title: { [opts.lang]: opts.title || opts.id }, codes: codes.map(convert) };
  const doc = new Document(body);
  // labels on one line, as in the bundled codebooks: label: { id: "..." }
  visit(doc, { Pair: (_, pair) => { if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'label' && isMap(pair.value)) pair.value.flow = true; } });
  doc.commentBefore = opts.header.map((l) => ` ${l}`).join('\n');
  return { text: doc.toString({ lineWidth: 100 }), ids: new Map(all.map((c) => [c.guid, ids.get(c)!])) };
}
