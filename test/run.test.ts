/**
 * `telaah run` end to end on the sample project: every contract file, figures that agree with each
 * other, byte-identical re-runs wherever the folder lives, and `--check`.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const sample = (name: string) => path.join(import.meta.dirname, '..', 'samples', name);

function copy(name: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-run-')), name);
  cpSync(sample(name), dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('out') });
  return dir;
}

const CONTRACT = [
  'reduction.csv', 'segments.jsonl', 'codings.csv', 'matrix/code-by-informant.csv', 'matrix/code-by-group.csv',
  'matrix/code-by-method.csv', 'matrix/cooccurrence.csv', 'matrix/framework.csv', 'triangulation.csv', 'conclusions.md', 'run.json',
];

interface SegmentLine { transcript: string; segment: string; kept: boolean; group: string; method: string; codes: { code: string; path: string[]; polarity: string }[] }

const csv = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];

describe('telaah run samples/pujud', () => {
  let dir: string;
  let out: string;
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    dir = copy('pujud');
    out = path.join(dir, 'out');
    result = await run(['run', dir]);
  });

  it('exits 0 and writes every contract file', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const f of CONTRACT) expect(existsSync(path.join(out, f)), f).toBe(true);
    for (const id of ['pujud-camat', 'pujud-kapolsek', 'pujud-warga', 'pujud-dokumen-polsek']) expect(existsSync(path.join(out, 'reduced', `${id}.md`))).toBe(true);
    expect(result.stdout).toMatch(/9 transcripts, \d+ segments, \d+ kept, \d+ coded; 5 indicators \(codes without sub-codes\): converged \d+, converged-limit \d+/);
  });

  it('matrix cells match segments.jsonl, and triangulation matches the matrices', () => {
    const segs = readFileSync(path.join(out, 'segments.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SegmentLine);
    const byInf = csv(path.join(out, 'matrix', 'code-by-informant.csv'));
    const byGroup = csv(path.join(out, 'matrix', 'code-by-group.csv'));
    const byMethod = csv(path.join(out, 'matrix', 'code-by-method.csv'));
    const tri = csv(path.join(out, 'triangulation.csv'));
    const has = (s: SegmentLine, code: string) => s.kept && s.codes.some((c) => c.code === code || c.path.includes(code));
    expect(byInf.length).toBeGreaterThan(0);
    for (const row of byInf) {
      const code = row.code!;
      for (const [col, value] of Object.entries(row)) {
        if (col === 'code' || col === 'label') continue;
        expect(Number(value), `${code} × ${col}`).toBe(segs.filter((s) => s.transcript === col && has(s, code)).length);
      }
      const t = tri.find((x) => x.code === code)!;
      const cells = Object.entries(row).filter(([k]) => k !== 'code' && k !== 'label').map(([, v]) => Number(v));
      expect(Number(t.segments)).toBe(cells.reduce((a, b) => a + b, 0));
      expect(Number(t.informants)).toBe(cells.filter((v) => v > 0).length);
      expect(Number(t.support) + Number(t.limit)).toBe(Number(t.segments));
      const g = byGroup.find((x) => x.code === code)!;
      expect(Number(t.groups)).toBe(Object.entries(g).filter(([k, v]) => k !== 'code' && k !== 'label' && Number(v) > 0).length);
      const m = byMethod.find((x) => x.code === code)!;
      expect(Number(t.methods)).toBe(Object.entries(m).filter(([k, v]) => k !== 'code' && k !== 'label' && Number(v) > 0).length);
      // the evidence policy: a coder's polarity where a coder coded the segment, else the automatic codes'
      const limits = segs.filter((s) => {
        const behind = s.codes.filter((c) => c.code === code || c.path.includes(code));
        const hand = behind.filter((c) => c.origin.startsWith('manual:'));
        return has(s, code) && (hand.length ? hand : behind).some((c) => c.polarity === 'limit');
      }).length;
      expect(Number(t.limit)).toBe(limits);
    }
  });

  it('codes most informant segments', () => {
    const segs = readFileSync(path.join(out, 'segments.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SegmentLine);
    const kept = segs.filter((s) => s.kept);
    expect(kept.filter((s) => s.codes.length > 0).length / kept.length).toBeGreaterThan(0.5);
  });

  it('run.json records inputs and options without timestamps or absolute paths', () => {
    const text = readFileSync(path.join(out, 'run.json'), 'utf8');
    const info = JSON.parse(text);
    expect(info.codebook).toMatchObject({ id: 'bartania' });
    expect(info.inputs.map((i: { path: string }) => i.path)).toContain('transcripts/kapolsek.md');
    expect(info.inputs.map((i: { path: string }) => i.path)).toContain('codings/sari.yaml');
    expect(text).not.toContain(dir);
    expect(text).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it('re-runs are byte-identical wherever the folder lives', async () => {
    const other = copy('pujud');
    await run(['run', other]);
    for (const f of CONTRACT) expect(readFileSync(path.join(other, 'out', f), 'utf8'), f).toBe(readFileSync(path.join(out, f), 'utf8'));
  });

  it('--check passes on unchanged data and fails after a transcript or codings edit', async () => {
    const ok = await run(['run', dir, '--check']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/up to date/);
    appendFileSync(path.join(dir, 'transcripts', 'warga.md'), '\nWarga: Satu lagi, Dik, patroli malam sekarang sudah rutin dan warga ikut ronda.\n');
    const t = await run(['run', dir, '--check']);
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/differs +segments\.jsonl/);
    expect(t.stdout).toMatch(/changed: transcripts\/warga\.md/);
    await run(['run', dir]);
    const codings = path.join(dir, 'codings', 'sari.yaml');
    writeFileSync(codings, readFileSync(codings, 'utf8').replace('code: hasil-sementara', 'code: komitmen-proses'));
    const c = await run(['run', dir, '--check']);
    expect(c.code).toBe(1);
    expect(c.stdout).toMatch(/changed: codings\/sari\.yaml/);
  });
});

describe('telaah run: other samples and languages', () => {
  it('English sample writes an English draft', async () => {
    const dir = copy('riverton');
    const r = await run(['run', dir]);
    expect(r.code).toBe(0);
    const md = readFileSync(path.join(dir, 'out', 'conclusions.md'), 'utf8');
    expect(md).toMatch(/Conclusions/);
  });
  it('--lang en overrides the project language', async () => {
    const dir = copy('pujud');
    await run(['run', dir, '--lang', 'en']);
    expect(readFileSync(path.join(dir, 'out', 'conclusions.md'), 'utf8')).toMatch(/Conclusions/);
  });
  it('refuses an output folder that is the project folder', async () => {
    const dir = copy('pujud');
    const r = await run(['run', dir, '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to use .* as the output folder/);
    expect(existsSync(path.join(dir, 'telaah.yaml'))).toBe(true);
  });
});

describe('telaah run: bad input', () => {
  it('a broken telaah.yaml is reported with its position and nothing is written', async () => {
    const dir = copy('pujud');
    writeFileSync(path.join(dir, 'telaah.yaml'), 'codebook: [bartania\n');
    const r = await run(['run', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/telaah\.yaml:\d+:\d+ {2}error .*\[yaml-syntax\]/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
  it('a binary file and an unknown code are reported together; the rest is still analysed', async () => {
    const dir = copy('pujud');
    writeFileSync(path.join(dir, 'transcripts', 'rekaman.txt'), Buffer.from([0x49, 0x44, 0x33, 0x00, 0x01, 0xff]));
    appendFileSync(path.join(dir, 'codings', 'sari.yaml'), '  - transcript: pujud-warga\n    code: kerja-sama\n    quote: "ronda"\n');
    const r = await run(['run', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rekaman\.txt:1:1 {2}error {2}this looks like a binary file.*\[binary-file\]/);
    expect(r.stderr).toMatch(/sari\.yaml:\d+:11 {2}error {2}code "kerja-sama" is not in codebook "bartania" {2}\[unknown-code\]/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'out', 'conclusions.md'))).toBe(true);
  });
});

describe('resource limits', () => {
  it('a transcript above max_file_mb is a clear error, and the rest is analysed', async () => {
    const dir = copy('pujud');
    appendFileSync(path.join(dir, 'telaah.yaml'), 'max_file_mb: 1\n');
    writeFileSync(path.join(dir, 'transcripts', 'besar.md'), `Warga: ${'kami rapat tiap bulan. '.repeat(70000)}\n`);
    const r = await run(['run', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/besar\.md:1:1 {2}error {2}file is 1\.5 MB, above the limit of 1 MB {2}\[file-too-large\]/);
    expect(r.stdout).toMatch(/^9 transcripts/);
  });
});

describe('investigator triangulation', () => {
  it("adds the coders' kappa per code when two coders coded the same transcripts", async () => {
    const dir = copy('pujud');
    const sari = readFileSync(path.join(dir, 'codings', 'sari.yaml'), 'utf8');
    // budi agrees with sari everywhere except that he never uses hasil-sementara
    const budi = sari.replace('coder: sari', 'coder: budi').replace(/code: hasil-sementara/g, 'code: komitmen-proses');
    writeFileSync(path.join(dir, 'codings', 'budi.yaml'), budi);
    expect((await run(['run', dir])).code).toBe(0);
    const tri = csv(path.join(dir, 'out', 'triangulation.csv'));
    const kappa = (code: string) => tri.find((r) => r.code === code)!.kappa;
    expect(kappa('dialog-tatap-muka')).toBe('1');
    expect(kappa('membangun-kepercayaan')).toBe('1');
    expect(Number(kappa('hasil-sementara'))).toBe(0);
    expect(Number(kappa('komitmen-proses'))).toBeLessThan(1);
  });
});
