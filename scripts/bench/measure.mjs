// Running and timing commands for the bench: wall time, CPU time and peak memory of a child process
// (/usr/bin/time when installed, else a preloaded module that reports process.resourceUsage()), and
// the stage split `telaah code` writes to $TELAAH_TIMINGS.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './keywords.mjs';

const bin = path.join(ROOT, 'bin', 'telaah.js');
const usageModule = path.join(import.meta.dirname, 'usage.mjs');
export const rssSource = existsSync('/usr/bin/time') ? '/usr/bin/time' : 'process.resourceUsage() of the child';

/** Runs a command; wall time in seconds. */
export function run(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && !(cmd === 'grep' && r.status === 1)) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return { s, out: r.stdout, err: r.stderr };
}

/** The best (least) of `n` values of `f()`. */
export const best = (n, f) => Math.min(...Array.from({ length: n }, f));

/**
 * Runs a command and measures it: wall s, CPU s (user + system), peak resident memory in MB. Without
 * /usr/bin/time only `node` commands get CPU and memory (from a preloaded module), others NaN.
 */
export function measure(cmd, args, { env = process.env, scratch } = {}) {
  if (rssSource === '/usr/bin/time') {
    const r = run('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], { env });
    const [kb, user, sys] = r.err.trim().split('\n').pop().split(' ').map(Number);
    return { s: r.s, cpu: user + sys, peakMb: kb / 1024, out: r.out };
  }
  if (cmd !== 'node') return { ...run(cmd, args, { env }), cpu: NaN, peakMb: NaN };
  const file = path.join(scratch, 'usage.json');
  rmSync(file, { force: true });
  const r = run('node', ['--import', usageModule, ...args], { env: { ...env, TELAAH_BENCH_USAGE: file } });
  const u = JSON.parse(readFileSync(file, 'utf8'));
  return { s: r.s, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, peakMb: u.maxRSS / 1024, out: r.out };
}

/**
 * `telaah code PROJECT --jobs N`, best wall time of `runs` (each with a cold stemming cache unless
 * `warm`): { s, cpu, peakMb, stages (the run's $TELAAH_TIMINGS object, or undefined), kept, coded }.
 */
export function telaahCode(project, { jobs, warm = false, runs = 1, scratch }) {
  let bestRun;
  for (let i = 0; i < runs; i++) {
    if (!warm) rmSync(path.join(project, '.telaah-cache'), { recursive: true, force: true });
    const timings = path.join(scratch, 'timings.json');
    rmSync(timings, { force: true });
    const env = { ...process.env, TELAAH_TIMINGS: timings };
    delete env.TELAAH_JOBS;
    const r = measure('node', [bin, 'code', project, '--format', 'table', '--jobs', String(jobs)], { env, scratch });
    if (bestRun && bestRun.s <= r.s) continue;
    const m = /Coded ([\d,]+) of ([\d,]+) kept segments/.exec(r.out);
    const num = (x) => Number(x.replace(/,/g, ''));
    bestRun = {
      ...r, out: undefined,
      stages: existsSync(timings) ? JSON.parse(readFileSync(timings, 'utf8')) : undefined,
      coded: m ? num(m[1]) : NaN, kept: m ? num(m[2]) : NaN,
    };
  }
  return bestRun;
}

/** Start-up: `node -e 0`, `telaah --version` and `--help` in turn, 15 rounds, the best of each (drift and noise hit all three alike). */
export function startUp() {
  const t = { node: Infinity, version: Infinity, help: Infinity };
  for (let round = 0; round < 15; round++) {
    t.node = Math.min(t.node, run('node', ['-e', '0']).s);
    t.version = Math.min(t.version, run('node', [bin, '--version']).s);
    t.help = Math.min(t.help, run('node', [bin, '--help']).s);
  }
  return t;
}

/**
 * `grep -r -c -i -F -f KEYWORDS DIRS…`, best wall time of three: { s, cpu }. In the C locale: the
 * corpora and keywords are ASCII, and in a UTF-8 locale grep -i takes ~15× longer on hundreds of
 * patterns, which would flatter telaah.
 */
export function grep(kwFile, dirs, scratch) {
  let bestRun = { s: Infinity };
  for (let i = 0; i < 3; i++) {
    const r = measure('grep', ['-r', '-c', '-i', '-F', '-f', kwFile, ...dirs], { env: { ...process.env, LC_ALL: 'C' }, scratch });
    if (r.s < bestRun.s) bestRun = { s: r.s, cpu: r.cpu };
  }
  return bestRun;
}

export const telaahBin = bin;

/**
 * `telaah code --jobs 1` on each project at once, in separate processes (no threads shared): the
 * wall time until the last one ends. Against one of them alone, it tells how much two busy cores
 * of this machine slow each other down; against the whole corpus in one process, what two threads
 * could gain here at best.
 */
export async function sideBySide(projects) {
  const { spawn } = await import('node:child_process');
  const t0 = process.hrtime.bigint();
  await Promise.all(projects.map((p) => new Promise((resolve, reject) => {
    rmSync(path.join(p, '.telaah-cache'), { recursive: true, force: true });
    const env = { ...process.env };
    delete env.TELAAH_JOBS;
    const child = spawn('node', [bin, 'code', p, '--format', 'table', '--jobs', '1'], { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`telaah code ${p} failed (${code})`))));
  })));
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
