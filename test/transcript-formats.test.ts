/**
 * One focus-group transcript (fiction) saved the ways students receive transcripts — Markdown,
 * Word (.docx), meeting subtitles (.vtt, .srt) and plain text in UTF-16 LE/BE, UTF-8 with BOM,
 * CRLF and CR line ends — must give the same segments: speaker, text, timestamps and codes, through
 * `telaah run` as a user runs it. The .docx files are real WordprocessingML read through mammoth;
 * one is written by LibreOffice when it is installed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/project/load.js';
import { makeDocx } from './helpers/docx.js';
import { run } from './helpers/cli.js';
import { hasWriter } from './helpers/writer.js';

const FIX = path.join(import.meta.dirname, 'fixtures', 'formats');
const MD = readFileSync(path.join(FIX, 'fgd-sukamaju.md'), 'utf8');
const LINES = MD.trimEnd().split('\n');
const FRONT = LINES.indexOf('---', 1) + 1; // front matter lines
const BODY = LINES.slice(FRONT);
const META = readFileSync(path.join(FIX, 'fgd-sukamaju.yaml'), 'utf8');

const hasSoffice = hasWriter();
if (!hasSoffice) console.warn('transcript-formats.test.ts: LibreOffice Writer is not installed, skipping the .docx written by LibreOffice (apt-get install libreoffice-writer)');

interface Variant {
  name: string;
  /** Writes the transcript (and its metadata file) into the folder. */
  write: (dir: string) => Promise<void> | void;
  /** Lines before the body in what the user cites: the front matter, or none when metadata is beside the file. */
  bodyOffset: number;
}

const put = (dir: string, file: string, data: string | Buffer) => writeFileSync(path.join(dir, file), data);
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

const VARIANTS: Variant[] = [
  { name: 'md', bodyOffset: FRONT, write: (d) => put(d, 'fgd.md', MD) },
  { name: 'docx with front matter', bodyOffset: FRONT, write: async (d) => put(d, 'fgd.docx', await makeDocx(LINES)) },
  { name: 'docx with metadata beside it', bodyOffset: 0, write: async (d) => { put(d, 'fgd.docx', await makeDocx(BODY)); put(d, 'fgd.yaml', META); } },
  { name: 'vtt', bodyOffset: 0, write: (d) => { copyFileSync(path.join(FIX, 'fgd-sukamaju.vtt'), path.join(d, 'fgd.vtt')); put(d, 'fgd.yaml', META); } },
  { name: 'srt', bodyOffset: 0, write: (d) => { copyFileSync(path.join(FIX, 'fgd-sukamaju.srt'), path.join(d, 'fgd.srt')); put(d, 'fgd.yml', META); } },
  { name: 'txt UTF-16 LE, CRLF', bodyOffset: FRONT, write: (d) => put(d, 'fgd.txt', withBom([0xff, 0xfe], Buffer.from(MD.replace(/\n/g, '\r\n'), 'utf16le'))) },
  { name: 'txt UTF-16 BE', bodyOffset: FRONT, write: (d) => put(d, 'fgd.txt', withBom([0xfe, 0xff], utf16be(MD))) },
  { name: 'txt UTF-8 BOM, CRLF', bodyOffset: FRONT, write: (d) => put(d, 'fgd.txt', withBom([0xef, 0xbb, 0xbf], Buffer.from(MD.replace(/\n/g, '\r\n')))) },
  { name: 'txt CR line ends', bodyOffset: FRONT, write: (d) => put(d, 'fgd.txt', Buffer.from(MD.replace(/\n/g, '\r'))) },
];
if (hasSoffice) {
  VARIANTS.push({
    name: 'docx written by LibreOffice', bodyOffset: FRONT,
    write: (d) => {
      const tmp = mkdtempSync(path.join(tmpdir(), 'telaah-soffice-'));
      writeFileSync(path.join(tmp, 'fgd.txt'), MD);
      execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', d, path.join(tmp, 'fgd.txt')], { stdio: 'ignore', timeout: 120_000 });
    },
  });
}

interface Seg { segment: string; lines: [number, number]; speaker: string | null; informant: string | null; group: string | null; method: string; text: string; kept: boolean; codes: { code: string; polarity: string; score: number }[] }

async function project(v: Variant): Promise<{ dir: string; code: number; stderr: string; segments: Seg[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'telaah-formats-'));
  mkdirSync(path.join(dir, 'transcripts'));
  writeFileSync(path.join(dir, 'telaah.yaml'), 'codebook: ansell-gash-2008\ntranscripts: transcripts\n');
  await v.write(path.join(dir, 'transcripts'));
  const r = await run(['run', '.'], { cwd: dir });
  const segments = readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Seg);
  return { dir, code: r.code, stderr: r.stderr, segments };
}

describe('one transcript in every format gives the same segments', () => {
  const results = new Map<string, Awaited<ReturnType<typeof project>>>();
  beforeAll(async () => {
    for (const v of VARIANTS) results.set(v.name, await project(v));
  }, 240_000);

  it('the Markdown original is a real test: several speakers, interviewer turns uncoded, codes found', () => {
    const md = results.get('md')!;
    expect(md.code).toBe(0);
    expect(md.segments.map((s) => s.speaker)).toEqual(['Peneliti', 'Pak Darto', 'Bu Ratna', 'Peneliti', 'Mas Fikri', 'Pak Darto']);
    expect(md.segments.filter((s) => s.speaker === 'Peneliti').every((s) => s.codes.length === 0)).toBe(true);
    expect(md.segments.filter((s) => s.codes.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(md.segments[1]!.text).toBe('Awalnya kami rapat di balai kelurahan, duduk bersama dengan warga RW 03. Waktu itu semua pihak diundang, termasuk ibu-ibu PKK & karang taruna.');
  });

  for (const v of VARIANTS.slice(1)) {
    it(`${v.name}: same speakers, texts, metadata and codes; lines shifted only by the front matter`, () => {
      const md = results.get('md')!;
      const r = results.get(v.name)!;
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const strip = ({ lines: _lines, ...rest }: Seg) => rest;
      expect(r.segments.map(strip)).toEqual(md.segments.map(strip));
      expect(r.segments.map((s) => s.lines)).toEqual(md.segments.map((s) => s.lines.map((n) => n - FRONT + v.bodyOffset)));
    });
  }

  it('cue times are kept as timestamps, the same as typed in the Markdown file', async () => {
    const stamps = async (name: string) => (await loadProject(results.get(name)!.dir)).transcripts[0]!.segments.map((s) => s.timestamp);
    const md = await stamps('md');
    expect(md).toEqual(['00:00:02.000', '00:00:07.500', '00:00:19.000', '00:00:31.000', '00:00:35.200', '00:00:48.000']);
    expect(await stamps('vtt')).toEqual(md);
    expect(await stamps('srt')).toEqual(md);
    expect(await stamps('docx with metadata beside it')).toEqual(md);
  });

  it('a subtitle segment\'s lines are its cue numbers', async () => {
    const t = (await loadProject(results.get('srt')!.dir)).transcripts[0]!;
    const srt = readFileSync(path.join(FIX, 'fgd-sukamaju.srt'), 'utf8');
    const fikri = t.segments.find((s) => s.speaker === 'Mas Fikri')!;
    expect(fikri.lines).toEqual([7, 8]);
    expect(srt).toMatch(/\n7\n00:00:35,200 --> [^\n]+\nMas Fikri: Kami susun/);
    expect(srt).toMatch(/\n8\n00:00:41,800 --> [^\n]+\nMas Fikri: Masalahnya/);
  });
});
