/**
 * Where each code is written in one codebook file: its list item, `id:` and `parent:` scalars and
 * its `children:` list. Pure: a parsed document in, a map out.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

export interface CodeLoc {
  id: string;
  /** The code's mapping (the node after `- `). */
  item: YAMLMap;
  /** The list it is an item of (`codes:` or a parent's `children:`). */
  list: YAMLSeq;
  idNode: Scalar;
  parentNode?: Scalar;
  childrenPair?: Pair<Node, Node>;
  /** The code it is nested under with `children:`, if any. */
  nestedIn?: string;
}

export interface FileLocs {
  codes: Map<string, CodeLoc>;
  /** The top-level `codes:` list, when there is one. */
  top?: YAMLSeq;
  /** Every `parent:` scalar (for renames), whichever code it is in. */
  parentRefs: Scalar[];
}

const keyName = (p: Pair): string => (isScalar(p.key) ? String(p.key.value) : String(p.key));

export function locateCodes(doc: Document.Parsed): FileLocs {
  const out: FileLocs = { codes: new Map(), parentRefs: [] };
  const root = doc.contents;
  if (!isMap(root)) return out;
  const codes = root.items.find((p) => keyName(p) === 'codes')?.value;
  if (isSeq(codes)) {
    out.top = codes;
    walk(codes, undefined, out);
  }
  return out;
}

function walk(list: YAMLSeq, nestedIn: string | undefined, out: FileLocs): void {
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const pair = (k: string) => item.items.find((p) => keyName(p) === k);
    const idNode = pair('id')?.value;
    const parentNode = pair('parent')?.value;
    if (isScalar(parentNode)) out.parentRefs.push(parentNode);
    const children = pair('children');
    const id = isScalar(idNode) ? String(idNode.value) : undefined;
    if (id !== undefined && isScalar(idNode)) {
      const loc: CodeLoc = { id, item, list, idNode };
      if (isScalar(parentNode)) loc.parentNode = parentNode;
      if (children) loc.childrenPair = children as Pair<Node, Node>;
      if (nestedIn) loc.nestedIn = nestedIn;
      out.codes.set(id, loc);
    }
    if (children && isSeq(children.value)) walk(children.value, id, out);
  }
}
