/**
 * A project's codebook as the files it is written in (the root file first, then the files it
 * `extends:`), parsed for editing: the merged model plus where each code is written. Pure.
 */
import { parseDocument, type Document } from 'yaml';
import type { Code, Codebook } from '../../model/codebook.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { parseCodebook } from '../parse.js';
import { withNewline } from '../../yaml/splice.js';
import { locateCodes, type CodeLoc, type FileLocs } from './locate.js';

export interface CodebookText {
  /** As shown in messages (relative to the working folder, or `codebooks/NAME.yaml` when bundled). */
  file: string;
  text: string;
  /** A bundled codebook: never edited. */
  builtin: boolean;
}

export interface ParsedFile {
  src: CodebookText;
  doc: Document.Parsed;
  locs: FileLocs;
  cb: Codebook;
}

export interface CodebookSet {
  files: ParsedFile[];
  /** All codes of the chain, base codes first (as the project sees them). */
  merged: Codebook;
}

export function parseSet(texts: CodebookText[]): { set?: CodebookSet; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files: ParsedFile[] = [];
  for (const src of texts) {
    const text = src.builtin ? src.text : withNewline(src.text);
    const parsed = parseCodebook(text, src.file);
    diagnostics.push(...parsed.diagnostics.filter((d) => d.severity === 'error'));
    if (!parsed.codebook) continue;
    const doc = parseDocument(text, { keepSourceTokens: false });
    files.push({ src: { ...src, text }, doc, locs: locateCodes(doc), cb: parsed.codebook });
  }
  if (diagnostics.length || files.length !== texts.length) return { diagnostics };
  const codes: Code[] = [];
  for (const f of [...files].reverse()) codes.push(...f.cb.codes);
  return { set: { files, merged: { ...files[0]!.cb, codes } }, diagnostics };
}

/** The file that defines a code, with its location there. */
export function definedIn(set: CodebookSet, id: string): { file: ParsedFile; loc: CodeLoc } | undefined {
  for (const file of set.files) {
    const loc = file.locs.codes.get(id);
    if (loc) return { file, loc };
  }
  return undefined;
}

/** `id<parent` for every code, sorted: what an edit must (and must only) change. */
export function structure(cb: Codebook): string[] {
  return cb.codes.map((c) => `${c.id}<${c.parent ?? ''}`).sort();
}

/** Ids of a code's descendants (not the code itself). */
export function descendants(cb: Codebook, id: string): Set<string> {
  const out = new Set<string>();
  const todo = [id];
  while (todo.length) {
    const cur = todo.pop()!;
    for (const c of cb.codes) if (c.parent === cur && !out.has(c.id)) { out.add(c.id); todo.push(c.id); }
  }
  return out;
}
