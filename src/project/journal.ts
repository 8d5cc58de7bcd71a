/**
 * Multi-file edits of a project that survive `kill -9` (I/O edge): a lock file so that only one
 * telaah edits a project at a time, and a write-ahead journal so that an edit interrupted half-way
 * is completed by the next telaah command.
 *
 * How an edit writes (`commitFiles`): every new text goes to a temporary file beside its target
 * (`<file>.telaah-tmp-<pid>`); then the journal `.telaah-journal.json` lists the temp → target
 * renames and is renamed into place — the commit point; then the renames are done and the journal
 * is removed. Interrupted before the commit point, the edit did not happen: the next command
 * deletes the temporary files. After it, the next command does the renames that are left. Either
 * way the project is as before the edit or as after it, never in between.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { CONFIG_FILE } from './config.js';

export const LOCK_FILE = '.telaah-lock';
export const JOURNAL_FILE = '.telaah-journal.json';
const TMP_RE = /\.telaah-tmp-(\d+)$/;

interface Journal {
  format: 'telaah-journal';
  pid: number;
  command: string;
  /** [temporary file, target], relative to the project folder with `/`. */
  renames: [string, string][];
}

interface Lock {
  pid: number;
  command: string;
}

/** Whether a process with this id runs (another user's counts as running). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Writes a small file durably: its content is on disk before the call returns. */
function writeDurably(file: string, data: string | Uint8Array, flag: 'w' | 'wx' = 'w'): void {
  const fd = openSync(file, flag);
  try {
    if (typeof data === 'string') writeSync(fd, data);
    else writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs `edit` holding the project's lock. When another telaah holds it, says which (process id and
 * command) and returns 1 without running `edit`. A lock left by a process that no longer runs is
 * taken over.
 */
export function withProjectLock(projectDir: string, command: string, report: (d: Diagnostic) => void, edit: () => Promise<number>): Promise<number> {
  return withLock(path.join(projectDir, LOCK_FILE), LOCK_FILE, command, 'changing this project', report, edit);
}

/** The same for one coder's codings file, held by `code --interactive` for its whole session. */
export function withCoderLock(codingsFile: string, command: string, report: (d: Diagnostic) => void, session: () => Promise<number>): Promise<number> {
  const lockFile = `${codingsFile}.telaah-lock`;
  return withLock(lockFile, `codings/${path.basename(lockFile)}`, command, `coding as ${path.basename(codingsFile, '.yaml')}`, report, session);
}

async function withLock(lockFile: string, shown: string, command: string, doing: string, report: (d: Diagnostic) => void, work: () => Promise<number>): Promise<number> {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeDurably(lockFile, `${JSON.stringify({ pid: process.pid, command } satisfies Lock)}\n`, 'wx');
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw e;
      const other = readJson<Lock>(lockFile);
      if (other && alive(other.pid)) {
        report(diagnostic({ file: shown, line: 1, column: 1 }, 'locked', 'error',
          `another telaah is ${doing} (process ${other.pid}: \`telaah ${other.command}\`), so nothing was changed`,
          `wait for it to finish (or quit it) and run the command again; if process ${other.pid} is no longer running, delete ${shown}`));
        return 1;
      }
      if (attempt > 0 && !other) {
        // being written by another process this very moment, or unreadable: do not fight over it
        report(diagnostic({ file: shown, line: 1, column: 1 }, 'locked', 'error',
          `another telaah is just starting ${doing}, so nothing was changed`, `run the command again; if it keeps saying so, delete ${shown}`));
        return 1;
      }
      rmSync(lockFile, { force: true }); // left by a process that was killed
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/**
 * Replaces files of the project (absolute path → new content) all or nothing, through the journal
 * (see the top of this file). Targets must lie inside `projectDir`.
 */
export function commitFiles(projectDir: string, command: string, files: Map<string, string | Uint8Array>): void {
  const rel = (abs: string) => path.relative(projectDir, abs).split(path.sep).join('/');
  const renames: [string, string][] = [];
  try {
    for (const [abs, content] of files) {
      const tmp = `${abs}.telaah-tmp-${process.pid}`;
      writeDurably(tmp, content);
      renames.push([tmp, abs]);
    }
  } catch (e) {
    for (const [tmp] of renames) rmSync(tmp, { force: true });
    throw e;
  }
  const journal: Journal = { format: 'telaah-journal', pid: process.pid, command, renames: renames.map(([t, a]) => [rel(t), rel(a)]) };
  const journalFile = path.join(projectDir, JOURNAL_FILE);
  const journalTmp = `${journalFile}.telaah-tmp-${process.pid}`;
  writeDurably(journalTmp, `${JSON.stringify(journal)}\n`);
  renameSync(journalTmp, journalFile); // the commit point
  for (const [tmp, abs] of renames) renameSync(tmp, abs);
  rmSync(journalFile, { force: true });
}

/**
 * Completes an edit that was interrupted after its commit point, and deletes the temporary files
 * of one interrupted before it (in the project folder, codings/ and `moreDirs`, e.g. the codebook's
 * folder). Returns what it did as info diagnostics. Does nothing while the process that wrote the
 * journal still runs. `show` gives a path as messages show it.
 */
export function recoverProject(projectDir: string, show: (abs: string) => string, moreDirs: string[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const journalFile = path.join(projectDir, JOURNAL_FILE);
  const journal = existsSync(journalFile) ? readJson<Journal>(journalFile) : undefined;
  if (journal && alive(journal.pid)) return out;
  const pending = new Set<string>();
  if (journal?.format === 'telaah-journal' && Array.isArray(journal.renames)) {
    let done = 0;
    for (const [tmpRel, targetRel] of journal.renames) {
      const tmp = path.resolve(projectDir, tmpRel);
      const target = path.resolve(projectDir, targetRel);
      const inside = (p: string) => p.startsWith(projectDir + path.sep);
      if (!inside(tmp) || !inside(target) || !TMP_RE.test(tmp)) continue; // never follow a journal out of the project
      if (existsSync(tmp)) {
        renameSync(tmp, target);
        done++;
      }
      pending.add(tmp);
    }
    out.push(diagnostic({ file: show(journalFile), line: 1, column: 1 }, 'interrupted-edit', 'info',
      `completed \`telaah ${journal.command}\`, which was interrupted (process ${journal.pid}): ${done} of ${journal.renames.length} files were still to be replaced`,
      'the project is as that command would have left it; check it with `telaah lint --project`'));
  }
  if (existsSync(journalFile)) rmSync(journalFile, { force: true });
  const lockFile = path.join(projectDir, LOCK_FILE);
  const lock = existsSync(lockFile) ? readJson<Lock>(lockFile) : undefined;
  if (lock && !alive(lock.pid) && lock.pid !== process.pid) rmSync(lockFile, { force: true }); // its process was killed
  let removed = 0;
  for (const dir of new Set([projectDir, path.join(projectDir, 'codings'), ...moreDirs])) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TMP_RE.exec(name);
      if (!m || alive(Number(m[1])) || pending.has(path.join(dir, name))) continue;
      rmSync(path.join(dir, name), { force: true });
      removed++;
    }
  }
  if (removed && !journal) {
    out.push(diagnostic({ file: show(path.join(projectDir, CONFIG_FILE)), line: 1, column: 1 }, 'interrupted-edit', 'info',
      `removed ${removed} temporary file${removed === 1 ? '' : 's'} of an interrupted telaah command, which had changed nothing yet`));
  }
  return out;
}
