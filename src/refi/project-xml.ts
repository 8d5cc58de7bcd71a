/** A REFI-QDA project as `project.qde` (Project.xsd): elements in the order the schema requires. Pure. */
import { codeNodes } from './codebook-xml.js';
import type { RefiCoding, RefiProject, RefiSelection, RefiTextSource } from './model.js';
import { buildXml, QDE_NS, xmlText, type XmlNode } from './xml.js';

export function qdeXml(p: RefiProject): string {
  const root: XmlNode = { '@_xmlns': QDE_NS, '@_name': xmlText(p.name) };
  if (p.origin) root['@_origin'] = p.origin;
  if (p.users.length) root.Users = { User: p.users.map((u) => ({ '@_guid': u.guid, '@_name': xmlText(u.name) })) };
  if (p.codes.length) root.CodeBook = { Codes: { Code: codeNodes(p.codes) } };
  if (p.variables.length) {
    root.Variables = { Variable: p.variables.map((v) => ({ '@_guid': v.guid, '@_name': v.name, '@_typeOfVariable': 'Text' })) };
  }
  if (p.cases.length) {
    root.Cases = {
      Case: p.cases.map((c) => {
        const node: XmlNode = { '@_guid': c.guid, '@_name': xmlText(c.name) };
        if (c.values.length) node.VariableValue = c.values.map((v) => ({ VariableRef: { '@_targetGUID': v.variable }, TextValue: xmlText(v.value) }));
        if (c.sources.length) node.SourceRef = c.sources.map((s) => ({ '@_targetGUID': s }));
        return node;
      }),
    };
  }
  if (p.sources.length) root.Sources = { TextSource: p.sources.map(sourceNode) };
  if (p.notes.length) {
    root.Notes = { Note: p.notes.map((n) => ({ '@_guid': n.guid, '@_name': xmlText(n.name), PlainTextContent: xmlText(n.text) })) };
  }
  if (p.description) root.Description = xmlText(p.description);
  return buildXml({ Project: root });
}

function sourceNode(s: RefiTextSource): XmlNode {
  const node: XmlNode = { '@_guid': s.guid, '@_name': xmlText(s.name) };
  if (s.plainTextPath) node['@_plainTextPath'] = s.plainTextPath;
  if (s.user) node['@_creatingUser'] = s.user;
  if (s.description) node.Description = xmlText(s.description);
  if (s.plainTextContent !== undefined) node.PlainTextContent = xmlText(s.plainTextContent);
  if (s.selections.length) node.PlainTextSelection = s.selections.map(selectionNode);
  return node;
}

function selectionNode(s: RefiSelection): XmlNode {
  const node: XmlNode = { '@_guid': s.guid, '@_startPosition': String(s.start), '@_endPosition': String(s.end) };
  if (s.name) node['@_name'] = xmlText(s.name);
  if (s.user) node['@_creatingUser'] = s.user;
  if (s.codings.length) node.Coding = s.codings.map(codingNode);
  if (s.notes.length) node.NoteRef = s.notes.map((n) => ({ '@_targetGUID': n }));
  return node;
}

function codingNode(c: RefiCoding): XmlNode {
  const node: XmlNode = { '@_guid': c.guid, CodeRef: { '@_targetGUID': c.codeGuid } };
  if (c.user) node['@_creatingUser'] = c.user;
  if (c.notes.length) node.NoteRef = c.notes.map((n) => ({ '@_targetGUID': n }));
  return node;
}
