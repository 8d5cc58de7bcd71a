/** `telaah codebook list` / `show`, and the codings example `init` writes for the chosen codebook. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

describe('telaah codebook list', () => {
  it('lists every code of the project codebook with id, label and the first sentence of its definition', async () => {
    const r = await run(['codebook', 'list', 'samples/pujud']);
    expect(r.code).toBe(0);
    for (const id of ['dialog-tatap-muka', 'membangun-kepercayaan', 'komitmen-proses', 'berbagi-pemahaman', 'hasil-sementara']) expect(r.stdout).toContain(id);
    expect(r.stdout).toMatch(/Membangun kepercayaan/);
    expect(r.stdout).toMatch(/5 codes in bartania/);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });

  it('--tree indents sub-codes under their parent; --format md and json carry the same codes', async () => {
    const tree = await run(['codebook', 'list', '--codebook', 'ansell-gash-2008', '--tree', '--lang', 'en']);
    expect(tree.stdout).toMatch(/│ starting-conditions +│ Starting conditions/);
    expect(tree.stdout).toMatch(/│ {3}power-resource-asymmetry/);
    const md = await run(['codebook', 'list', '--codebook', 'ansell-gash-2008', '--tree', '--format', 'md', '--lang', 'en']);
    expect(md.stdout).toMatch(/^# Collaborative governance/);
    expect(md.stdout).toMatch(/\n {2}- `power-resource-asymmetry` \*\*Power, resource and knowledge asymmetries\*\* — Differences in power/);
    const json = JSON.parse((await run(['codebook', 'list', '--codebook', 'ansell-gash-2008', '--format', 'json'])).stdout) as { id: string; path: string[]; definition: Record<string, string> }[];
    expect(json.find((c) => c.id === 'power-resource-asymmetry')).toMatchObject({ path: ['starting-conditions'], definition: { en: expect.stringMatching(/^Differences in power/) } });
    const nested = JSON.parse((await run(['codebook', 'list', '--codebook', 'ansell-gash-2008', '--format', 'json', '--tree'])).stdout) as { id: string; children: { id: string }[] }[];
    expect(nested.find((c) => c.id === 'starting-conditions')!.children.map((c) => c.id)).toContain('prehistory');
    expect(md.stdout.match(/`[a-z-]+`/g)!.length).toBe(json.length);
  });

  it('a folder that is not a project is a clear error', async () => {
    const r = await run(['codebook', 'list', mkdtempSync(path.join(tmpdir(), 'telaah-nolist-'))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/telaah\.yaml:1:1 {2}error {2}.* is not a telaah project \(no telaah\.yaml\)/);
  });
});

describe('telaah codebook show', () => {
  it('shows one code with definitions, criteria and keywords in both languages, the project language first', async () => {
    const r = await run(['codebook', 'show', 'membangun-kepercayaan', 'samples/pujud']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^membangun-kepercayaan — Membangun kepercayaan\n/);
    expect(r.stdout.indexOf('definition (id):')).toBeLessThan(r.stdout.indexOf('definition (en):'));
    expect(r.stdout).toMatch(/exclude \(en\):\n {2}- Descriptions of the meetings themselves/);
    expect(r.stdout).toMatch(/keywords:\n {2}id: percaya/);
    expect(r.stdout).toMatch(/defined in codebooks\/bartania\.yaml:\d+/);
  });

  it('marks the keywords that name a shortfall (polarity: limit), in the text and the JSON views', async () => {
    const r = await run(['codebook', 'show', 'power-resource-asymmetry', '--codebook', 'ansell-gash-2008']);
    expect(r.stdout).toMatch(/id: .*\bdipandang sebelah mata \(limit\)/);
    expect(r.stdout).not.toMatch(/\bketimpangan \(limit\)/);
    const json = JSON.parse((await run(['codebook', 'list', '--codebook', 'ansell-gash-2008', '--format', 'json'])).stdout);
    const kws = json.find((c: { id: string }) => c.id === 'power-resource-asymmetry').keywords;
    expect(kws).toContainEqual({ lang: 'id', keyword: 'dipandang sebelah mata', polarity: 'limit' });
    expect(kws).toContainEqual({ lang: 'id', keyword: 'ketimpangan' });
  });

  it('finds a code by words of its label; a mistyped id gets a suggestion', async () => {
    const byLabel = await run(['codebook', 'show', 'small wins', '--codebook', 'ansell-gash-2008', '--lang', 'en']);
    expect(byLabel.stdout).toMatch(/^intermediate-outcomes — Intermediate outcomes \(small wins\)/);
    const typo = await run(['codebook', 'show', 'dialog-tatap-mka', 'samples/pujud']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/has no code "dialog-tatap-mka"\n {4}hint: did you mean "dialog-tatap-muka"\?/);
  });
});

describe('telaah init: the codings example uses the chosen codebook', () => {
  for (const [codebook, lang] of [['ansell-gash-2008', 'id'], ['ansell-gash-2008', 'en'], ['modal-sosial', 'id'], ['bartania', 'en']] as const) {
    it(`${codebook} (${lang}): the example lints clean and counts as one manual coding`, async () => {
      const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-init-')), 'thesis');
      expect((await run(['init', dir, '--codebook', codebook, '--lang', lang])).code).toBe(0);
      const readme = readFileSync(path.join(dir, 'codings', 'README.md'), 'utf8');
      const example = /```yaml\n([\s\S]+?)```/.exec(readme)![1]!;
      const coding = parse(example).codings[0];
      const ids = JSON.parse((await run(['codebook', 'list', dir, '--format', 'json'])).stdout).map((c: { id: string }) => c.id);
      expect(ids).toContain(coding.code);
      writeFileSync(path.join(dir, 'codings', 'sari.yaml'), example);
      const lint = await run(['lint', '--project', dir]);
      expect(lint.code, lint.stderr).toBe(0);
      expect(lint.stdout + lint.stderr).toMatch(/0 errors, 0 warnings/);
      const jsonl = (await run(['code', dir, '--format', 'jsonl'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
      const manual = jsonl.flatMap((s: { codes: { code: string; origin: string }[] }) => s.codes.filter((c) => c.origin === 'manual:sari'));
      expect(manual).toEqual([expect.objectContaining({ code: coding.code })]);
    });
  }
});
