/** The number of threads for reducing and coding: --jobs N, else TELAAH_JOBS, else automatic. */
import { InvalidArgumentError } from 'commander';
import type { Io } from '../io.js';

/** commander argParser for --jobs. */
export function jobsArg(value: string): number {
  const n = parseJobs(value);
  if (n === undefined) throw new InvalidArgumentError('give a whole number from 1 to 64 (1 = no worker threads).');
  return n;
}

/** --jobs when given, else TELAAH_JOBS; undefined: automatic. null: TELAAH_JOBS is not a number (reported). */
export function jobsFrom(option: number | undefined, io: Io): number | undefined | null {
  if (option !== undefined) return option;
  const env = io.env.TELAAH_JOBS;
  if (env === undefined || env === '') return undefined;
  const n = parseJobs(env);
  if (n === undefined) {
    io.stderr(`telaah: TELAAH_JOBS="${env}" is not a number of threads: give a whole number from 1 to 64 (1 = no worker threads), or unset it\n`);
    return null;
  }
  return n;
}

/** Parses a --jobs / TELAAH_JOBS value: a whole number from 1 to 64. */
export function parseJobs(value: string): number | undefined {
  if (!/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n >= 1 && n <= 64 ? n : undefined;
}

/** commander argParser for a whole number from `min` to `max` (--limit, --seed, --retries). */
export function countArg(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      throw new InvalidArgumentError(`give a whole number${max === Number.MAX_SAFE_INTEGER ? ` of at least ${min}` : ` from ${min} to ${max}`}.`);
    }
    return n;
  };
}

/** commander argParser for a time in seconds (--timeout): a number above 0. */
export function secondsArg(value: string): number {
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(n > 0)) throw new InvalidArgumentError('give a number of seconds above 0, e.g. 300.');
  return n;
}
