import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';

/** Runs the CLI in-process: argv → exit code, stdout, stderr. */
export async function run(argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const io = memoryIo({ cwd: opts.cwd ?? process.cwd(), env: opts.env ?? {} });
  const code = await main(argv, io);
  return { code, stdout: io.out, stderr: io.err };
}
