/**
 * Loading a project lazily (issue 18: memory flat in corpus size): the metadata and every error at
 * load, the body parsed when a transcript is coded — the same transcripts and the same diagnostics
 * as loading everything at once, and a transcript changed in between refused — also when worker
 * threads read and parse their transcripts themselves.
 */
import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../src/model/diagnostic.js';
import { sha256 } from '../src/output/run-json.js';
import { RefusedError } from '../src/project/files.js';
import { loadProject } from '../src/project/load.js';
import { miniProject } from './helpers/mini-project.js';
import { run } from './helpers/cli.js';
import { codeProjectChunks } from '../src/cli/analyse.js';
import { memoryIo } from '../src/cli/io.js';
import { openProject } from '../src/cli/project.js';
import type { Diagnostic } from '../src/model/diagnostic.js';

const TRANSCRIPTS = {
  'a.md': '---\nid: a\ngroup: g1\n---\nP: Bagaimana rapatnya?\n\nInforman: Rapat rutin setiap bulan, tetapi belum ada kepercayaan.\n',
  'b.md': '---\nid: b\n---\nP: Hanya pertanyaan pewawancara.\n', // no-informant-turns: a body warning
  'c.md': '---\nid: [not, a, string]\n---\nInforman: teks\n', // a front-matter error: left out
  'd.md': '---\nid: a\n---\nInforman: the same id as a.md\n', // duplicate-transcript-id
};
const project = () => miniProject(TRANSCRIPTS);

describe('lazy loading', () => {
  it('gives the transcripts and diagnostics of loading everything at once', async () => {
    const dir = project();
    const eager = await loadProject(dir, dir);
    const lazy = await loadProject(dir, dir, { lazy: true });
    expect(lazy.transcripts).toEqual([]);
    expect(lazy.sources.map((s) => s.meta)).toEqual(eager.transcripts.map((t) => t.meta));
    const loaded = await Promise.all(lazy.sources.map((s) => s.load()));
    expect(loaded.map((l) => l.transcript)).toEqual(eager.transcripts);
    // the body's warnings come when the transcript is parsed, the rest at load: together the same
    const all = [...lazy.diagnostics, ...loaded.flatMap((l) => l.diagnostics)];
    expect(sortDiagnostics(all)).toEqual(sortDiagnostics(eager.diagnostics));
    expect(all.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['no-informant-turns', 'front-matter', 'duplicate-transcript-id']));
    expect(lazy.inputs).toEqual(eager.inputs);
  });

  it('keeps a transcript as the sha256 of its text for run.json, not the text', async () => {
    const dir = project();
    const p = await loadProject(dir, dir, { lazy: true });
    const a = p.inputs.find((i) => i.path === 'transcripts/a.md');
    expect(a).toEqual({ path: 'transcripts/a.md', sha256: sha256(readFileSync(path.join(dir, 'transcripts/a.md'), 'utf8')) });
  });

  it('refuses a transcript changed between loading and coding', async () => {
    const dir = project();
    const p = await loadProject(dir, dir, { lazy: true });
    appendFileSync(path.join(dir, 'transcripts/a.md'), '\nInforman: added later.\n');
    await expect(p.sources[0]!.load()).rejects.toBeInstanceOf(RefusedError);
    await expect(p.sources[1]!.load()).resolves.toBeDefined();
  });

  it('worker threads that read their own transcripts write, print and warn what one thread does', async () => {
    const sari = 'coder: sari\ncodings:\n  - transcript: a\n    code: membangun-kepercayaan\n    quote: "belum ada kepercayaan"\n';
    const files = (dir: string) => Object.fromEntries(readdirSync(path.join(dir, 'out')).filter((f) => f !== 'run.json').map((f) => [f, readFileSync(path.join(dir, 'out', f), 'utf8')]));
    const one = miniProject({ ...TRANSCRIPTS, 'e.md': '---\nid: e\n---\nInforman: Kami duduk bersama tiap bulan di balai desa.\n' }, { 'sari.yaml': sari });
    const two = miniProject({ ...TRANSCRIPTS, 'e.md': '---\nid: e\n---\nInforman: Kami duduk bersama tiap bulan di balai desa.\n' }, { 'sari.yaml': sari });
    const a = await run(['code', one, '--jobs', '1'], { cwd: one });
    const b = await run(['code', two, '--jobs', '2'], { cwd: two });
    expect(b.code).toBe(a.code);
    expect(b.stderr.replaceAll(two, 'P')).toBe(a.stderr.replaceAll(one, 'P'));
    expect(b.stderr).toContain('no-informant-turns'); // a body warning, found in a worker
    expect(files(two)).toEqual(files(one));
    expect(files(two)['segments.jsonl']).toContain('"origin":"manual:sari"');
  });

  it('a worker refuses a transcript changed between loading and coding', async () => {
    const dir = project();
    const diags: Diagnostic[] = [];
    const p = (await openProject(dir, undefined, memoryIo({ cwd: dir, env: {} }), diags, { lazy: true }))!;
    appendFileSync(path.join(dir, 'transcripts/a.md'), '\nInforman: added later.\n');
    await expect(codeProjectChunks(p, { auto: 'on', minConfidence: 0.3, jobs: 2 }, () => {})).rejects.toBeInstanceOf(RefusedError);
  });
});
