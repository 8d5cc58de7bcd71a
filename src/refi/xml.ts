/**
 * The one XML set-up for REFI-QDA files (fast-xml-parser): a builder that writes attributes from
 * `@_` keys, and a parser that keeps every repeatable element a list and ignores namespace
 * prefixes. Pure.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

export const QDC_NS = 'urn:QDA-XML:codebook:1.0';
export const QDE_NS = 'urn:QDA-XML:project:1.0';

/** Elements that may occur more than once under their parent in QDA-XML. */
const REPEATED = new Set([
  'Code', 'Set', 'MemberCode', 'MemberSource', 'MemberNote', 'User', 'Variable', 'Case', 'VariableValue',
  'SourceRef', 'SelectionRef', 'CodeRef', 'TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource',
  'PlainTextSelection', 'PictureSelection', 'PDFSelection', 'AudioSelection', 'VideoSelection', 'Transcript',
  'TranscriptSelection', 'SyncPoint', 'Coding', 'NoteRef', 'Note', 'Link', 'Graph', 'Vertex', 'Edge',
]);

export type XmlNode = Record<string, unknown>;

/** Where the text is not well-formed XML: line, column and the parser's message; undefined when it is. */
export function xmlError(text: string): { line: number; column: number; message: string } | undefined {
  const v = XMLValidator.validate(text);
  return v === true ? undefined : { line: v.err.line, column: v.err.col, message: v.err.msg };
}

export function parseXml(text: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => REPEATED.has(name),
    processEntities: true,
    htmlEntities: false,
  });
  return parser.parse(text) as XmlNode;
}

export function buildXml(root: XmlNode): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
    processEntities: true,
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(root).replace(/\r?\n*$/, '\n')}`;
}

/** XML 1.0 cannot carry most control characters, even escaped: drop them from text we write. */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/\r\n?/g, '\n');
}

/** A child that may be a list or a single node, always as a list. */
export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as XmlNode)[name];
  if (v === undefined || v === null || v === '') return [];
  return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'object' && x !== null ? (x as XmlNode) : { '#text': String(x) }));
}

export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[`@_${name}`];
  return v === undefined ? undefined : String(v);
}

/** The text of an element such as <Description>: its text content, trimmed. */
export function textOf(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim() || undefined;
  const t = (node as XmlNode)['#text'];
  return t === undefined ? undefined : String(t).trim() || undefined;
}
