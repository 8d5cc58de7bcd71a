/** `telaah codebook stats`: usage per code, codes never used, codes in codings missing from the codebook. */
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const root = path.join(import.meta.dirname, '..');

describe('telaah codebook stats', () => {
  it('counts segments, informants and coders per code, lists unused codes and unknown codes with file:line', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-stats-')), 'pujud');
    cpSync(path.join(root, 'samples', 'pujud'), dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('out') });
    copyFileSync(path.join(root, 'test', 'fixtures', 'codebook-edit', 'budi.yaml'), path.join(dir, 'codings', 'budi.yaml'));
    expect((await run(['codebook', 'copy', dir])).code).toBe(0);
    appendFileSync(path.join(dir, 'codebook.yaml'), '\n  - id: kode-baru\n    label: { id: "Kode baru", en: "New code" }\n    keywords:\n      id: [zzqxv]\n');
    appendFileSync(path.join(dir, 'codings', 'sari.yaml'), '  - transcript: pujud-warga\n    code: partisipasi-warga\n    quote: "Duduk dengan warga"\n');
    // the Camat interviewed a second time: a second source of the same informant, counted as the matrices count it
    const camat = readFileSync(path.join(dir, 'transcripts', 'camat.md'), 'utf8');
    writeFileSync(path.join(dir, 'transcripts', 'camat-2.md'), camat.replace('id: pujud-camat', 'id: pujud-camat-2').replace('date: 2024-03-05', 'date: 2024-04-02'));

    const json = await run(['codebook', 'stats', dir, '--format', 'json']);
    expect(json.code).toBe(1); // a coding names a code the codebook does not have
    const usage = JSON.parse(json.stdout) as { codes: { code: string; segments: number; byHand: number; informants: number; coders: string[]; lastUsed: string | null }[]; unused: string[]; missing: { code: string; file: string; line: number }[] };
    expect(usage.unused).toEqual(['kode-baru']);
    expect(usage.missing).toEqual([{ code: 'partisipasi-warga', file: expect.stringMatching(/codings\/sari\.yaml$/), line: 71, column: 11 }]);
    const hasil = usage.codes.find((c) => c.code === 'hasil-sementara')!;
    expect(hasil.coders).toEqual(['auto', 'sari']); // budi never used it
    const dialog = usage.codes.find((c) => c.code === 'dialog-tatap-muka')!;
    expect(dialog.coders).toEqual(['auto', 'budi', 'sari']);
    expect(dialog.byHand).toBeGreaterThanOrEqual(5); // sari's four segments and budi's (some shared)
    expect(dialog.byHand).toBeLessThanOrEqual(dialog.segments);
    expect(dialog.lastUsed).toMatch(/^2024-\d\d-\d\d$/);
    expect(usage.codes.find((c) => c.code === 'kode-baru')).toMatchObject({ segments: 0, informants: 0, coders: [], lastUsed: null });

    // the same figures as the triangulation table
    await run(['triangulate', dir]);
    const tri = parse(readFileSync(path.join(dir, 'out', 'triangulation.csv'), 'utf8'), { columns: true }) as { code: string; segments: string; informants: string }[];
    expect(tri.map((t) => [t.code, Number(t.segments), Number(t.informants)])).toEqual(usage.codes.map((c) => [c.code, c.segments, c.informants]));
    const table = await run(['codebook', 'stats', dir]);
    expect(table.stdout).toContain('Never used (1): kode-baru');
    expect(table.stdout).toMatch(/codings\/sari\.yaml:71:11 {2}partisipasi-warga/);
    expect(table.stderr).not.toMatch(/unknown-code/);
  });
});
