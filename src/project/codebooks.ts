/**
 * Finding and loading codebooks (I/O edge): a bundled name (`bartania`) or a path, following
 * `extends:` into one merged codebook. Reports missing files and extends cycles as Diagnostics.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codebookLanguages, type Codebook, type LabelledText } from '../model/codebook.js';
import { diagnostic, type Diagnostic, type Position } from '../model/diagnostic.js';
import { parseCodebook } from '../codebook/parse.js';
import { codebookPathsOf, parsePassages, passagesPathsOf, unusedPassageLanguages, withPassages, type PassageLanguage } from '../codebook/passages.js';
import { displayPath, readTextFile } from './files.js';
import { nearest } from '../text/nearest.js';

export const BUILTIN_DIR = fileURLToPath(new URL('../../codebooks/', import.meta.url));

export function builtinNames(): string[] {
  if (!existsSync(BUILTIN_DIR)) return [];
  return readdirSync(BUILTIN_DIR).filter((f) => f.endsWith('.yaml') && !codebookPathsOf(f).length).map((f) => f.slice(0, -5)).sort();
}

/** A name without a slash or extension is a bundled codebook; anything else is a path. */
export function isBuiltinName(ref: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(ref);
}

export interface CodebookFile {
  abs: string;
  /** As shown in messages. */
  file: string;
  builtin: boolean;
  text: string;
  /** The reference passages beside a codebook file (`x.passages.yaml` or `.yml`), not a codebook itself. */
  passages?: true;
}

export interface LoadedCodebook {
  /** The merged codebook (own codes after the codes of the codebooks it extends). */
  codebook?: Codebook;
  /** Every file read, root first, with its text (for hashing into run.json). */
  files: CodebookFile[];
  diagnostics: Diagnostic[];
}

/**
 * @param ref bundled name or path (relative to `baseDir`)
 * @param at where the reference was written, for "not found" messages
 */
export function loadCodebook(ref: string, baseDir: string, at?: Position): LoadedCodebook {
  const read: Read = { files: [], diagnostics: [], languages: [] };
  const loaded = load(ref, baseDir, at, [], read);
  const codebook = loaded && withPolarityCorpus(loaded, read.files, read.diagnostics);
  // a passage's language is checked against the whole codebook: the one extending it may add languages
  if (codebook) read.diagnostics.push(...unusedPassageLanguages(read.languages, codebookLanguages(codebook)));
  return { codebook, files: read.files, diagnostics: read.diagnostics };
}

/** The bundled passages with a polarity by codebook name (read once per process), or why they could not be read. */
let bundledCorpus: { byName: Map<string, LabelledText[]> } | { problem: string } | undefined;

const CORPUS = path.join(BUILTIN_DIR, 'polarity-corpus.json');

/** codebooks/polarity-corpus.json, checked entry by entry: all of it, or a problem and none of it. */
function readCorpus(): { byName: Map<string, LabelledText[]> } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(CORPUS, 'utf8'));
  } catch (e) {
    return { problem: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it is missing' : `it is not JSON (${(e as Error).message})` };
  }
  const list = (json as { passages?: unknown } | null)?.passages;
  if (!Array.isArray(list)) return { problem: 'it has no `passages` list' };
  const byName = new Map<string, LabelledText[]>();
  for (const [i, p] of list.entries()) {
    const { codebook, language, polarity, text } = (p ?? {}) as Record<string, unknown>;
    if (typeof codebook !== 'string' || typeof language !== 'string' || typeof text !== 'string' || (polarity !== 'support' && polarity !== 'limit')) {
      return { problem: `passage ${i + 1} is not { codebook, language, polarity: support|limit, text }` };
    }
    const l = byName.get(codebook) ?? [];
    l.push({ lang: language, polarity, text });
    byName.set(codebook, l);
  }
  return { byName };
}

/**
 * The codebook with `polarityCorpus`: the labelled passages of every bundled codebook whose passages
 * file it did not read itself (those are its own passages already). The corpus is written by
 * scripts/passages.mjs from the bundled passages files; if it cannot be read (a broken installation),
 * a warning says so and the learned polarity has the codebook's own passages only.
 */
function withPolarityCorpus(cb: Codebook, files: readonly CodebookFile[], diagnostics: Diagnostic[]): Codebook {
  bundledCorpus ??= readCorpus();
  if ('problem' in bundledCorpus) {
    diagnostics.push(diagnostic({ file: 'codebooks/polarity-corpus.json', line: 1, column: 1 }, 'polarity-corpus', 'warning',
      `the bundled polarity corpus cannot be used: ${bundledCorpus.problem}; the learned polarity has this codebook's own passages only`,
      'reinstall telaah (npm ci, or npm install -g telaah)'));
    return cb;
  }
  const own = new Set(files.filter((f) => f.builtin && f.passages).map((f) => path.basename(f.abs).replace(/\.passages\.ya?ml$/i, '')));
  const polarityCorpus = [...bundledCorpus.byName].flatMap(([name, list]) => (own.has(name) ? [] : list));
  return polarityCorpus.length ? { ...cb, polarityCorpus } : cb;
}

function resolveRef(ref: string, baseDir: string): string {
  if (isBuiltinName(ref) && !existsSync(path.resolve(baseDir, ref))) return path.join(BUILTIN_DIR, `${ref}.yaml`);
  return path.resolve(baseDir, ref);
}

/** What loading gathers from every file it reads. */
interface Read {
  files: CodebookFile[];
  diagnostics: Diagnostic[];
  /** Where each reference passage's language is written. */
  languages: PassageLanguage[];
}

function load(ref: string, baseDir: string, at: Position | undefined, chain: string[], acc: Read): Codebook | undefined {
  const { files, diagnostics } = acc;
  const abs = resolveRef(ref, baseDir);
  if (chain.includes(abs)) {
    diagnostics.push(
      diagnostic(at ?? { file: ref, line: 1, column: 1 }, 'extends-cycle', 'error',
        `extends cycle: ${[...chain, abs].map((f) => path.basename(f)).join(' → ')}`, 'remove one of the `extends:` lines'),
    );
    return undefined;
  }
  const shown = shownPath(abs);
  const read = readTextFile(abs, shown);
  if ('diagnostic' in read) {
    const names = builtinNames();
    const missing = read.diagnostic.ruleId === 'file-not-found';
    const guess = isBuiltinName(ref) ? nearest(ref, names) : undefined;
    const didYouMean = guess ? `did you mean "${guess}"? ` : '';
    diagnostics.push(
      missing && at
        ? diagnostic(at, chain.length ? 'extends-cycle' : 'codebook-not-found', 'error', `codebook "${ref}" not found`,
            `${didYouMean}use a bundled codebook (${names.join(', ')}) or a path to a .yaml file`)
        : missing
          ? { ...read.diagnostic, hint: `${didYouMean}bundled codebooks: ${names.join(', ')}` }
          : read.diagnostic,
    );
    return undefined;
  }
  files.push({ abs, file: shown, builtin: abs.startsWith(BUILTIN_DIR), text: read.text });
  const parsed = parseCodebook(read.text, shown);
  diagnostics.push(...parsed.diagnostics);
  const cb = parsed.codebook;
  if (!cb) return undefined;
  const base = cb.extends ? load(cb.extends.name, path.dirname(abs), cb.extends.pos, [...chain, abs], acc) : undefined;
  let merged = cb;
  if (base) {
    const polarity: Record<string, string[]> = { ...base.polarity };
    for (const [lang, cues] of Object.entries(cb.polarity)) polarity[lang] = [...(polarity[lang] ?? []), ...cues];
    merged = { ...cb, polarity, codes: [...base.codes, ...cb.codes] };
  }
  return withSidecarPassages(merged, abs, acc);
}

/** A file as messages show it: a bundled one as `codebooks/NAME`. */
function shownPath(abs: string): string {
  return abs.startsWith(BUILTIN_DIR) ? `codebooks/${path.basename(abs)}` : displayPath(abs);
}

/**
 * The codebook with the reference passages of the file beside it (`x.passages.yaml`, else
 * `x.passages.yml`), if there is one. Both at once is an error; the `.yaml` one is still checked.
 */
function withSidecarPassages(cb: Codebook, codebookAbs: string, { files, diagnostics, languages: langs }: Read): Codebook {
  const [abs, other] = passagesPathsOf(codebookAbs).filter((f) => existsSync(f));
  if (!abs) return cb;
  const shown = shownPath(abs);
  if (other) {
    diagnostics.push(diagnostic({ file: shownPath(other), line: 1, column: 1 }, 'passages', 'error',
      `two reference passages files for one codebook: ${shown} and ${shownPath(other)}`, `keep one: move the passages of ${path.basename(other)} into ${path.basename(abs)} and delete it`));
  }
  const builtin = abs.startsWith(BUILTIN_DIR);
  const read = readTextFile(abs, shown);
  if ('diagnostic' in read) {
    diagnostics.push(read.diagnostic);
    return cb;
  }
  files.push({ abs, file: shown, builtin, text: read.text, passages: true });
  const { passages, languages, diagnostics: found } = parsePassages(read.text, shown, new Set(cb.codes.map((c) => c.id)));
  diagnostics.push(...found);
  langs.push(...languages);
  return passages.length ? { ...cb, codes: withPassages(cb.codes, passages) } : cb;
}
