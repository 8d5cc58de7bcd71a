/**
 * Scale without changing a byte: worker threads, the stemming cache and sharded runs merged must
 * write exactly the files of one plain `telaah run`. Worker threads run the compiled dist/ (built
 * by `npm test`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { chooseJobs } from '../src/cli/workers.js';

const sample = (name: string) => path.join(import.meta.dirname, '..', 'samples', name);

function copy(name: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-scale-')), name);
  cpSync(sample(name), dir, { recursive: true, filter: (src) => !/[/\\](out|\.telaah-cache)$/.test(src) });
  return dir;
}

/** Every file under a folder, relative path → content. */
function tree(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(abs).isDirectory()) for (const [k, v] of tree(abs, rel)) out.set(k, v);
    else out.set(rel, readFileSync(abs, 'utf8'));
  }
  return out;
}

function expectSameFiles(a: string, b: string): void {
  const ta = tree(a);
  const tb = tree(b);
  expect([...tb.keys()]).toEqual([...ta.keys()]);
  for (const [k, v] of ta) expect(tb.get(k), k).toBe(v);
}

async function ok(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const r = await run(argv, { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

describe('worker threads', () => {
  it('are started unasked only for a big corpus on a machine with three cores or more; --jobs always wins', () => {
    const MB = 1024 * 1024;
    expect(chooseJobs(undefined, 40 * MB, 2)).toBe(1);
    expect(chooseJobs(undefined, 40 * MB, 4)).toBe(4);
    expect(chooseJobs(undefined, 40 * MB, 32)).toBe(8);
    expect(chooseJobs(undefined, 2 * MB, 8)).toBe(1);
    expect(chooseJobs(2, 1000, 2)).toBe(2);
    expect(chooseJobs(1, 40 * MB, 8)).toBe(1);
  });

  it('--jobs 2 on a small corpus writes the files of a one-thread run', async () => {
    const dir = copy('pujud');
    await ok(['run', dir, '--out', path.join(dir, 'one'), '--jobs', '1']);
    await ok(['run', dir, '--out', path.join(dir, 'two'), '--jobs', '2']);
    await ok(['run', dir, '--out', path.join(dir, 'env')], { TELAAH_JOBS: '3' });
    expectSameFiles(path.join(dir, 'one'), path.join(dir, 'two'));
    expectSameFiles(path.join(dir, 'one'), path.join(dir, 'env'));
  });

  it('telaah code --jobs 2 prints and writes what one thread does', async () => {
    const dir = copy('sampang');
    const one = await ok(['code', dir, '--format', 'jsonl', '--out', path.join(dir, 'one'), '--jobs', '1']);
    const two = await ok(['code', dir, '--format', 'jsonl', '--out', path.join(dir, 'two'), '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expectSameFiles(path.join(dir, 'one'), path.join(dir, 'two'));
  });

  it('runs worker threads under Node options a worker refuses (node --max-old-space-size, --stack-size)', async () => {
    const dir = copy('sampang');
    await ok(['code', dir, '--out', path.join(dir, 'one'), '--jobs', '1']);
    const bin = path.join(import.meta.dirname, '..', 'bin', 'telaah.js');
    const r = spawnSync(process.execPath, ['--max-old-space-size=2048', '--stack-size=2000', bin, 'code', dir, '--out', path.join(dir, 'two'), '--jobs', '2'], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/internal error|execArgv/);
    expect(r.status).toBe(0);
    expectSameFiles(path.join(dir, 'one'), path.join(dir, 'two'));
  });

  it('refuses a --jobs or TELAAH_JOBS that is not a number of threads (usage error)', async () => {
    const dir = copy('pujud');
    expect((await run(['run', dir, '--jobs', '0'])).code).toBe(2);
    const r = await run(['code', dir], { env: { TELAAH_JOBS: 'many' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('TELAAH_JOBS="many"');
  });
});

describe('stemming cache', () => {
  const cacheFile = (dir: string) => path.join(dir, '.telaah-cache', 'stems-id.json');

  it('is written on the first run, used on the next, and changes no output', async () => {
    const dir = copy('pujud');
    await ok(['run', dir, '--out', path.join(dir, 'cold')]);
    expect(existsSync(cacheFile(dir))).toBe(true);
    const cache = JSON.parse(readFileSync(cacheFile(dir), 'utf8')) as { format: string; key: string; lang: string; stems: Record<string, string> };
    expect(cache).toMatchObject({ format: 'telaah-stems', lang: 'id' });
    expect(cache.key).toMatch(/^natural-\d+\.\d+\.\d+\+telaah-\d+$/);
    expect(Object.keys(cache.stems).length).toBeGreaterThan(10);
    await ok(['run', dir, '--out', path.join(dir, 'warm')]);
    expectSameFiles(path.join(dir, 'cold'), path.join(dir, 'warm'));
  });

  it('a corrupt or foreign cache file is ignored and rewritten', async () => {
    const dir = copy('pujud');
    await ok(['run', dir, '--out', path.join(dir, 'plain')]);
    for (const bad of ['{ not json', JSON.stringify({ format: 'telaah-stems', key: 'natural-0.0.1+telaah-0', lang: 'id', stems: { kepercayaan: 'salah' } }), '[]', 'null']) {
      writeFileSync(cacheFile(dir), bad);
      await ok(['run', dir, '--out', path.join(dir, 'again')]);
      expectSameFiles(path.join(dir, 'plain'), path.join(dir, 'again'));
      expect(JSON.parse(readFileSync(cacheFile(dir), 'utf8'))).toMatchObject({ format: 'telaah-stems', lang: 'id' });
    }
  });

  it('a project where the cache cannot be written runs without one', async () => {
    const dir = copy('pujud');
    await ok(['run', dir, '--out', path.join(dir, 'plain')]);
    const other = copy('pujud');
    writeFileSync(path.join(other, '.telaah-cache'), 'a file where the cache folder would go'); // mkdir fails, as in a read-only folder
    await ok(['run', other, '--out', path.join(other, 'nocache')]);
    expectSameFiles(path.join(dir, 'plain'), path.join(other, 'nocache'));
  });
});

describe('telaah code --shard and telaah merge', () => {
  let dir: string;
  let parts: string;
  beforeAll(async () => {
    dir = copy('pujud');
    parts = path.join(dir, 'parts');
    await ok(['run', dir, '--out', path.join(dir, 'single')]);
    for (let i = 0; i < 4; i++) await ok(['code', dir, '--shard', `${i}/4`, '--out', parts]);
  });

  it('a 4-shard run merged equals the single run, every file byte for byte', async () => {
    expect(readdirSync(parts).sort()).toEqual(['part-0-of-4.jsonl', 'part-1-of-4.jsonl', 'part-2-of-4.jsonl', 'part-3-of-4.jsonl']);
    const r = await ok(['merge', parts, '--out', path.join(dir, 'merged')]);
    expect(r.stdout).toContain('Merged 4 parts (9 transcripts)');
    expectSameFiles(path.join(dir, 'single'), path.join(dir, 'merged'));
  });

  it('parts given one by one, in any order, merge the same', async () => {
    const files = ['part-3-of-4.jsonl', 'part-1-of-4.jsonl', 'part-0-of-4.jsonl', 'part-2-of-4.jsonl'].map((f) => path.join(parts, f));
    await ok(['merge', ...files, '--out', path.join(dir, 'merged2')]);
    expectSameFiles(path.join(dir, 'single'), path.join(dir, 'merged2'));
  });

  it('other options and manual codings come through too (sampang, --auto suggest, 3 shards, workers)', async () => {
    const d = copy('sampang');
    await ok(['run', d, '--auto', 'suggest', '--out', path.join(d, 'single')]);
    for (let i = 0; i < 3; i++) await ok(['code', d, '--auto', 'suggest', '--shard', `${i}/3`, '--jobs', i === 1 ? '2' : '1']);
    await ok(['merge', path.join(d, 'out-parts'), '--out', path.join(d, 'merged')]);
    expectSameFiles(path.join(d, 'single'), path.join(d, 'merged'));
  });

  it('a missing shard, a shard given twice or parts of different runs are refused with a clear message', async () => {
    const p = (i: number) => path.join(parts, `part-${i}-of-4.jsonl`);
    const missing = await run(['merge', p(0), p(1), p(3), '--out', path.join(dir, 'x')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/shard 2\/4 is missing\s+\[merge-part\]/);
    cpSync(p(1), path.join(dir, 'copy.jsonl'));
    const dup = await run(['merge', p(0), p(1), p(2), p(3), path.join(dir, 'copy.jsonl'), '--out', path.join(dir, 'x')]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('shard 1/4 is given twice');
    await ok(['code', dir, '--shard', '2/4', '--auto', 'off', '--out', path.join(dir, 'off')]);
    const mixed = await run(['merge', p(0), p(1), path.join(dir, 'off', 'part-2-of-4.jsonl'), p(3), '--out', path.join(dir, 'x')]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('was coded with other options');
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
  });

  it('a file that is not a part, or is cut short, is reported with its line', async () => {
    writeFileSync(path.join(dir, 'notes.jsonl'), 'hello\n');
    const r = await run(['merge', path.join(dir, 'notes.jsonl'), '--out', path.join(dir, 'x')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/notes\.jsonl:1:1\s+error\s+not a telaah part file/);
    const text = readFileSync(path.join(parts, 'part-0-of-4.jsonl'), 'utf8');
    mkdirSync(path.join(dir, 'cut'));
    // cut inside its last record, as an interrupted copy leaves it
    writeFileSync(path.join(dir, 'cut', 'part-0-of-4.jsonl'), text.slice(0, text.length - 40));
    const cut = await run(['merge', path.join(dir, 'cut'), '--out', path.join(dir, 'x')]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('not valid JSON (was the file cut short?)');
  });

  it('refuses to replace an output folder that holds the parts, and a bad --shard is a usage error', async () => {
    const r = await run(['merge', parts, '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('it holds the part');
    for (const bad of ['4/4', '1', 'a/b', '0/0']) expect((await run(['code', dir, '--shard', bad])).code).toBe(2);
  });
});
