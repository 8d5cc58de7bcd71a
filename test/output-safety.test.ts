// Nothing the user wrote is replaced by an output: the output folder of run/merge, and export -o files.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), 'telaah-safety-'));
  cpSync('samples/pujud', path.join(root, 'p'), { recursive: true, filter: (src) => !/[/\\](out|\.telaah-cache)$/.test(src) });
  mkdirSync(path.join(root, 'drafts'));
  writeFileSync(path.join(root, 'drafts', 'bab4.docx'), 'my chapter');
  return root;
}

describe('the output folder is only replaced when telaah wrote it', () => {
  it('run --out refuses a folder holding other files, and keeps them', async () => {
    const root = workspace();
    const r = await run(['run', 'p', '--out', 'drafts'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--out:1:1 {2}error {2}refusing to replace drafts: it holds files telaah did not write \(bab4\.docx\)/);
    expect(readdirSync(path.join(root, 'drafts'))).toEqual(['bab4.docx']);
  });

  it('run replaces its own earlier outputs and the partial outputs of code, but not a file added since', async () => {
    const root = workspace();
    expect((await run(['code', 'p'], { cwd: root })).code).toBe(0);
    expect((await run(['run', 'p'], { cwd: root })).code).toBe(0);
    writeFileSync(path.join(root, 'p', 'out', '.DS_Store'), 'finder'); // clutter the OS leaves: fine
    expect((await run(['run', 'p'], { cwd: root })).code).toBe(0);
    mkdirSync(path.join(root, 'p', 'out', 'matrix', 'mine'));
    writeFileSync(path.join(root, 'p', 'out', 'matrix', 'mine', 'notes.txt'), 'my notes'); // inside a folder telaah writes
    const r = await run(['run', 'p'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/telaah\.yaml:\d+:\d+ {2}error {2}refusing to replace p\/out: it holds files telaah did not write \(matrix\/mine\/notes\.txt\)/);
    expect(readFileSync(path.join(root, 'p', 'out', 'matrix', 'mine', 'notes.txt'), 'utf8')).toBe('my notes');
  });

  it('an output path that is a file or a symbolic link is a clear error for every command, not a crash', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'p', 'out'), 'mine');
    for (const argv of [['run', 'p'], ['code', 'p'], ['report', 'p'], ['export', 'xlsx', 'p', '-o', 'x.xlsx']]) {
      const r = await run(argv, { cwd: root });
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr, argv.join(' ')).toMatch(/refusing to use p\/out as the output folder: it is a file, not a folder/);
      expect(r.stderr).not.toMatch(/internal error/);
    }
    expect(readFileSync(path.join(root, 'p', 'out'), 'utf8')).toBe('mine');
    symlinkSync(path.join(root, 'nowhere'), path.join(root, 'link'));
    const link = await run(['run', 'p', '--out', 'link'], { cwd: root });
    expect(link.code).toBe(1);
    expect(link.stderr).toMatch(/it is a symbolic link/);
    expect(readdirSync(root).sort()).toEqual(['drafts', 'link', 'p']);
  });

  it('merge --out refuses a folder holding other files', async () => {
    const root = workspace();
    for (const shard of ['0/2', '1/2']) expect((await run(['code', 'p', '--shard', shard], { cwd: root })).code).toBe(0);
    const r = await run(['merge', 'p/out-parts', '--out', 'drafts'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to replace drafts: it holds files telaah did not write/);
    expect(readFileSync(path.join(root, 'drafts', 'bab4.docx'), 'utf8')).toBe('my chapter');
  });
});

describe('export -o never replaces another kind of file', () => {
  it('refuses a codebook .yaml, a folder, and a missing folder; leaves no temporary file', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'cbk.yaml'), 'id: mine\n');
    const yaml = await run(['export', 'qdc', 'cbk.yaml', '-o', 'cbk.yaml'], { cwd: root });
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toMatch(/cbk\.yaml does not end in \.qdc/);
    expect(readFileSync(path.join(root, 'cbk.yaml'), 'utf8')).toBe('id: mine\n');
    const folder = await run(['export', 'qdpx', 'p', '-o', 'drafts'], { cwd: root });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/drafts is a folder/);
    const missing = await run(['export', 'xlsx', 'p', '-o', 'nowhere/x.xlsx'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/the folder nowhere does not exist/);
    expect(readdirSync(root).sort()).toEqual(['cbk.yaml', 'drafts', 'p']);
    expect(readdirSync(path.join(root, 'drafts'))).toEqual(['bab4.docx']);
  });

  it('exports never go into the output folder, and every export needs -o', async () => {
    const root = workspace();
    expect((await run(['run', 'p'], { cwd: root })).code).toBe(0);
    for (const argv of [['export', 'xlsx', 'p', '-o', 'p/out/telaah.xlsx'], ['export', 'qdpx', 'p', '-o', 'p/out/p.qdpx']]) {
      const r = await run(argv, { cwd: root });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/inside the output folder p\/out\/, which every `telaah run` replaces/);
    }
    const noOut = await run(['export', 'xlsx', 'p'], { cwd: root });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/required option '-o, --out <file>'/);
    expect(readdirSync(path.join(root, 'p', 'out'))).not.toContain('telaah.xlsx');
  });

  it('run --check names each file that differs and why; a workbook put in out/ is not deleted', async () => {
    const root = workspace();
    expect((await run(['run', 'p'], { cwd: root })).code).toBe(0);
    expect((await run(['code', 'p', '--auto', 'suggest'], { cwd: root })).code).toBe(0);
    writeFileSync(path.join(root, 'p', 'out', 'telaah.xlsx'), 'a workbook from elsewhere');
    const c = await run(['run', 'p', '--check'], { cwd: root });
    expect(c.code).toBe(1);
    expect(c.stdout).toMatch(/differs {3}segments\.jsonl: not as the last `telaah run` wrote it — rewritten since by another command/);
    expect(c.stdout).toMatch(/extra {5}telaah\.xlsx \(not written by `telaah run`/);
    expect(c.stdout).toMatch(/Why: the inputs are unchanged since the last run; 2 files were rewritten after it/);
    expect(c.stdout).not.toMatch(/by hand/);
    const again = await run(['run', 'p'], { cwd: root });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/refusing to replace p\/out: it holds files telaah did not write \(telaah\.xlsx\)/);
    expect(readFileSync(path.join(root, 'p', 'out', 'telaah.xlsx'), 'utf8')).toBe('a workbook from elsewhere');
    expect((await run(['run', 'p', '--xlsx', '--out', 'p/out2'], { cwd: root })).code).toBe(0);
    expect((await run(['run', 'p', '--xlsx', '--out', 'p/out2'], { cwd: root })).code).toBe(0); // its own workbook is replaced
  });

  it('replaces an earlier export of the same kind', async () => {
    const root = workspace();
    expect((await run(['export', 'qdc', 'bartania', '-o', 'b.qdc'], { cwd: root })).code).toBe(0);
    const first = readFileSync(path.join(root, 'b.qdc'));
    expect((await run(['export', 'qdc', 'bartania', '-o', 'b.qdc'], { cwd: root })).code).toBe(0);
    expect(readFileSync(path.join(root, 'b.qdc')).equals(first)).toBe(true);
  });

  it('import -o a folder is refused, with or without --force', async () => {
    const root = workspace();
    expect((await run(['export', 'qdc', 'bartania', '-o', 'b.qdc'], { cwd: root })).code).toBe(0);
    const r = await run(['import', 'b.qdc', '-o', 'drafts', '--force'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/drafts is a folder/);
    expect(readdirSync(path.join(root, 'drafts'))).toEqual(['bab4.docx']);
  });
});
