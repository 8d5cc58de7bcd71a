import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { miniProject } from './helpers/mini-project.js';

// TELAAH_TIMINGS is what `npm run bench` reads for its stage split: a JSON object {"stage": ms}.
const transcript = `---
id: warung-kopi
informant: Bu Sarinah
group: masyarakat
method: interview
---
Peneliti: Bagaimana rapat di desa, Bu?

Sarinah: Kami duduk bersama di balai desa setiap bulan, tapi warga belum berani melapor.
`;

describe('TELAAH_TIMINGS', () => {
  it('makes telaah code write the time of its stages, and the outputs stay the same', async () => {
    const plain = miniProject({ 'warung-kopi.md': transcript });
    const timed = miniProject({ 'warung-kopi.md': transcript });
    const file = path.join(timed, 'timings.json');
    const a = await run(['code', plain, '--format', 'csv']);
    const b = await run(['code', timed, '--format', 'csv'], { env: { TELAAH_TIMINGS: file } });
    expect(b.code).toBe(a.code);
    expect(b.stdout).toBe(a.stdout);
    const stages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(stages).length).toBeGreaterThan(0);
    for (const ms of Object.values(stages)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(existsSync(path.join(plain, 'timings.json'))).toBe(false);
  });

  it('warns on stderr when the file cannot be written, and still codes', async () => {
    const dir = miniProject({ 'warung-kopi.md': transcript });
    const r = await run(['code', dir], { env: { TELAAH_TIMINGS: path.join(dir, 'no-such-folder', 'timings.json') } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/could not write the stage timings to .*no-such-folder.*TELAAH_TIMINGS/);
    expect(existsSync(path.join(dir, 'out', 'segments.jsonl'))).toBe(true);
  });
});
