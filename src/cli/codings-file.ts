/** Adding entries to a coder's codings file on disk (I/O edge): read, append as text, write atomically. */
import { existsSync, readFileSync } from 'node:fs';
import { appendDecisions, type NewCoding, type NewDecision } from '../codings/edit.js';
import { writeFileAtomic } from './write.js';

/**
 * Appends to `abs` (created from `initial` when missing) keeping every byte already there. Returns
 * why nothing was written, or undefined when the file now holds the new entries. A closed terminal
 * or Ctrl-C never leaves half a file.
 */
export function appendToCodingsFile(abs: string, coder: string, codings: NewCoding[], decided: NewDecision[], initial?: string): string | undefined {
  const before = existsSync(abs) ? readFileSync(abs, 'utf8') : initial;
  const after = appendDecisions(before, coder, codings, decided);
  if (after.problem !== undefined) return after.problem;
  writeFileAtomic(abs, after.text);
  return undefined;
}
