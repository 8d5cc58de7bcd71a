/**
 * Stage timings for `npm run bench` (I/O edge): when the environment variable TELAAH_TIMINGS names a
 * file, a command writes there at the end a JSON object {"stage": milliseconds, ...}. Without it,
 * nothing is measured or written. Not an output of the analysis: timings are never deterministic.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Io } from './io.js';

export interface StageTimer {
  /** Adds the time since the previous lap (or since the timer started) to `stage`. */
  lap(stage: string): void;
  /** Writes the stages to $TELAAH_TIMINGS; a failure is a warning on stderr, never the command's. */
  save(): void;
}

export function stageTimer(io: Io): StageTimer {
  const file = io.env.TELAAH_TIMINGS;
  if (!file) return { lap: () => {}, save: () => {} };
  const stages: Record<string, number> = {};
  let last = performance.now();
  return {
    lap(stage) {
      const now = performance.now();
      stages[stage] = Math.round((stages[stage] ?? 0) + now - last);
      last = now;
    },
    save() {
      try {
        writeFileSync(file, `${JSON.stringify(stages)}\n`);
      } catch (e) {
        io.stderr(`telaah: could not write the stage timings to ${file} (TELAAH_TIMINGS): ${(e as Error).message}\n`);
      }
    },
  };
}
