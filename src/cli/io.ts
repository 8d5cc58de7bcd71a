/** What a command may touch of the outside world besides files: streams, colours, environment. */
import { Chalk, type ChalkInstance } from 'chalk';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Colour for stdout/stderr: off with NO_COLOR, when not a terminal, or with FORCE_COLOR=0. */
  color: ChalkInstance;
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

export function processIo(): Io {
  const stdoutIsTTY = Boolean(process.stdout.isTTY);
  // `telaah kwic … | head`: the reader went away; that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    color: new Chalk({ level: colorLevel(process.env, stdoutIsTTY) }),
    stdoutIsTTY,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    columns: process.stdout.columns || 80,
    cwd: process.cwd(),
    env: process.env,
  };
}

/** An Io that records output, for tests and for in-process runs. */
export function memoryIo(opts: Partial<Omit<Io, 'stdout' | 'stderr'>> = {}): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(t: string) { io.out += t; },
    stderr(t: string) { io.err += t; },
    color: new Chalk({ level: 0 }),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    columns: 80,
    cwd: process.cwd(),
    env: {},
    ...opts,
  };
  return io;
}
