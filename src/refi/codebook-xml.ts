/**
 * A telaah codebook as a REFI-QDA code tree, and that tree as QDA-XML: the `.qdc` codebook file
 * (Codebook.xsd) and the `<CodeBook>` of a project. Pure.
 */
import { childrenOf, isLeaf, labelOf, type Code, type Codebook } from '../model/codebook.js';
import { codeGuid } from './guid.js';
import type { RefiCode } from './model.js';
import { buildXml, QDC_NS, xmlText, type XmlNode } from './xml.js';

export interface CodeTreeOptions {
  /** Language of names and descriptions (falls back to the other language). */
  lang: string;
  /** Codes that carry codings in the export: always codable. */
  used?: ReadonlySet<string>;
}

/**
 * Hierarchy kept; the definition becomes the Description. A parent code is `isCodable="false"` only
 * when nothing marks it as a code of its own: no keywords, criteria or examples, and no coding in
 * the export. Every leaf is codable.
 */
export function codeTree(cb: Codebook, opts: CodeTreeOptions): RefiCode[] {
  const build = (parent: string | undefined): RefiCode[] =>
    childrenOf(cb, parent).map((c) => {
      const out: RefiCode = {
        guid: codeGuid(cb.id, c.id), name: labelOf(c, opts.lang), isCodable: codable(cb, c, opts.used), children: build(c.id),
      };
      const d = c.definition[opts.lang] ?? Object.values(c.definition)[0];
      if (d) out.description = d;
      return out;
    });
  return build(undefined);
}

function codable(cb: Codebook, c: Code, used: ReadonlySet<string> | undefined): boolean {
  if (isLeaf(cb, c) || used?.has(c.id)) return true;
  const hasAny = (o: Record<string, string[]>) => Object.values(o).some((l) => l.length > 0);
  return c.keywords.length > 0 || c.examples.length > 0 || hasAny(c.include) || hasAny(c.exclude);
}

/** `<Code>` elements, nested. */
export function codeNodes(codes: RefiCode[]): XmlNode[] {
  return codes.map((c) => {
    const node: XmlNode = { '@_guid': c.guid, '@_name': xmlText(c.name), '@_isCodable': String(c.isCodable) };
    if (c.color) node['@_color'] = c.color;
    if (c.description) node.Description = xmlText(c.description);
    if (c.children.length) node.Code = codeNodes(c.children);
    return node;
  });
}

/** A `.qdc` file: `<CodeBook xmlns="urn:QDA-XML:codebook:1.0">` with the code tree. */
export function qdcXml(codes: RefiCode[], origin: string): string {
  return buildXml({ CodeBook: { '@_xmlns': QDC_NS, '@_origin': origin, Codes: { Code: codeNodes(codes) } } });
}
