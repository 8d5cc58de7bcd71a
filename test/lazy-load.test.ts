/**
 * Loading a project lazily (issue 18: memory flat in corpus size): the metadata and every error at
 * load, the body parsed when a transcript is coded — the same transcripts and the same diagnostics
 * as loading everything at once, and a transcript changed in between refused.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../src/model/diagnostic.js';
import { sha256 } from '../src/output/run-json.js';
import { RefusedError } from '../src/project/files.js';
import { loadProject } from '../src/project/load.js';
import { miniProject } from './helpers/mini-project.js';

const project = () => miniProject({
  'a.md': '---\nid: a\ngroup: g1\n---\nP: Bagaimana rapatnya?\n\nInforman: Rapat rutin setiap bulan, tetapi belum ada kepercayaan.\n',
  'b.md': '---\nid: b\n---\nP: Hanya pertanyaan pewawancara.\n', // no-informant-turns: a body warning
  'c.md': '---\nid: [not, a, string]\n---\nInforman: teks\n', // a front-matter error: left out
  'd.md': '---\nid: a\n---\nInforman: the same id as a.md\n', // duplicate-transcript-id
});

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
});
