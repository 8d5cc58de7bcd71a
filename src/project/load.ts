/**
 * Loading a project folder (I/O edge): telaah.yaml, the codebook, every transcript.
 * Every problem becomes a Diagnostic; a transcript that fails is reported and left out.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { recoverProject } from './journal.js';
import type { Codebook } from '../model/codebook.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Transcript, TranscriptMeta, UnreadableTranscript } from '../model/transcript.js';
import { sha256 } from '../output/run-json.js';
import { TRANSCRIPT_EXTENSIONS } from '../transcript/formats/index.js';
import { parseTranscript, transcriptHead, type ParseOptions } from '../transcript/parse.js';
import { CONFIG_FILE, parseConfig, type ProjectConfig } from './config.js';
import { loadCodebook } from './codebooks.js';
import { displayPath, readTextFile, RefusedError } from './files.js';
import { readMetaFile, readTranscriptText } from './transcript-source.js';

/**
 * An input read, for provenance: its text, or for a transcript only the sha256 of its text (the
 * whole corpus is not kept for that).
 */
export type InputFile = TextInput | { path: string; sha256: string };

export interface TextInput {
  /** Path relative to the project folder, with forward slashes (stable wherever the folder lives). */
  path: string;
  text: string;
}

/** A transcript of the project, parsed when it is needed: see LoadOptions.lazy. */
export interface TranscriptSource {
  /** Path relative to the project folder. */
  file: string;
  meta: TranscriptMeta;
  /** Characters of text. */
  size: number;
  /**
   * The parsed transcript, with the diagnostics of its body when they were not reported at load
   * (lazy loading); a transcript whose file changed since is refused (RefusedError).
   */
  load(): Promise<{ transcript: Transcript; diagnostics: Diagnostic[] }>;
  /** For a source loaded lazily: what `load()` does, as plain data a worker thread can do it from (loadRecipe). */
  recipe?: TranscriptRecipe;
}

/** How to read and parse one transcript again (LoadOptions.lazy): plain data, so a worker thread can do it. */
export interface TranscriptRecipe {
  abs: string;
  /** The path as messages show it. */
  shown: string;
  /** Path relative to the project folder (Transcript.file). */
  file: string;
  /** The id when the front matter gives none. */
  defaultId: string;
  maxBytes: number;
  /** sha256 of the text when the project was loaded: a changed file is refused. */
  sha256: string;
  parse: Omit<ParseOptions, 'headChecked'>;
}

/**
 * A lazily loaded transcript, read and parsed again: the file must not have changed since the
 * project was loaded (else RefusedError). Only the body's diagnostics are returned (the head's were
 * reported at load).
 */
export async function loadRecipe(r: TranscriptRecipe): Promise<{ transcript: Transcript; diagnostics: Diagnostic[] }> {
  const again = await readTranscriptText(r.abs, r.shown, r.maxBytes);
  if (again.diagnostics.some((d) => d.severity === 'error') || sha256(again.text) !== r.sha256) {
    throw new RefusedError(r.abs, 'transcript-changed', 'this transcript changed while telaah was reading the project', 'run the command again');
  }
  const parsed = parseTranscript(again.text, r.shown, r.defaultId, { ...r.parse, headChecked: true });
  parsed.transcript.file = r.file;
  return parsed;
}

export interface LoadOptions {
  /**
   * Read each transcript's metadata now (with every error it can have) but parse its body only when
   * `load()` is called, reading the file again: the corpus is then never in memory all at once, and
   * `transcripts` stays empty. The body's warnings come with `load()`.
   */
  lazy?: boolean;
}

export interface Project {
  dir: string;
  config: ProjectConfig;
  codebook?: Codebook;
  /** Text of the root codebook file (its sha256 goes into run.json). */
  codebookText: string;
  /** In a stable order: sorted by path (empty when loaded lazily). */
  transcripts: Transcript[];
  /** The same transcripts, in the same order, to parse when needed (loaded already unless lazy). */
  sources: TranscriptSource[];
  /**
   * Transcript files left out because of an error (shown as the diagnostics show them), with the ids
   * they most likely have (none: it cannot be told, e.g. a broken `id:` line or an unreadable file).
   */
  unreadable: UnreadableTranscript[];
  /** False when telaah.yaml could not be read or has errors: then nothing should be written. */
  configOk: boolean;
  /** Every input read (config, codebook files, transcripts), for provenance. */
  inputs: InputFile[];
  diagnostics: Diagnostic[];
}

export { TRANSCRIPT_EXTENSIONS };

/** Documents people keep beside transcripts that telaah cannot read: named, so none is skipped unseen. */
const UNREAD_DOCUMENTS = ['doc', 'odt', 'rtf', 'pdf', 'pages', 'sbv', 'ass'];

export async function loadProject(dirArg: string, cwd = process.cwd(), opts: LoadOptions = {}): Promise<Project> {
  const dir = path.resolve(cwd, dirArg);
  const show = (abs: string): string => displayPath(abs, cwd);
  const rel = (abs: string): string => path.relative(dir, abs).split(path.sep).join('/');
  const project: Project = { dir, config: parseConfig('', CONFIG_FILE).config, codebookText: '', configOk: false, transcripts: [], sources: [], unreadable: [], inputs: [], diagnostics: [] };
  const diags = project.diagnostics;

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    diags.push(diagnostic({ file: dirArg, line: 1, column: 1 }, 'project-not-found', 'error', `project folder "${dirArg}" does not exist`,
      'give the path of a folder with a telaah.yaml, or create one with `telaah init`'));
    return project;
  }
  const configAbs = path.join(dir, CONFIG_FILE);
  if (!existsSync(configAbs)) {
    diags.push(diagnostic({ file: show(configAbs), line: 1, column: 1 }, 'project-not-found', 'error', `no ${CONFIG_FILE} in "${dirArg}"`,
      dirArg === '.' ? 'run `telaah init` to create a project here' : `run \`telaah init ${dirArg}\` to create a project there`));
    return project;
  }
  // an edit interrupted by kill -9 or a power cut is completed (or its temporary files removed) first
  diags.push(...recoverProject(dir, show));
  const configRead = readTextFile(configAbs, show(configAbs));
  if ('diagnostic' in configRead) {
    diags.push(configRead.diagnostic);
    return project;
  }
  project.inputs.push({ path: CONFIG_FILE, text: configRead.text });
  const { config, diagnostics: cd } = parseConfig(configRead.text, show(configAbs));
  project.config = config;
  project.configOk = !cd.some((d) => d.severity === 'error');
  diags.push(...cd);

  const cb = loadCodebook(config.codebook, dir, config.codebookPos);
  const cbDirs = [...new Set(cb.files.filter((f) => !f.builtin).map((f) => path.dirname(f.abs)))].filter((d) => d !== dir && d.startsWith(dir + path.sep));
  if (cbDirs.length) diags.push(...recoverProject(dir, show, cbDirs));
  diags.push(...cb.diagnostics);
  project.codebook = cb.codebook;
  project.codebookText = cb.files[0]?.text ?? '';
  for (const f of cb.files) project.inputs.push({ path: f.builtin ? `builtin:${path.basename(f.abs)}` : rel(f.abs), text: f.text });

  const outAbs = path.resolve(dir, config.output);
  const files = findTranscripts(dir, config, outAbs, diags, show, configAbs);
  const ids = new Map<string, string>();
  const maxBytes = config.maxFileMb * 1024 * 1024;
  for (const abs of files) {
    const read = await readTranscriptText(abs, show(abs), maxBytes);
    diags.push(...read.diagnostics);
    const base = path.basename(abs).replace(/\.[^.]+$/, '');
    const skipped = (...texts: string[]): void => {
      const ids = likelyIds(safeId(base), texts);
      project.unreadable.push(ids ? { file: show(abs), ids } : { file: show(abs) });
    };
    if (read.diagnostics.some((d) => d.severity === 'error')) {
      skipped();
      continue;
    }
    const side = readMetaFile(abs, cwd, [configAbs]);
    diags.push(...side.diagnostics);
    if (side.diagnostics.length) {
      skipped(read.text);
      continue;
    }
    const parseOpts = {
      ...(side.meta ? { metaFile: side.meta } : {}),
      ...(read.speakers ? { speakers: read.speakers } : {}),
    };
    const parse = (text: string, headChecked: boolean) => parseTranscript(text, show(abs), safeId(base), { ...parseOpts, headChecked });
    let t: Transcript | undefined;
    let meta: TranscriptMeta;
    let bodyLineIndex = 0;
    if (opts.lazy) {
      const head = transcriptHead(read.text, show(abs), safeId(base), side.meta);
      diags.push(...head.diagnostics);
      if (head.diagnostics.some((d) => d.severity === 'error')) {
        skipped(read.text, side.meta?.text ?? '');
        continue;
      }
      meta = head.meta;
      bodyLineIndex = head.bodyLineIndex;
    } else {
      const parsed = parse(read.text, false);
      diags.push(...parsed.diagnostics);
      if (parsed.diagnostics.some((d) => d.severity === 'error')) {
        skipped(read.text, side.meta?.text ?? '');
        continue;
      }
      t = parsed.transcript;
      meta = t.meta;
    }
    const prev = ids.get(meta.id);
    if (prev) {
      diags.push(diagnostic({ file: show(abs), line: 1, column: 1 }, 'duplicate-transcript-id', 'error',
        `transcript id "${meta.id}" is also used by ${prev}`, 'give one of them another `id:` in its front matter (or in the .yaml metadata file beside it)'));
      project.unreadable.push({ file: show(abs), ids: [meta.id] });
      continue;
    }
    ids.set(meta.id, show(abs));
    const file = rel(abs);
    const hash = sha256(read.text);
    project.inputs.push({ path: file, sha256: hash });
    if (side.meta) project.inputs.push({ path: rel(side.meta.abs), text: side.meta.text });
    const size = read.text.length;
    if (t) {
      const kept = t;
      kept.file = file;
      project.transcripts.push(kept);
      project.sources.push({ file, meta, size, load: () => Promise.resolve({ transcript: kept, diagnostics: [] }) });
      continue;
    }
    // the same steps as above, on the file as it is now: it must not have changed since
    // with the head read above: a worker parsing the transcript again skips its YAML (a third of parsing a short one)
    const recipe: TranscriptRecipe = { abs, shown: show(abs), file, defaultId: safeId(base), maxBytes, sha256: hash, parse: { ...parseOpts, head: { meta, bodyLineIndex } } };
    project.sources.push({ file, meta, size, recipe, load: () => loadRecipe(recipe) });
  }
  return project;
}

function findTranscripts(dir: string, config: ProjectConfig, outAbs: string, diags: Diagnostic[], show: (abs: string) => string, configAbs: string): string[] {
  const found = new Set<string>();
  const ours = (p: string): boolean => p === outAbs || p.startsWith(outAbs + path.sep);
  for (const entry of config.transcripts) {
    const abs = path.resolve(dir, entry);
    let matches: string[];
    if (existsSync(abs) && statSync(abs).isDirectory()) {
      matches = scanFolder(abs, abs !== dir, (p) => !ours(p), show, diags);
    } else if (existsSync(abs)) {
      matches = [abs];
    } else {
      matches = globSync(entry, { cwd: dir, absolute: true, dot: false });
      if (!/[*?[{]/.test(entry) && matches.length === 0) {
        diags.push(diagnostic({ file: show(configAbs), line: 1, column: 1 },
          'config', 'error', `transcripts folder "${entry}" does not exist`, 'create it, or fix `transcripts:` in telaah.yaml'));
      }
    }
    for (const m of matches) {
      const norm = path.resolve(m);
      if (ours(norm)) continue; // never read our own outputs
      if (path.basename(norm).toLowerCase() === 'readme.md' || isOfficeLockFile(norm)) continue;
      found.add(norm);
    }
  }
  return [...found].sort();
}

/**
 * The transcripts in a folder; files beside them that are not read get a warning: documents in
 * another format, and (unless the folder is the project itself) metadata files with no transcript.
 */
function scanFolder(abs: string, checkMeta: boolean, keep: (p: string) => boolean, show: (abs: string) => string, diags: Diagnostic[]): string[] {
  const glob = (exts: string[]): string[] =>
    globSync(`**/*.{${exts.join(',')}}`, { cwd: abs, absolute: true, dot: false, caseSensitiveMatch: false }).map((p) => path.resolve(p))
      .filter((p) => keep(p) && !isOfficeLockFile(p)).sort();
  const transcripts = glob(TRANSCRIPT_EXTENSIONS);
  const warn = (file: string, rule: string, message: string, hint: string): void => {
    diags.push(diagnostic({ file: show(file), line: 1, column: 1 }, rule, 'warning', message, hint));
  };
  for (const other of glob(UNREAD_DOCUMENTS)) {
    warn(other, 'unsupported-format', 'this file is not read: telaah reads transcripts saved as .md, .txt, .docx, .vtt or .srt', 'save it as Word Document (.docx) or as plain text (.txt)');
  }
  if (checkMeta) {
    const bases = new Set(transcripts.map((t) => t.replace(/\.[^./\\]+$/, '')));
    for (const meta of glob(['yaml', 'yml'])) {
      if (bases.has(meta.replace(/\.[^./\\]+$/, ''))) continue;
      warn(meta, 'metadata-without-transcript', `this metadata file belongs to no transcript: there is no ${path.basename(meta).replace(/\.[^.]+$/, '')}.docx, .vtt, .srt, .md or .txt beside it`,
        'give it the name of its transcript, with .yaml instead of the transcript\'s extension');
    }
  }
  return transcripts;
}

/**
 * `~$wawancara.docx`: the owner file Word (and Excel) keeps beside a document while it is open — a
 * few bytes, not a document. Never a transcript, and no reason to warn.
 */
function isOfficeLockFile(p: string): boolean {
  return path.basename(p).startsWith('~$');
}

/** A file name made safe as a transcript id. */
/**
 * The ids a transcript left out would have: the `id:` of its front matter or metadata file when that
 * line reads plainly, else its file name's; undefined when there is no text, or an `id:` line that
 * does not read plainly (`id: [unclosed`).
 */
function likelyIds(fromName: string, texts: string[]): string[] | undefined {
  if (!texts.length) return undefined;
  let found: string | undefined;
  for (const t of texts) {
    for (const line of t.split('\n', 60)) {
      const m = /^id:\s*(.*?)\s*$/.exec(line.replace(/\s+#.*$/, ''));
      if (!m) continue;
      const v = /^(["']?)([\p{L}\p{N}][\p{L}\p{N}._-]*)\1$/u.exec(m[1]!);
      if (!v) return undefined;
      found = v[2]!;
    }
  }
  return [found ?? fromName];
}

export function safeId(name: string): string {
  return name.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+/, '').replace(/\.\.+/g, '.') || 'transcript';
}
