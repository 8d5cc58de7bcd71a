import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'lint');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'telaah-'));

describe('telaah (in-process)', () => {
  it('--help lists the commands and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/lint/);
    expect(r.stdout).toMatch(/init/);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    const r = await run(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('every command has --help with an example', async () => {
    for (const cmd of ['lint', 'init']) {
      const r = await run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples?:/);
    }
  });

  it('unknown commands and options are usage errors (exit 2), no stack trace', async () => {
    const a = await run(['frobnicate']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/unknown command/);
    const b = await run(['lint', '--colour']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/unknown option/);
    expect(a.stderr + b.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('telaah lint', () => {
  it('exits 0 on a clean codebook', async () => {
    const r = await run(['lint', path.join(fixtures, 'schema', 'valid.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/0 errors, 0 warnings/);
  });

  it('names file:line:col and the rule id for a duplicate id, and exits 1', async () => {
    const r = await run(['lint', 'test/fixtures/lint/duplicate-id/invalid.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^test\/fixtures\/lint\/duplicate-id\/invalid\.yaml:7:9 {2}error {2}duplicate code id "trust".*\[duplicate-id\]$/m);
  });

  it('reports an unknown parent and broken YAML in one run, all at once', async () => {
    const r = await run(['lint', 'test/fixtures/lint/unknown-parent/invalid.yaml', 'test/fixtures/lint/yaml-syntax/invalid.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/unknown-parent\/invalid\.yaml:7:\d+ {2}error .*\[unknown-parent\]/);
    expect(r.stdout).toMatch(/yaml-syntax\/invalid\.yaml:\d+:\d+ {2}error .*\[yaml-syntax\]/);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('--format github prints workflow annotations', async () => {
    const r = await run(['lint', 'test/fixtures/lint/duplicate-id/invalid.yaml', '--format', 'github']);
    expect(r.stdout).toMatch(/^::error file=test\/fixtures\/lint\/duplicate-id\/invalid\.yaml,line=7,col=9,title=duplicate-id::duplicate code id/m);
  });

  it('--format json prints an array of diagnostics', async () => {
    const r = await run(['lint', 'test/fixtures/lint/missing-definition/invalid.yaml', '--format', 'json']);
    const diags = JSON.parse(r.stdout);
    expect(diags).toEqual([expect.objectContaining({ ruleId: 'missing-definition', severity: 'warning', line: 3, column: 9 })]);
    expect(r.code).toBe(0); // warnings alone pass...
    const strict = await run(['lint', 'test/fixtures/lint/missing-definition/invalid.yaml', '--strict']);
    expect(strict.code).toBe(1); // ...unless --strict
  });

  it('a billion-laughs file is an error, not a hang', async () => {
    const r = await run(['lint', 'test/fixtures/lint/yaml-syntax/alias-bomb.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/alias/);
  });

  it('a missing codebook file is reported, not thrown', async () => {
    const r = await run(['lint', 'nope/missing.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/missing\.yaml:1:1 {2}error {2}file not found/);
  });

  it('a mistyped bundled codebook name gets a "did you mean"', async () => {
    const r = await run(['lint', 'bartanya']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/did you mean "bartania"\?/);
    const far = await run(['lint', 'grounded-theory']);
    expect(far.stdout).not.toMatch(/did you mean/);
    const init = await run(['init', tmp(), '--codebook', 'ansel-gash-2008']);
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/did you mean "ansell-gash-2008"\?/);
  });
});

describe('telaah init', () => {
  it('scaffolds a project that lints clean, and refuses to overwrite', async () => {
    const dir = tmp();
    const r = await run(['init', 'skripsi', '--codebook', 'bartania'], { cwd: dir });
    expect(r.code).toBe(0);
    const root = path.join(dir, 'skripsi');
    expect(readdirSync(root).sort()).toEqual(['.gitignore', 'codings', 'telaah.yaml', 'transcripts']);
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toMatch(/^out\/$/m);
    const lint = await run(['lint', '--project', 'skripsi'], { cwd: dir });
    expect(lint.stdout).toBe('');
    expect(lint.code).toBe(0);

    writeFileSync(path.join(root, 'telaah.yaml'), 'codebook: mine.yaml\n');
    const again = await run(['init', 'skripsi'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/refusing to overwrite/);
    expect(readFileSync(path.join(root, 'telaah.yaml'), 'utf8')).toBe('codebook: mine.yaml\n');
  });

  it('rejects an unknown codebook name with the list of bundled ones', async () => {
    const dir = tmp();
    const r = await run(['init', 'x', '--codebook', 'nvivo'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bartania/);
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
  });
});

describe('telaah lint --project', () => {
  it('reports front-matter errors with positions and a broken telaah.yaml', async () => {
    const dir = tmp();
    await run(['init', 'p', '--codebook', 'bartania'], { cwd: dir });
    writeFileSync(path.join(dir, 'p', 'transcripts', 'rusak.md'), '---\nid: rusak\nmethod: wawancara\n---\nCamat: halo\n');
    writeFileSync(path.join(dir, 'p', 'telaah.yaml'), 'codebook: bartania\nlanguage: fr\n');
    const r = await run(['lint', '--project', 'p'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^p\/telaah\.yaml:2:11 {2}error {2}language "fr" is not supported {2}\[config\]$/m);
    expect(r.stdout).toMatch(/^p\/transcripts\/rusak\.md:3:9 {2}error {2}unknown method "wawancara" {2}\[front-matter\]$/m);
  });

  it('checks the codings files too: unknown codes with their position', async () => {
    const dir = tmp();
    await run(['init', 'p', '--codebook', 'bartania'], { cwd: dir });
    writeFileSync(path.join(dir, 'p', 'codings', 'budi.yaml'), 'coder: budi\ncodings:\n  - transcript: contoh-kades\n    code: kepercayaan\n    quote: "rapat koordinasi tiap bulan"\n');
    const r = await run(['lint', '--project', 'p'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^p\/codings\/budi\.yaml:4:11 {2}error {2}code "kepercayaan" is not in codebook "bartania" {2}\[unknown-code\]$/m);
  });

  it('the bundled samples lint clean, strictly', async () => {
    for (const s of ['pujud', 'sampang', 'riverton']) {
      const r = await run(['lint', '--project', `samples/${s}`, '--strict']);
      expect(r.stdout, s).toBe('');
      expect(r.code, s).toBe(0);
    }
  });

  it('a project folder that does not exist is a clear error', async () => {
    const r = await run(['lint', '--project', 'no/such/dir']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/no\/such\/dir:1:1 {2}error {2}project folder "no\/such\/dir" does not exist/);
  });
});
