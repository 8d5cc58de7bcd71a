/**
 * Adding a code to a codebook file's text: a new item at the end of the top-level `codes:` list,
 * written in the list's own indentation, with its label and definition in one language. The new
 * text is parsed and linted before it is returned: an error in the new code (or a file that no
 * longer parses) returns a problem instead, so nothing is written. Pure.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Pair, type YAMLSeq } from 'yaml';
import { lintCodebook } from '../lint.js';
import { parseCodebook } from '../parse.js';
import { appendToList, LayoutError } from './blocks.js';
import type { Diagnostic } from '../../model/diagnostic.js';

export interface NewCode {
  id: string;
  label: string;
  parent?: string;
  definition: string;
}

export type Added = { text: string; warnings: Diagnostic[]; problem?: undefined } | { text?: undefined; problem: string };

/**
 * @param known ids of every code the project's codebook has (with codebooks it extends), for the parent
 */
export function addCode(text: string, file: string, code: NewCode, lang: string, known: string[]): Added {
  if (known.includes(code.id)) return { problem: `the codebook already has a code "${code.id}"` };
  if (code.parent && !known.includes(code.parent)) return { problem: `there is no code "${code.parent}" to put it under` };
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents)) return { problem: `${file} does not parse; fix it first (telaah lint)` };
  const pair = (doc.contents.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === 'codes');
  const list = pair?.value as YAMLSeq | undefined;
  if (!list || !isSeq(list)) return { problem: `${file} has no top-level codes: list to add to` };
  const item = { id: code.id, ...(code.parent ? { parent: code.parent } : {}), label: { [lang]: code.label }, definition: { [lang]: code.definition } };
  const block = stringify([item], { lineWidth: 0 });
  let after: string;
  try {
    after = appendToList(text, list, { start: 0, end: block.length, indent: 0, text: block });
  } catch (e) {
    if (e instanceof LayoutError) return { problem: `${file}: ${e.message}; add the code by hand` };
    throw e;
  }
  const parsed = parseCodebook(after, file);
  const cb = parsed.codebook;
  const added = cb?.codes.find((c) => c.id === code.id);
  if (!cb || !added) return { problem: `the new code would not parse in ${file}: ${parsed.diagnostics[0]?.message ?? 'unknown reason'}` };
  // the new code's own lines: problems elsewhere in the file (or of codes in an extended codebook) are not its fault
  const first = added.pos.line;
  const last = first + block.split('\n').length;
  const mine = [...parsed.diagnostics, ...lintCodebook(cb)].filter((d) => d.line >= first - 1 && d.line <= last && !(d.ruleId === 'unknown-parent' && code.parent && known.includes(code.parent)));
  const errors = mine.filter((d) => d.severity === 'error');
  if (errors.length) return { problem: `${errors[0]!.message} [${errors[0]!.ruleId}]` };
  return { text: after, warnings: mine.filter((d) => d.severity !== 'error') };
}
