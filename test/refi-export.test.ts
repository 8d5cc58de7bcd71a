/**
 * `telaah export qdc` and `telaah export qdpx`: the files validate against the REFI-QDA schemas,
 * GUIDs are stable, codebooks come back through `telaah import` with the same codes, and every
 * selection of the project export points at the text telaah coded.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../src/codebook/parse.js';
import { BUILTIN_DIR, builtinNames, loadCodebook } from '../src/project/codebooks.js';
import { loadProject } from '../src/project/load.js';
import { codeGuid } from '../src/refi/guid.js';
import { flattenCodes, type RefiProject } from '../src/refi/model.js';
import { readRefi } from '../src/refi/read.js';
import { run } from './helpers/cli.js';
import { copyPujud as pujud, miniProject } from './helpers/mini-project.js';
import { hasRefi, hasXmllint, schemaErrors } from './helpers/refi.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'telaah-refi-'));
const validate = hasRefi && hasXmllint;


async function exportQdpx(dir: string, extra: string[] = []): Promise<{ qde: string; project: RefiProject; zip: JSZip; bytes: Buffer }> {
  const out = path.join(tmp(), 'p.qdpx');
  const r = await run(['export', 'qdpx', dir, '-o', out, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const bytes = readFileSync(out);
  const zip = await JSZip.loadAsync(bytes);
  const qde = await zip.file('project.qde')!.async('string');
  return { qde, project: readRefi(qde, 'project.qde').project!, zip, bytes };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Independent of src/refi/positions: slice by code points with Array.from. */
const cpSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('telaah export qdc', () => {
  for (const name of builtinNames()) {
    it(`${name}: validates against Codebook.xsd and imports back with the same codes`, async () => {
      const dir = tmp();
      const qdc = path.join(dir, `${name}.qdc`);
      const r = await run(['export', 'qdc', name, '-o', qdc]);
      expect(r.code).toBe(0);
      const xml = readFileSync(qdc, 'utf8');
      if (validate) expect(schemaErrors(xml, 'Codebook.xsd')).toBe('');
      const original = loadCodebook(path.join(BUILTIN_DIR, `${name}.yaml`), BUILTIN_DIR).codebook!;
      // GUIDs: UUID v5 of codebook id + code id, so a re-export is byte-identical
      expect(xml).toContain(`guid="${codeGuid(name, original.codes[0]!.id)}"`);
      await run(['export', 'qdc', name, '-o', path.join(dir, 'again.qdc')]);
      expect(readFileSync(path.join(dir, 'again.qdc'), 'utf8')).toBe(xml);

      const yamlFile = path.join(dir, 'back.yaml');
      const imp = await run(['import', qdc, '-o', yamlFile]);
      expect(imp.code).toBe(0);
      const back = parseCodebook(readFileSync(yamlFile, 'utf8'), 'back.yaml').codebook!;
      const shape = (cb: typeof back) => cb.codes.map((c) => ({ id: c.id, parent: c.parent, definition: c.definition.id, label: c.label.id }));
      expect(shape(back)).toEqual(shape(original));
      const lint = await run(['lint', yamlFile]);
      expect(lint.code).toBe(0);
    });
  }

  it('keeps the hierarchy; only pure grouping codes are not codable; --lang en writes English names', async () => {
    const qdc = path.join(tmp(), 'ag.qdc');
    await run(['export', 'qdc', 'ansell-gash-2008', '-o', qdc, '--lang', 'en']);
    const codes = readRefi(readFileSync(qdc, 'utf8'), 'ag.qdc').project!.codes;
    expect(codes.map((c) => c.name)).toContain('Collaborative process');
    const process = codes.find((c) => c.name === 'Collaborative process')!;
    expect(process.isCodable).toBe(false);
    expect(process.children.map((c) => c.name)).toContain('Face-to-face dialogue');
    expect(flattenCodes(codes).filter((c) => c.children.length === 0).every((c) => c.isCodable)).toBe(true);
  });

  it('refuses a codebook with errors and writes nothing', async () => {
    const dir = miniProject({});
    const bad = path.join(dir, 'bad.yaml');
    const { writeFileSync, existsSync } = await import('node:fs');
    writeFileSync(bad, 'id: bad\ncodes:\n  - id: Not A Slug\n    label: { id: x }\n');
    const r = await run(['export', 'qdc', bad, '-o', path.join(dir, 'bad.qdc')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:3:\d+ +error .*lower-case slug/);
    expect(existsSync(path.join(dir, 'bad.qdc'))).toBe(false);
    expect((await run(['export', 'qdc', 'bartania'])).code).toBe(2); // -o is required
  });
});

describe('telaah export qdpx', () => {
  it('samples/pujud: project.qde validates, and every selection points at the coded text', async () => {
    const dir = pujud();
    const { qde, project, zip, bytes } = await exportQdpx(dir);
    if (validate) expect(schemaErrors(qde, 'Project.xsd')).toBe('');
    const code = await run(['code', dir, '--format', 'jsonl']);
    const segs = code.stdout.trim().split('\n').map((l) => JSON.parse(l) as { segment: string; codes: { code: string; origin: string }[] });
    const coded = segs.filter((s) => s.codes.length);
    const transcripts = new Map((await loadProject(dir)).transcripts.flatMap((t) => t.segments.map((s) => [s.id, s.text])));

    expect(project.users.map((u) => u.name)).toEqual(['sari', 'telaah-auto']);
    const userOf = new Map(project.users.map((u) => [u.guid, u.name]));
    const codeOf = new Map(flattenCodes(project.codes).map((c) => [c.guid, c.name]));
    const selections = project.sources.flatMap((s) => s.selections.map((sel) => ({ src: s, sel })));
    expect(selections.length).toBe(coded.length);
    for (const { src, sel } of selections) {
      const text = await zip.file(`sources/${src.guid}.txt`)!.async('string');
      expect(src.plainTextPath).toBe(`internal://${src.guid}.txt`);
      const seg = coded.find((s) => s.segment === sel.name)!;
      expect(oneLine(cpSlice(text, sel.start, sel.end))).toBe(oneLine(transcripts.get(sel.name!)!));
      // one Coding per code of the segment, by its coder
      expect(sel.codings.map((c) => `${codeOf.get(c.codeGuid) ? 'ok' : 'missing'}:${userOf.get(c.user!)}`).sort())
        .toEqual(seg.codes.map((c) => `ok:${c.origin === 'auto' ? 'telaah-auto' : c.origin.replace('manual:', '')}`).sort());
    }
    // cases per informant with group, method and role; memos as notes
    expect(project.sources.map((s) => s.name)).toContain('pujud-kapolsek');
    expect(qde).toMatch(/<Case guid="[^"]+" name="AKP Darmawan Syahputra">/);
    expect(qde).toMatch(/<Variable guid="[^"]+" name="method" typeOfVariable="Text"\/>/);
    expect(project.notes.some((n) => n.text === 'Jumat Curhat sebagai ruang dialog langsung polisi dan warga.')).toBe(true);
    // deterministic: the same bytes again
    expect((await exportQdpx(dir)).bytes.equals(bytes)).toBe(true);
  });

  it('counts positions in code points: an emoji before the coded text shifts nothing', async () => {
    const dir = miniProject({
      'warga.md': '---\nid: warga\ninformant: Ibu Rina\ngroup: warga\nmethod: interview\n---\n' +
        'Peneliti: Bagaimana? 🙂🙂\nWarga: Saya ikut 🙏 rapat koordinasi di balai desa setiap bulan, kami duduk bersama.\n',
    });
    const { project, zip, qde } = await exportQdpx(dir);
    if (validate) expect(schemaErrors(qde, 'Project.xsd')).toBe('');
    const src = project.sources[0]!;
    const sel = src.selections[0]!;
    const text = await zip.file(`sources/${src.guid}.txt`)!.async('string');
    expect(text.startsWith('Peneliti:')).toBe(true); // the front matter is not part of the source
    expect(cpSlice(text, sel.start, sel.end)).toBe('Saya ikut 🙏 rapat koordinasi di balai desa setiap bulan, kami duduk bersama.');
    expect(text.slice(sel.start, sel.end)).not.toBe(cpSlice(text, sel.start, sel.end));
  });

  it('--auto off leaves the automatic codes out; a project with errors exports nothing', async () => {
    const { project } = await exportQdpx(pujud(), ['--auto', 'off']);
    const auto = project.users.find((u) => u.name === 'telaah-auto')!.guid;
    expect(project.sources.flatMap((s) => s.selections.flatMap((x) => x.codings)).some((c) => c.user === auto)).toBe(false);
    const bad = miniProject({ 'a.md': 'Warga: kami rapat.\n' }, { 'sari.yaml': 'coder: sari\ncodings:\n  - transcript: a\n    code: no-such-code\n    quote: kami rapat\n' });
    const out = path.join(tmp(), 'x.qdpx');
    const r = await run(['export', 'qdpx', bad, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sari\.yaml:\d+:\d+ +error +code "no-such-code" is not in codebook/);
    expect(r.stderr).toMatch(/Nothing exported/);
  });
});
