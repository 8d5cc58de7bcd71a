/**
 * Stage timings for `npm run bench` (I/O edge): when the environment variable TELAAH_TIMINGS names a
 * file, `telaah code` writes there at the end a JSON object {"stage": milliseconds, ...} (a
 * StageClock's). Without it, nothing is measured or written. Not an output of the analysis: timings
 * are never deterministic.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Io } from './io.js';

/** The file TELAAH_TIMINGS names, if any. */
export function timingsFile(io: Io): string | undefined {
  return io.env.TELAAH_TIMINGS || undefined;
}

/** Writes the stages to $TELAAH_TIMINGS; a failure is a warning on stderr, never the command's. */
export function saveTimings(io: Io, file: string, stages: Record<string, number>): void {
  try {
    writeFileSync(path.resolve(io.cwd, file), `${JSON.stringify(stages)}\n`);
  } catch (e) {
    io.stderr(`telaah: could not write the stage timings to ${file} (TELAAH_TIMINGS): ${(e as Error).message}\n`);
  }
}
