/**
 * Errors that are the user's situation, not telaah's bug — a full disk, a folder without write
 * permission, a symbolic link in the output folder — turned into a Diagnostic (exit 1) instead of
 * "internal error … please report it" (exit 2).
 */
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { displayPath, RefusedError } from '../project/files.js';

export { RefusedError };

const SYSTEM: Record<string, [string, string]> = {
  ENOSPC: ['no space left on the disk', 'free some space (or write elsewhere with --out DIR) and run the command again: the previous outputs are kept'],
  EDQUOT: ['the disk quota is used up', 'free some space (or write elsewhere with --out DIR) and run the command again'],
  EROFS: ['the file system is read-only', 'copy the project to a folder you can write to, or use --out DIR'],
  EACCES: ['permission denied', 'check that you may write to this folder, or use --out DIR'],
  EPERM: ['the operation is not permitted', 'check that you may write to this folder, or use --out DIR'],
  ELOOP: ['symbolic links lead in a circle', 'remove the looping link'],
  ENAMETOOLONG: ['the path is too long', 'use a shorter project path or transcript id'],
  EMFILE: ['too many files are open', 'close other programs and run the command again'],
  EIO: ['the disk reported an input/output error', 'check the disk, then run the command again'],
};

/** The diagnostic for an error a command threw, or undefined when it is telaah's own bug. */
export function failureDiagnostic(e: unknown, cwd: string): Diagnostic | undefined {
  if (e instanceof RefusedError) return diagnostic({ file: displayPath(e.abs, cwd), line: 1, column: 1 }, e.ruleId, 'error', e.message, e.hint);
  const err = e as NodeJS.ErrnoException | undefined;
  const known = err?.code ? SYSTEM[err.code] : undefined;
  if (!known) return undefined;
  // a temporary name (out.tmp-123/…, x.telaah-tmp-123) is shown as the file it stands for
  const where = err?.path ? displayPath(err.path.replace(/\.(?:telaah-)?(?:tmp|old)-\d+(?=[\\/]|$)/g, ''), cwd) : '<disk>';
  return diagnostic({ file: where, line: 1, column: 1 }, 'file-system', 'error', `cannot ${err?.syscall ?? 'access'} this file: ${known[0]}`, known[1]);
}
