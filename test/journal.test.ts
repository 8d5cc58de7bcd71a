/**
 * Multi-file edits that survive being killed (issue 19, #5 and #6): the project lock, the per-coder
 * lock of the interactive coder, and the journal that completes an interrupted edit. The kill -9
 * loop runs the compiled CLI (dist/, built by `npm test`) in child processes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from './helpers/cli.js';
import { copyPujud } from './helpers/mini-project.js';

const BIN = path.join(import.meta.dirname, '..', 'bin', 'telaah.js');

/** A process that runs for a while: its pid stands for "another telaah". */
let sleeper: ChildProcess;
beforeAll(() => {
  sleeper = spawn('sleep', ['120'], { stdio: 'ignore' });
});
afterAll(() => {
  sleeper.kill('SIGKILL');
});

/** pujud with the codebook copied into the project. */
async function editablePujud(): Promise<string> {
  const dir = copyPujud();
  expect((await run(['codebook', 'copy', dir])).code).toBe(0);
  return dir;
}

/** Every file under dir, relative path → content. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.set(path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}

describe('the project lock', () => {
  it('refuses an edit while another telaah edits the project, naming it, and changes nothing', async () => {
    const dir = await editablePujud();
    writeFileSync(path.join(dir, '.telaah-lock'), JSON.stringify({ pid: sleeper.pid, command: 'codebook merge a b --into c' }));
    const before = files(dir);
    const r = await run(['codebook', 'rename', 'dialog-tatap-muka', 'dialog-forum', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`\\.telaah-lock:1:1 +error +another telaah is changing this project \\(process ${sleeper.pid}: \`telaah codebook merge a b --into c\`\\), so nothing was changed.*\\[locked\\]`));
    expect(files(dir)).toEqual(before);
  });

  it('takes over a lock whose process no longer runs, and leaves none behind', async () => {
    const dir = await editablePujud();
    const dead = spawnSync('true').pid!;
    writeFileSync(path.join(dir, '.telaah-lock'), JSON.stringify({ pid: dead, command: 'codebook rename x y' }));
    const r = await run(['codebook', 'rename', 'dialog-tatap-muka', 'dialog-forum', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'codings', 'sari.yaml'), 'utf8')).toMatch(/code: dialog-forum/);
    expect(existsSync(path.join(dir, '.telaah-lock'))).toBe(false);
  });

  it('the interactive coder refuses a second session of the same coder', async () => {
    const dir = await editablePujud();
    writeFileSync(path.join(dir, 'codings', 'sari.yaml.telaah-lock'), JSON.stringify({ pid: sleeper.pid, command: 'code --interactive --coder sari' }));
    const r = await run(['code', dir, '--interactive', '--coder', 'sari']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`codings/sari\\.yaml\\.telaah-lock:1:1 +error +another telaah is coding as sari \\(process ${sleeper.pid}: \`telaah code --interactive --coder sari\`\\)`));
  });
});

describe('the journal', () => {
  it('the next command completes an edit killed after its commit point', async () => {
    const dir = await editablePujud();
    const sari = path.join(dir, 'codings', 'sari.yaml');
    const renamed = readFileSync(sari, 'utf8').replaceAll('code: dialog-tatap-muka', 'code: dialog-forum');
    const cb = path.join(dir, 'codebook.yaml');
    const cbRenamed = readFileSync(cb, 'utf8').replace('id: dialog-tatap-muka', 'id: dialog-forum');
    const dead = spawnSync('true').pid!;
    // the codebook (and its reference passages) were already renamed into place, the codings file not yet
    writeFileSync(cb, cbRenamed);
    const passages = path.join(dir, 'codebook.passages.yaml');
    writeFileSync(passages, readFileSync(passages, 'utf8').replaceAll('code: dialog-tatap-muka', 'code: dialog-forum'));
    writeFileSync(`${sari}.telaah-tmp-${dead}`, renamed);
    writeFileSync(path.join(dir, '.telaah-journal.json'), JSON.stringify({
      format: 'telaah-journal', pid: dead, command: 'codebook rename dialog-tatap-muka dialog-forum',
      renames: [[`codebook.yaml.telaah-tmp-${dead}`, 'codebook.yaml'], [`codings/sari.yaml.telaah-tmp-${dead}`, 'codings/sari.yaml']],
    }));
    const r = await run(['lint', '--project', dir]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/\.telaah-journal\.json:1:1 +info +completed `telaah codebook rename dialog-tatap-muka dialog-forum`, which was interrupted \(process \d+\): 1 of 2 files/);
    expect(readFileSync(sari, 'utf8')).toBe(renamed);
    expect(readdirSync(dir).filter((n) => n.includes('telaah-tmp') || n.includes('journal'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'codings')).filter((n) => n.includes('telaah-tmp'))).toEqual([]);
  });

  it('the next command removes the temporary files of an edit killed before its commit point', async () => {
    const dir = await editablePujud();
    const before = files(dir);
    const dead = spawnSync('true').pid!;
    writeFileSync(path.join(dir, 'codings', `sari.yaml.telaah-tmp-${dead}`), 'coder: sari\ncodings: []\n');
    writeFileSync(path.join(dir, `codebook.yaml.telaah-tmp-${dead}`), 'id: half');
    const r = await run(['lint', '--project', dir]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/removed 2 temporary files of an interrupted telaah command, which had changed nothing yet/);
    expect(files(dir)).toEqual(before);
  });
});

/** Code ids of a codebook file, nested ones included. */
function codeIds(codebookYaml: string): Set<string> {
  const ids = new Set<string>();
  const walk = (codes: unknown): void => {
    for (const c of (codes as { id: string; children?: unknown }[] | undefined) ?? []) {
      ids.add(c.id);
      walk(c.children);
    }
  };
  walk((parse(codebookYaml) as { codes: unknown }).codes);
  return ids;
}

const node = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });

describe.skipIf(!existsSync(path.join(import.meta.dirname, '..', 'dist', 'cli', 'main.js')))('kill -9 during `codebook merge` over 300 codings files', () => {
  it('always leaves the project consistent after the next command (50 random kills)', async () => {
    const base = await editablePujud();
    const sari = readFileSync(path.join(base, 'codings', 'sari.yaml'), 'utf8');
    for (let i = 0; i < 300; i++) {
      const coder = `pengode-${String(i).padStart(3, '0')}`;
      writeFileSync(path.join(base, 'codings', `${coder}.yaml`), sari.replace(/^coder: sari$/m, `coder: ${coder}`));
    }
    const argv = ['codebook', 'merge', 'berbagi-pemahaman', 'komitmen-proses', '--into', 'kesepakatan', '.'];
    // how long an uninterrupted merge takes: kills fall anywhere in that time
    const probe = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-kill-')), 'p');
    cpSync(base, probe, { recursive: true });
    const t0 = Date.now();
    expect(node(argv, probe).status).toBe(0);
    // a first guess: the merges below run beside other test files and may take longer; the span
    // grows whenever a run outlives it (kills must fall on both sides of the commit point)
    let span = Math.max(200, Date.now() - t0);
    rmSync(probe, { recursive: true, force: true });

    let seed = 19;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const outcomes = { before: 0, after: 0 };
    for (let round = 0; round < 50; round++) {
      const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-kill-')), 'p');
      cpSync(base, dir, { recursive: true });
      const child = spawn(process.execPath, [BIN, ...argv], { cwd: dir, stdio: 'ignore' });
      const delay = Math.floor(random() * span * 1.1);
      const started = Date.now();
      await new Promise<void>((resolve) => {
        let killed = false;
        const timer = setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, delay);
        child.on('exit', () => {
          clearTimeout(timer);
          if (!killed) span = Math.max(span, Date.now() - started);
          else if (delay >= span) span = Math.round(span * 1.25);
          resolve();
        });
      });
      // the next command (in this process: the child is gone)
      const next = await run(['lint', '--project', dir]);
      expect(next.code, `round ${round} (kill after ${delay} ms): ${next.stderr}${next.stdout}`).toBe(0);
      expect(next.stderr + next.stdout).not.toMatch(/  error  |internal error/);
      const leftovers = readdirSync(dir, { recursive: true }).map(String).filter((n) => /telaah-tmp|telaah-journal|telaah-lock/.test(n));
      expect(leftovers, `round ${round}`).toEqual([]);
      const ids = codeIds(readFileSync(path.join(dir, 'codebook.yaml'), 'utf8'));
      const merged = ids.has('kesepakatan');
      expect(merged ? !ids.has('berbagi-pemahaman') && !ids.has('komitmen-proses') : ids.has('berbagi-pemahaman')).toBe(true);
      for (const name of readdirSync(path.join(dir, 'codings'))) {
        const codes = (parse(readFileSync(path.join(dir, 'codings', name), 'utf8')) as { codings: { code: string }[] }).codings.map((c) => c.code);
        for (const c of codes) expect(ids.has(c), `round ${round}: ${name} has ${c}`).toBe(true);
      }
      outcomes[merged ? 'after' : 'before']++;
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
    // the kills fell both before and after the commit point
    expect(outcomes.before).toBeGreaterThan(0);
    expect(outcomes.after).toBeGreaterThan(0);
  }, 2_700_000); // about 4 minutes on an idle 2-core machine; far more when it is shared
});
