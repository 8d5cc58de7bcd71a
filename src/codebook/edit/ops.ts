/**
 * Restructuring a codebook: rename, move (re-parent) and merge codes across the files of a
 * codebook chain. Each edit works on text, checks itself by parsing the result back (the structure
 * must be exactly what was asked, nothing else), and refuses with a Diagnostic what it cannot do
 * safely. Pure: texts in, texts out.
 */
import { diagnostic, type Diagnostic, type Position } from '../../model/diagnostic.js';
import { applyPatches, replaceScalar } from '../../yaml/splice.js';
import { isSeq } from 'yaml';
import { addChildren, appendToList, blockOf, cutCode, LayoutError, setParentLine } from './blocks.js';
import { mergeContent } from './merge-content.js';
import { retireNotExamples } from './stale-not-examples.js';
import { definedIn, descendants, parseSet, structure, type CodebookSet, type CodebookText } from './set.js';

export interface EditOutcome {
  /** New text per file (only files that changed). */
  texts: Map<string, string>;
  /** What changed, one line each, for the person. */
  changes: string[];
  /** Codings: which code ids become which. */
  recode: Map<string, string>;
  diagnostics: Diagnostic[];
}

type Step = { ok: true; set: CodebookSet; changes: string[] } | { ok: false; diagnostics: Diagnostic[] };

const RULE = 'codebook-edit';
const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

class Refusal extends Error {
  constructor(readonly diag: Diagnostic) { super(diag.message); }
}

function refuse(at: Position, message: string, hint?: string): never {
  throw new Refusal(diagnostic(at, RULE, 'error', message, hint));
}

/** Runs an edit; every refusal or layout problem becomes a Diagnostic. */
function attempt(texts: CodebookText[], at: Position, recode: Map<string, string>, edit: (set: CodebookSet, changes: string[]) => CodebookSet): EditOutcome {
  const parsed = parseSet(texts);
  const out: EditOutcome = { texts: new Map(), changes: [], recode, diagnostics: parsed.diagnostics };
  if (!parsed.set) {
    out.diagnostics.push(diagnostic(at, RULE, 'error', 'the codebook has errors; fix them first (see `telaah lint --project`)'));
    return out;
  }
  try {
    const after = edit(parsed.set, out.changes);
    for (const f of after.files) {
      const before = parsed.set.files.find((b) => b.src.file === f.src.file)!;
      if (f.src.text !== before.src.text) out.texts.set(f.src.file, f.src.text);
    }
  } catch (e) {
    if (e instanceof Refusal) out.diagnostics.push(e.diag);
    else if (e instanceof LayoutError) out.diagnostics.push(diagnostic(at, RULE, 'error', `cannot edit this codebook safely: ${e.message}`));
    else throw e;
    out.changes = [];
  }
  return out;
}

/** Replaces one file's text and parses the set again; the structure must come out as expected. */
function reparse(set: CodebookSet, file: string, text: string, expected: string[]): CodebookSet {
  return check(reparseLenient(set, file, text), expected);
}

function editable(set: CodebookSet, id: string, at: Position, role: string) {
  const d = definedIn(set, id);
  if (!d) {
    const ids = set.merged.codes.map((c) => c.id);
    const near = ids.filter((x) => x.includes(id) || id.includes(x)).slice(0, 5);
    refuse(at, `${role} "${id}" is not in the codebook`, near.length ? `did you mean ${near.join(', ')}?` : `codes: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`);
  }
  if (d.file.src.builtin) {
    refuse(d.file.cb.codes.find((c) => c.id === id)!.pos, `"${id}" is defined in the bundled codebook ${d.file.src.file}, which telaah does not change`,
      'copy it into your project first: `telaah codebook copy PROJECT`');
  }
  return d;
}

const lineOf = (set: CodebookSet, id: string): string => {
  const c = set.merged.codes.find((x) => x.id === id)!;
  return `${c.pos.file}:${c.pos.line}`;
};

function renameStep(set: CodebookSet, from: string, to: string, at: Position, changes: string[]): CodebookSet {
  if (!ID_RE.test(to)) refuse(at, `"${to}" is not a valid code id`, 'use lower-case letters, digits and dashes, e.g. dialog-warga');
  const d = editable(set, from, at, 'code');
  const clash = set.merged.codes.find((c) => c.id === to);
  if (clash) refuse(clash.pos, `code "${to}" already exists`, `pick another name, or merge: telaah codebook merge ${from} ${to} --into ${to}`);
  changes.push(`${lineOf(set, from)}  id: ${from} → ${to}`);
  const expected = structure({ ...set.merged, codes: set.merged.codes.map((c) => ({ ...c, id: c.id === from ? to : c.id, parent: c.parent === from ? to : c.parent })) });
  let cur = set;
  for (const f of set.files) {
    if (f.src.builtin) continue;
    const patches = f.locs.parentRefs.filter((n) => String(n.value) === from).map((n) => replaceScalar(n, to));
    if (f === d.file) patches.push(replaceScalar(d.loc.idNode, to));
    if (!patches.length) continue;
    const refs = patches.length - (f === d.file ? 1 : 0);
    if (refs) changes.push(`${f.src.file}  ${refs} parent: ${from} → ${to}`);
    const text = applyPatches(f.src.text, patches);
    cur = reparseLenient(cur, f.src.file, text);
  }
  return check(cur, expected);
}

/** Intermediate states of a multi-file edit are checked at the end. */
function reparseLenient(set: CodebookSet, file: string, text: string): CodebookSet {
  const next = parseSet(set.files.map((f) => (f.src.file === file ? { ...f.src, text } : f.src)));
  if (!next.set) throw new Error(`codebook edit of ${file} made it unreadable; nothing was written`);
  return next.set;
}

function check(set: CodebookSet, expected: string[]): CodebookSet {
  if (JSON.stringify(structure(set.merged)) !== JSON.stringify(expected)) throw new Error('codebook edit did not come out as intended; nothing was written');
  return set;
}

function moveStep(set: CodebookSet, id: string, parent: string | undefined, at: Position, changes: string[]): CodebookSet {
  const d = editable(set, id, at, 'code');
  const code = set.merged.codes.find((c) => c.id === id)!;
  if (parent !== undefined) {
    if (!set.merged.codes.some((c) => c.id === parent)) editable(set, parent, at, 'parent');
    if (parent === id || descendants(set.merged, id).has(parent)) {
      refuse(at, `cannot move "${id}" under "${parent}": "${parent}" is ${parent === id ? 'the code itself' : `inside "${id}"`}, so the codebook would go round in a circle`,
        `move "${parent}" out of "${id}" first, or pick another parent`);
    }
  }
  if (code.parent === parent) return set;
  changes.push(`${lineOf(set, id)}  parent of ${id}: ${code.parent ?? '(top level)'} → ${parent ?? '(top level)'}`);
  const expected = structure({ ...set.merged, codes: set.merged.codes.map((c) => (c.id === id ? { ...c, parent } : c)) });
  const file = d.file;
  const nest = parent !== undefined && file.locs.codes.has(parent);
  // nested into a parent in the same file: an existing `parent:` line follows along; elsewhere `parent:` says it
  const block = nest && !d.loc.parentNode ? blockOf(file.src.text, d.loc.item) : setParentLine(file.src.text, d.loc, blockOf(file.src.text, d.loc.item), parent);
  if (!nest && !d.loc.nestedIn) {
    // already a top-level item: only its `parent:` line changes
    const b = blockOf(file.src.text, d.loc.item);
    return reparse(set, file.src.file, applyPatches(file.src.text, [{ start: b.start, end: b.end, text: block.text }]), expected);
  }
  const afterCut = reparseLenient(set, file.src.file, cutCode(file.src.text, d.loc, file.locs).text);
  const f2 = afterCut.files.find((f) => f.src.file === file.src.file)!;
  let text: string;
  const dest = nest ? f2.locs.codes.get(parent!) : undefined;
  if (dest) {
    const kids = dest.childrenPair?.value;
    text = isSeq(kids) && kids.items.length ? appendToList(f2.src.text, kids, block) : addChildren(f2.src.text, dest, block);
  } else {
    if (!f2.locs.top || !f2.locs.top.items.length) throw new LayoutError('the file has no other top-level codes to place it beside');
    text = appendToList(f2.src.text, f2.locs.top, block);
  }
  return reparse(afterCut, file.src.file, text, expected);
}

/** Merges code `x` into existing code `into`: children, `parent:` references and lists move over; `x` goes. */
function mergeStep(set: CodebookSet, x: string, into: string, at: Position, changes: string[]): CodebookSet {
  editable(set, x, at, 'code');
  editable(set, into, at, 'code');
  if (descendants(set.merged, x).has(into)) {
    refuse(at, `cannot merge "${x}" into "${into}", which is inside it`, `merge into "${x}" instead: telaah codebook merge ${x} ${into} --into ${x}`);
  }
  let cur = set;
  for (const child of set.merged.codes.filter((c) => c.parent === x)) cur = moveStep(cur, child.id, into, at, changes);
  const xi = definedIn(cur, x)!;
  const ci = definedIn(cur, into)!;
  const merged = mergeContent(ci.file.src.text, ci.loc.item, xi.file.src.text, xi.loc.item);
  if (merged.added) changes.push(`${lineOf(cur, into)}  ${merged.added} keywords, examples and criteria of ${x} added to ${into}`);
  cur = reparseLenient(cur, ci.file.src.file, merged.text);
  const xAgain = definedIn(cur, x)!;
  const cut = cutCode(xAgain.file.src.text, xAgain.loc, xAgain.file.locs);
  changes.push(`${lineOf(cur, x)}  code ${x} removed (merged into ${into})`);
  const expected = structure({ ...cur.merged, codes: cur.merged.codes.filter((c) => c.id !== x) });
  cur = reparse(cur, xAgain.file.src.file, cut.text, expected);
  const c = definedIn(cur, into)!;
  const retired = retireNotExamples(cur.merged, c.file, c.loc, `not-example of ${into} until ${x} was merged into it (now it would be coded as ${into}):`);
  if (!retired.count) return cur;
  changes.push(`${lineOf(cur, into)}  ${retired.count} not-example${retired.count === 1 ? '' : 's'} of ${into} that the merged code now covers turned into comments`);
  return reparse(cur, c.file.src.file, retired.text, expected);
}

export function renameCode(texts: CodebookText[], from: string, to: string, at: Position): EditOutcome {
  return attempt(texts, at, new Map([[from, to]]), (set, changes) => renameStep(set, from, to, at, changes));
}

export function moveCode(texts: CodebookText[], id: string, parent: string | undefined, at: Position): EditOutcome {
  return attempt(texts, at, new Map(), (set, changes) => moveStep(set, id, parent, at, changes));
}

/**
 * Merges `a` and `b` into `into`. `into` may be `a` or `b` (the other one is merged into it), an
 * existing third code (both are merged into it), or a new id (then `a` is renamed to it, keeping
 * its label and definition, and `b` is merged into it).
 */
export function mergeCodes(texts: CodebookText[], a: string, b: string, into: string, at: Position): EditOutcome {
  const recode = new Map([[a, into], [b, into]]);
  recode.delete(into);
  return attempt(texts, at, recode, (set, changes) => {
    if (a === b) refuse(at, `merging "${a}" with itself does nothing`, 'name two different codes');
    editable(set, a, at, 'code');
    editable(set, b, at, 'code');
    let cur = set;
    let sources = [a, b].filter((x) => x !== into);
    if (!set.merged.codes.some((c) => c.id === into)) {
      cur = renameStep(cur, a, into, at, changes);
      sources = [b];
    }
    for (const x of sources) cur = mergeStep(cur, x, into, at, changes);
    return cur;
  });
}
