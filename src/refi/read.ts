/**
 * Reading QDA-XML as real programs write it: a `.qdc` (`<CodeBook>` root) or a `project.qde`
 * (`<Project>` root) into the REFI model. Lenient where exports differ from the schema (Taguette's
 * empty `<Sets/>`, NVivo's non-v4 GUIDs, upper-case or braced GUIDs); what cannot be read becomes a
 * Diagnostic. Pure.
 */
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { normalizeGuid } from './guid.js';
import type { RefiCode, RefiCoding, RefiNote, RefiProject, RefiSelection, RefiTextSource } from './model.js';
import { attr, child, children, parseXml, textOf, xmlError, type XmlNode } from './xml.js';

export interface ReadRefi {
  project?: RefiProject;
  diagnostics: Diagnostic[];
}

export function readRefi(text: string, file: string): ReadRefi {
  const at = { file, line: 1, column: 1 };
  const bad = xmlError(text);
  if (bad) {
    return { diagnostics: [diagnostic({ file, line: bad.line, column: bad.column }, 'refi-xml', 'error', `not well-formed XML: ${bad.message}`)] };
  }
  let doc: XmlNode;
  try {
    doc = parseXml(text);
  } catch (e) {
    // well-formed but hostile: nesting past the parser's limit, names such as __proto__
    return { diagnostics: [diagnostic(at, 'refi-xml', 'error', `cannot read this XML: ${(e as Error).message.replace(/^\[SECURITY\]\s*/, '')}`,
      'export the file again from the program that made it')] };
  }
  const root = doc.CodeBook ?? doc.Project;
  if (!root || typeof root !== 'object') {
    const found = Object.keys(doc).filter((k) => !k.startsWith('?'))[0];
    return {
      diagnostics: [diagnostic(at, 'refi-xml', 'error', `not a REFI-QDA file: the root element is <${found ?? 'nothing'}>, expected <CodeBook> (.qdc) or <Project> (.qde)`,
        'export a codebook (.qdc) or a project (.qdpx) from NVivo, ATLAS.ti, MAXQDA, QualCoder or Taguette')],
    };
  }
  const r = root as XmlNode;
  const isProject = doc.Project !== undefined;
  const codesParent = isProject ? child(r, 'CodeBook') : r;
  const notes = children(child(r, 'Notes'), 'Note').map((n) => ({
    guid: normalizeGuid(attr(n, 'guid') ?? ''), name: attr(n, 'name') ?? '', text: textOf(child(n, 'PlainTextContent')) ?? '',
  } satisfies RefiNote));
  const project: RefiProject = {
    name: attr(r, 'name') ?? '',
    users: children(child(r, 'Users'), 'User').map((u) => ({ guid: normalizeGuid(attr(u, 'guid') ?? ''), name: attr(u, 'name') ?? attr(u, 'id') ?? '' })),
    codes: readCodes(child(codesParent, 'Codes')),
    variables: [], cases: [],
    sources: children(child(r, 'Sources'), 'TextSource').map(readSource),
    notes,
  };
  const origin = attr(r, 'origin');
  if (origin) project.origin = origin;
  const description = textOf(child(r, 'Description'));
  if (description) project.description = description;
  return { project, diagnostics: [] };
}

function readCodes(codes: XmlNode | undefined): RefiCode[] {
  return children(codes, 'Code').map(readCode);
}

function readCode(n: XmlNode): RefiCode {
  const c: RefiCode = {
    guid: normalizeGuid(attr(n, 'guid') ?? ''), name: (attr(n, 'name') ?? '').trim(),
    isCodable: attr(n, 'isCodable') !== 'false' && attr(n, 'isCodable') !== '0',
    children: children(n, 'Code').map(readCode),
  };
  const d = textOf(child(n, 'Description'));
  if (d) c.description = d;
  const color = attr(n, 'color');
  if (color && /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.test(color)) c.color = color;
  return c;
}

function readSource(n: XmlNode): RefiTextSource {
  const s: RefiTextSource = {
    guid: normalizeGuid(attr(n, 'guid') ?? ''), name: attr(n, 'name') ?? '',
    selections: children(n, 'PlainTextSelection').map(readSelection),
  };
  const path = attr(n, 'plainTextPath');
  if (path) s.plainTextPath = path;
  const content = child(n, 'PlainTextContent');
  if (content) s.plainTextContent = String(content['#text'] ?? '');
  const user = attr(n, 'creatingUser');
  if (user) s.user = normalizeGuid(user);
  return s;
}

function readSelection(n: XmlNode): RefiSelection {
  const s: RefiSelection = {
    guid: normalizeGuid(attr(n, 'guid') ?? ''),
    start: Number(attr(n, 'startPosition')), end: Number(attr(n, 'endPosition')),
    codings: children(n, 'Coding').map(readCoding),
    notes: noteRefs(n),
  };
  const name = attr(n, 'name');
  if (name) s.name = name;
  const user = attr(n, 'creatingUser');
  if (user) s.user = normalizeGuid(user);
  return s;
}

function readCoding(n: XmlNode): RefiCoding {
  const c: RefiCoding = {
    guid: normalizeGuid(attr(n, 'guid') ?? ''),
    codeGuid: normalizeGuid(attr(child(n, 'CodeRef'), 'targetGUID') ?? ''),
    notes: noteRefs(n),
  };
  const user = attr(n, 'creatingUser');
  if (user) c.user = normalizeGuid(user);
  return c;
}

function noteRefs(n: XmlNode): string[] {
  return children(n, 'NoteRef').map((r) => normalizeGuid(attr(r, 'targetGUID') ?? '')).filter(Boolean);
}
