/**
 * `telaah import FILE [-o codebook.yaml] [--project DIR]`: a REFI-QDA codebook (.qdc) or project
 * (.qde, .qdpx) from NVivo, ATLAS.ti, MAXQDA, QualCoder or Taguette — its codebook as a telaah
 * codebook file, and with --project its coded selections as manual codings per user.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { lintCodebook } from '../../codebook/lint.js';
import { parseCodebook } from '../../codebook/parse.js';
import { appendDecisions } from '../../codings/edit.js';
import { loadCodings } from '../../codings/load.js';
import { diagnostic, hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import { BUILTIN_DIR, builtinNames, loadCodebook } from '../../project/codebooks.js';
import { displayPath } from '../../project/files.js';
import { loadProject } from '../../project/load.js';
import { codeGuid } from '../../refi/guid.js';
import { flattenCodes, type RefiProject } from '../../refi/model.js';
import { readRefi } from '../../refi/read.js';
import { refiToCodebook } from '../../refi/to-codebook.js';
import { importCodings } from '../../refi/to-codings.js';
import type { Codebook } from '../../model/codebook.js';
import type { Io } from '../io.js';
import { report } from '../project.js';
import { MemberTooLarge, openQdpx, type OpenedQdpx } from '../qdpx.js';
import { writeFileAtomic } from '../write.js';
import { commitFiles, withProjectLock } from '../../project/journal.js';

export interface ImportOptions {
  out?: string;
  project?: string;
  lang: 'id' | 'en';
  force?: boolean;
}

const MAX_BYTES = 200 * 1024 * 1024;
/** The unpacked size limit of a .qdpx member without a project (telaah.yaml's max_file_mb default). */
const DEFAULT_MAX_MB = 50;

export async function importCommand(file: string, opts: ImportOptions, io: Io): Promise<number> {
  if (!opts.out && !opts.project) {
    io.stderr('telaah import: say what to import into: -o codebook.yaml (the codebook) and/or --project DIR (the codings)\n');
    return 2;
  }
  const diags: Diagnostic[] = [];
  const abs = path.resolve(io.cwd, file);
  const shown = displayPath(abs, io.cwd);
  const p = opts.project ? await loadProject(opts.project, io.cwd) : undefined;
  // no member of a .qdpx is unpacked past the project's size limit; the sources' texts only when codings are imported
  const read = await readInput(abs, shown, diags, (p?.config.maxFileMb ?? DEFAULT_MAX_MB) * 1048576, Boolean(p));
  const project = read?.project;
  if (!project || hasErrors(diags)) return report(diags, io) || 1;
  if (!flattenCodes(project.codes).length) {
    diags.push(diagnostic({ file: shown, line: 1, column: 1 }, 'refi-empty', 'error', 'the file has no codes',
      'export the codebook (or the whole project) again from your QDA program'));
    return report(diags, io);
  }
  let status = 0;
  if (p) diags.push(...p.diagnostics.filter((d) => d.severity === 'error'));
  if (opts.out) status = Math.max(status, writeCodebook(project, shown, opts, p?.codebook, io, diags));
  if (p) {
    if (!p.codebook || hasErrors(p.diagnostics)) {
      diags.push(diagnostic({ file: opts.project!, line: 1, column: 1 }, 'project', 'error', 'the project has errors (above): no codings imported'));
      status = 1;
    } else {
      const cb = p.codebook;
      status = Math.max(status, await withProjectLock(p.dir, 'import --project', (d) => diags.push(d),
        async () => writeCodings(project, read.texts, p.dir, p.transcripts, cb, shown, io, diags)));
    }
  }
  return Math.max(status, report(diags, io));
}

interface Input {
  project?: RefiProject;
  /** Source GUID → plain text. */
  texts: Map<string, string>;
}

async function readInput(abs: string, shown: string, diags: Diagnostic[], limit: number, withSources: boolean): Promise<Input | undefined> {
  const at = { file: shown, line: 1, column: 1 };
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    diags.push(diagnostic(at, 'file-not-found', 'error', code === 'ENOENT' ? 'file not found' : `cannot read the file (${code})`));
    return undefined;
  }
  if (bytes.length > MAX_BYTES) {
    diags.push(diagnostic(at, 'file-too-large', 'error', `file is ${(bytes.length / 1048576).toFixed(0)} MB, too large to import`));
    return undefined;
  }
  const texts = new Map<string, string>();
  let xml: string;
  let zip: OpenedQdpx | undefined;
  const tooLarge = (e: unknown): boolean => {
    if (!(e instanceof MemberTooLarge)) return false;
    diags.push(diagnostic(at, 'file-too-large', 'error', `${e.member} in this zip is larger than ${e.limit / 1048576} MB unpacked; not imported`,
      'export the project again, or raise `max_file_mb` in telaah.yaml if the source really is that large'));
    return true;
  };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // a .qdpx: a zip with project.qde and the sources
    try {
      zip = await openQdpx(bytes, limit);
      if (!zip.qde) {
        diags.push(diagnostic(at, 'refi-xml', 'error', 'this zip has no project.qde, so it is not a REFI-QDA project (.qdpx)'));
        return undefined;
      }
      xml = zip.qde;
      shown = `${shown}/${zip.qdeName}`;
    } catch (e) {
      if (!tooLarge(e)) diags.push(diagnostic(at, 'refi-xml', 'error', `cannot open the zip: ${(e as Error).message}`));
      return undefined;
    }
  } else xml = decode(bytes);
  const r = readRefi(xml, shown);
  diags.push(...r.diagnostics);
  if (!r.project) return undefined;
  for (const s of withSources ? r.project.sources.filter((x) => x.selections.some((sel) => sel.codings.length)) : []) {
    if (s.plainTextContent !== undefined) texts.set(s.guid, s.plainTextContent);
    else if (s.plainTextPath && zip) {
      try {
        const m = await zip.source(s.plainTextPath);
        if (m) texts.set(s.guid, decodedOnce(m));
      } catch (e) {
        if (!tooLarge(e)) throw e;
        return undefined;
      }
    }
  }
  return { project: r.project, texts };
}

/** Sources naming the same member share its bytes (openQdpx) and so its one decoded text. */
const decoded = new WeakMap<Uint8Array, string>();
function decodedOnce(b: Uint8Array): string {
  let text = decoded.get(b);
  if (text === undefined) decoded.set(b, (text = decode(b)));
  return text;
}

/** Text as the QDA program wrote it: a byte-order mark decides UTF-16, else UTF-8; line ends kept, since positions count them. */
function decode(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  return new TextDecoder('utf-8').decode(b).replace(/^\uFEFF/, '');
}

function writeCodebook(project: RefiProject, shown: string, opts: ImportOptions, projectCodebook: Codebook | undefined, io: Io, diags: Diagnostic[]): number {
  const out = path.resolve(io.cwd, opts.out!);
  const outShown = displayPath(out, io.cwd);
  if (existsSync(out) && statSync(out).isDirectory()) {
    diags.push(diagnostic({ file: outShown, line: 1, column: 1 }, 'usage', 'error', `${outShown} is a folder; give a file name such as codebook.yaml`));
    return 2;
  }
  if (existsSync(out) && !opts.force) {
    diags.push(diagnostic({ file: outShown, line: 1, column: 1 }, 'file-exists', 'error', `${outShown} already exists; not overwritten`,
      'choose another -o file, or add --force to replace it'));
    return 1;
  }
  const base = path.basename(shown).replace(/\.[^.]+$/, '');
  const { text } = refiToCodebook(project.codes, {
    id: project.name || base, title: project.name || base, lang: opts.lang, knownIds: knownIds(projectCodebook),
    header: [
      `Imported by \`telaah import\` from ${path.basename(shown)}${project.origin ? ` (${project.origin})` : ''}.`,
      `Code names are the labels (${opts.lang}); descriptions are the definitions; nesting is kept.`,
      'Still to do before automatic coding: keywords for each code, and the other language;',
      `\`telaah lint --strict ${path.basename(out)}\` lists them.`,
    ],
  });
  // what we write must read back as a codebook without errors
  const parsed = parseCodebook(text, outShown);
  const problems = [...parsed.diagnostics, ...(parsed.codebook ? lintCodebook(parsed.codebook) : [])].filter((d) => d.severity === 'error');
  if (problems.length) throw new Error(`the imported codebook does not lint clean: ${problems[0]!.message}`);
  writeFileAtomic(out, text);
  const n = parsed.codebook!.codes.length;
  io.stdout(`Wrote ${n} code${n === 1 ? '' : 's'} to ${outShown}.\n`);
  return 0;
}

/** Codes telaah exported (GUIDs are UUID v5 of codebook id and code id) keep their ids: from the bundled codebooks and the project's. */
function knownIds(projectCodebook: Codebook | undefined): Map<string, string> {
  const ids = new Map<string, string>();
  const books = builtinNames().map((n) => loadCodebook(path.join(BUILTIN_DIR, `${n}.yaml`), BUILTIN_DIR).codebook);
  for (const cb of [projectCodebook, ...books]) {
    for (const c of cb?.codes ?? []) {
      const g = codeGuid(cb!.id, c.id);
      if (!ids.has(g)) ids.set(g, c.id);
    }
  }
  return ids;
}

function writeCodings(
  project: RefiProject, texts: Map<string, string>, dir: string, transcripts: Parameters<typeof importCodings>[0]['transcripts'],
  cb: Codebook, shown: string, io: Io, diags: Diagnostic[],
): number {
  const loaded = loadCodings(dir, io.cwd);
  const r = importCodings({ project, texts, transcripts, codebook: cb, existing: loaded.files, file: shown });
  diags.push(...r.diagnostics);
  let status = 0;
  const broken = new Set(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  // every coder's file is written in one journalled step: all of them, or (interrupted) none
  const writes = new Map<string, string>();
  const said: string[] = [];
  for (const [coder, codings] of [...r.byCoder].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = path.join(dir, 'codings', `${coder}.yaml`);
    const fileShown = displayPath(file, io.cwd);
    if (broken.has(fileShown)) {
      diags.push(diagnostic({ file: fileShown, line: 1, column: 1 }, 'codings', 'error',
        `${fileShown} has errors (above), so the ${codings.length} codings of ${coder} were not added to it`, 'fix the file, then import again'));
      status = 1;
      continue;
    }
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const after = appendDecisions(before, coder, codings, []);
    if (after.problem !== undefined) {
      diags.push(diagnostic({ file: fileShown, line: 1, column: 1 }, 'codings-append', 'error',
        `the ${codings.length} codings of ${coder} were not added to ${fileShown}: ${after.problem}`));
      status = 1;
      continue;
    }
    writes.set(file, after.text);
    said.push(`${before === undefined ? 'Wrote' : 'Added to'} ${fileShown}: ${codings.length} coding${codings.length === 1 ? '' : 's'} of ${coder}.\n`);
  }
  if (writes.size) {
    mkdirSync(path.join(dir, 'codings'), { recursive: true });
    commitFiles(dir, 'import --project', writes);
  }
  io.stdout(said.join(''));
  const c = r.counts;
  io.stdout(`${c.selections} coded selections: ${c.imported} codings imported` +
    `${c.already ? `, ${c.already} already in the codings files` : ''}` +
    `${c.auto ? `, ${c.auto} automatic (telaah-auto, left out)` : ''}` +
    `${c.skipped ? `, ${c.skipped} not imported (see the warnings)` : ''}.\n`);
  return status;
}
