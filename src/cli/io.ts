/** What a command may touch of the outside world besides files: streams, colours, environment. */
import { isatty } from 'node:tty';
import type { ChalkInstance } from 'chalk';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Colour for stdout/stderr: off with NO_COLOR, when not a terminal, or with FORCE_COLOR=0.
   * Available once `prepare()` has run (main does that before any command's action).
   */
  readonly color: ChalkInstance;
  /** Loads what commands need and `--help`/`--version` do not (chalk: ~15 ms of start-up). */
  prepare(): Promise<void>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  columns: number;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR === '0') return 0;
  if (env.FORCE_COLOR !== undefined) return 1;
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

/** Adds `color` and `prepare` to an Io: chalk is imported when prepare() runs, not at start-up. */
function withLazyColor<T extends Omit<Io, 'color' | 'prepare'>>(io: T, level: 0 | 1): T & Pick<Io, 'color' | 'prepare'> {
  let color: ChalkInstance | undefined;
  return Object.defineProperties(io, {
    color: {
      get(): ChalkInstance {
        if (!color) throw new Error('io.color used before io.prepare()');
        return color;
      },
    },
    prepare: {
      value: async () => {
        const { Chalk } = await import('chalk');
        color ??= new Chalk({ level });
      },
    },
  }) as T & Pick<Io, 'color' | 'prepare'>;
}

export function processIo(): Io {
  const stdoutIsTTY = Boolean(process.stdout.isTTY);
  // `telaah kwic … | head`: the reader went away; that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return withLazyColor({
    stdout: (t: string) => void process.stdout.write(t),
    stderr: (t: string) => void process.stderr.write(t),
    stdoutIsTTY,
    // isatty, not process.stdin/stderr.isTTY: those would open the streams, which --help and
    // most commands never use (up to 5 ms of start-up when standard input is a file)
    stderrIsTTY: isatty(2),
    stdinIsTTY: isatty(0),
    columns: process.stdout.columns || 80,
    cwd: process.cwd(),
    env: process.env,
  }, colorLevel(process.env, stdoutIsTTY));
}

/** An Io that records output, for tests and for in-process runs. */
export function memoryIo(opts: Partial<Omit<Io, 'stdout' | 'stderr' | 'color' | 'prepare'>> = {}): Io & { out: string; err: string } {
  const io = withLazyColor({
    out: '',
    err: '',
    stdout(t: string) { io.out += t; },
    stderr(t: string) { io.err += t; },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    columns: 80,
    cwd: process.cwd(),
    env: {},
    ...opts,
  }, 0);
  return io;
}
