/**
 * `telaah import`: real exports of ATLAS.ti, NVivo, MAXQDA, Taguette and the spec's example become
 * codebooks that lint clean; a .qdpx brings its coded selections into a project as manual codings
 * per user, positions counted in code points or (NVivo for Windows) UTF-16 units.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../src/codebook/parse.js';
import { parseCodings } from '../src/codings/parse.js';
import { run } from './helpers/cli.js';
import { copyPujud as pujud, miniProject } from './helpers/mini-project.js';
import { hasRefi, REFI_DIR } from './helpers/refi.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'telaah-refi-'));
const SAMPLES = path.join(REFI_DIR, 'samples');

describe.skipIf(!hasRefi)('telaah import: real exports from QDA programs', () => {
  const samples = hasRefi ? readdirSync(SAMPLES).sort() : [];
  for (const name of samples) {
    it(`${name} imports into a codebook that lints clean`, async () => {
      const out = path.join(tmp(), 'codebook.yaml');
      const r = await run(['import', path.join(SAMPLES, name), '-o', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lint = await run(['lint', out]);
      expect(lint.stdout).not.toMatch(/ error /);
      expect(lint.code).toBe(0);
      // every <Code> of the file became a code, each with a unique slug id
      const cb = parseCodebook(readFileSync(out, 'utf8'), out).codebook!;
      const xml = name.endsWith('.qdpx') ? readFileSync(path.join(SAMPLES, name.replace(/\.qdpx$/, '.qde')), 'utf8') : readFileSync(path.join(SAMPLES, name), 'utf8');
      expect(cb.codes.length).toBe((xml.match(/<Code\s/g) ?? []).length);
      expect(new Set(cb.codes.map((c) => c.id)).size).toBe(cb.codes.length);
    });
  }

  it('keeps nesting (NVivo), descriptions as definitions (MAXQDA), and --strict lists what is left to do', async () => {
    const dir = tmp();
    await run(['import', path.join(SAMPLES, 'nvivo-mac-15.0.0_project.qde'), '-o', path.join(dir, 'nvivo.yaml'), '--lang', 'en']);
    const nvivo = parseCodebook(readFileSync(path.join(dir, 'nvivo.yaml'), 'utf8'), 'nvivo.yaml').codebook!;
    expect(nvivo.codes.find((c) => c.id === 'programming')).toMatchObject({ parent: 'competencies', label: { en: 'programming' } });
    expect(nvivo.codes.find((c) => c.id === 'competencies')!.parent).toBe('rq1-definition');
    await run(['import', path.join(SAMPLES, 'maxqda-24.7.0_project.qde'), '-o', path.join(dir, 'maxqda.yaml'), '--lang', 'en']);
    const maxqda = parseCodebook(readFileSync(path.join(dir, 'maxqda.yaml'), 'utf8'), 'maxqda.yaml').codebook!;
    expect(maxqda.codes.find((c) => c.label.en === 'THEME - Affordances')!.definition.en).toBe('This code is applied when a paper includes the idea of affordances.');
    const strict = await run(['lint', path.join(dir, 'maxqda.yaml'), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/warning .*has no keywords.*\[leaf-without-keywords\]/);
    expect(strict.stdout).toMatch(/\[missing-label-language\]/);
    expect(strict.stdout).not.toMatch(/ error /);
  });

  it('the spec example: names with "::" and quotes slug to unique ids', async () => {
    const out = path.join(tmp(), 'spec.yaml');
    await run(['import', path.join(SAMPLES, 'refi-spec-annexA_atlasti-8.4_project.qde'), '-o', out, '--lang', 'en']);
    const ids = parseCodebook(readFileSync(out, 'utf8'), out).codebook!.codes.map((c) => c.id);
    expect(ids).toContain('coke-diet-coke');
    expect(ids).toContain('rushed');
  });
});

describe('telaah import: what it refuses', () => {
  it('needs -o or --project; never overwrites the -o file without --force', async () => {
    const dir = tmp();
    const qdc = path.join(dir, 'a.qdc');
    await run(['export', 'qdc', 'modal-sosial', '-o', qdc]);
    expect((await run(['import', qdc])).code).toBe(2);
    const out = path.join(dir, 'codebook.yaml');
    writeFileSync(out, '# mine\n');
    const r = await run(['import', qdc, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/codebook\.yaml:1:1 +error +.*already exists; not overwritten/);
    expect(readFileSync(out, 'utf8')).toBe('# mine\n');
    expect((await run(['import', qdc, '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/id: kepercayaan/);
  });

  it('a file that is not REFI-QDA, or broken XML, is one clear error', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'x.qdc'), '<html><body/></html>');
    const a = await run(['import', path.join(dir, 'x.qdc'), '-o', path.join(dir, 'o.yaml')]);
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(/x\.qdc:1:1 +error +not a REFI-QDA file: the root element is <html>/);
    writeFileSync(path.join(dir, 'y.qdc'), '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes><Code name="a"></Codes>');
    const b = await run(['import', path.join(dir, 'y.qdc'), '-o', path.join(dir, 'o.yaml')]);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/y\.qdc:\d+:\d+ +error +not well-formed XML/);
    expect(b.stderr).not.toMatch(/at .*\.js/);
    expect(existsSync(path.join(dir, 'o.yaml'))).toBe(false);
  });
});


/** The manual codes of every segment, as `telaah code` reports them. */
async function manualCodes(dir: string): Promise<string[]> {
  const r = await run(['code', dir, '--format', 'jsonl', '--auto', 'off']);
  return r.stdout.trim().split('\n').flatMap((l) => {
    const s = JSON.parse(l) as { segment: string; codes: { code: string; origin: string; polarity: string; memo?: string }[] };
    return s.codes.map((c) => `${s.segment} ${c.code} ${c.origin} ${c.polarity} ${c.memo ?? ''}`);
  }).sort();
}

describe('telaah import --project: codings from a .qdpx', () => {
  it('a round trip through .qdpx gives the same manual codings; importing again adds nothing', async () => {
    const dir = pujud();
    const before = await manualCodes(dir);
    expect(before.length).toBeGreaterThan(10);
    const qdpx = path.join(tmp(), 'pujud.qdpx');
    await run(['export', 'qdpx', dir, '-o', qdpx]);
    rmSync(path.join(dir, 'codings', 'sari.yaml'));
    const r = await run(['import', qdpx, '--project', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote .*codings\/sari\.yaml: \d+ codings of sari/);
    expect(r.stdout).toMatch(/automatic \(telaah-auto, left out\)/);
    expect(await manualCodes(dir)).toEqual(before);
    const again = await run(['import', qdpx, '--project', dir]);
    expect(again.stdout).toMatch(/0 codings imported, \d+ already in the codings files/);
    const lint = await run(['lint', '--project', dir]);
    expect(lint.stdout).not.toMatch(/orphaned-coding|ambiguous-quote| error /);
  });

  it('memos and polarity: limit come back (the memo carries a [limit] mark)', async () => {
    const t = { 'warga.md': '---\nid: warga\nmethod: interview\n---\nWarga: Rapat di balai desa jarang sekali, warga belum diajak bicara.\n' };
    const coding = 'coder: rina\ncodings:\n  - transcript: warga\n    code: dialog-tatap-muka\n    quote: "Rapat di balai desa jarang sekali"\n    polarity: limit\n    memo: "forum jarang"\n';
    const dir = miniProject(t, { 'rina.yaml': coding });
    const qdpx = path.join(tmp(), 'w.qdpx');
    await run(['export', 'qdpx', dir, '-o', qdpx]);
    const fresh = miniProject(t);
    await run(['import', qdpx, '--project', fresh]);
    const back = parseCodings(readFileSync(path.join(fresh, 'codings', 'rina.yaml'), 'utf8'), 'rina.yaml', 'rina').codings!.codings;
    expect(back).toMatchObject([{ code: 'dialog-tatap-muka', polarity: 'limit', memo: 'forum jarang' }]);
    expect(await manualCodes(fresh)).toEqual(await manualCodes(dir));
  });

  it('appends to an existing coder file, keeping what is there', async () => {
    const dir = pujud();
    const qdpx = path.join(tmp(), 'pujud.qdpx');
    await run(['export', 'qdpx', dir, '-o', qdpx]);
    const sari = path.join(dir, 'codings', 'sari.yaml');
    // as a person writes it on Windows: CRLF, a wrapped quote, two spaces before a comment, spaced braces, a blank line
    const mine = '# Sari, round 2\r\ncoder: sari   # me\r\n\r\ncodings:\r\n  - transcript: pujud-warga\r\n    code: membangun-kepercayaan\r\n    quote: >-\r\n      warga masih\r\n      takut\r\n    tags: {  a: 1 }\r\n';
    writeFileSync(sari, mine);
    const r = await run(['import', qdpx, '--project', dir]);
    expect(r.code).toBe(0);
    const text = readFileSync(sari, 'utf8');
    expect(text.startsWith(mine)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parseCodings(text, 'sari.yaml', 'sari').codings!.codings.length).toBeGreaterThan(10);
  });
});

/** A .qdpx as NVivo for Windows writes one: `Sources/`, upper-case braced GUIDs, a UTF-8 BOM, CRLF, UTF-16 positions. */
async function nvivoLike(sourceName: string, text: string, picks: { quote: string; code: string; user: string }[], units: 'utf16' | 'codepoints'): Promise<Buffer> {
  const codes = [...new Set(picks.map((p) => p.code))];
  const users = [...new Set(picks.map((p) => p.user))];
  const g = (n: number) => `{0000000${n}-AAAA-BBBB-CCCC-DDDDDDDDDDDD}`.replace(/^\{0*(\d{8})/, '{$1');
  const codeG = (c: string) => g(10 + codes.indexOf(c));
  const userG = (u: string) => g(30 + users.indexOf(u));
  const count = (s: string) => (units === 'utf16' ? s.length : Array.from(s).length);
  const sels = picks.map((p, i) => {
    const at = text.indexOf(p.quote);
    const start = count(text.slice(0, at));
    return `<PlainTextSelection guid="${g(50 + i)}" startPosition="${start}" endPosition="${start + count(p.quote)}"><Coding guid="${g(70 + i)}" creatingUser="${userG(p.user)}"><CodeRef targetGUID="${codeG(p.code)}"/></Coding></PlainTextSelection>`;
  }).join('');
  const qde = `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="Tesis" origin="NVivo for Windows 12.6">` +
    `<Users>${users.map((u) => `<User guid="${userG(u)}" name="${u}"/>`).join('')}</Users>` +
    `<CodeBook><Codes>${codes.map((c) => `<Code guid="${codeG(c)}" name="${c}" isCodable="true"/>`).join('')}</Codes></CodeBook>` +
    `<Sources><TextSource guid="${g(90)}" name="${sourceName}" plainTextPath="internal://${g(90).slice(1, -1)}.txt">${sels}</TextSource></Sources></Project>`;
  const zip = new JSZip();
  zip.file('project.qde', qde);
  zip.file(`Sources/${g(90).slice(1, -1)}.txt`, `\uFEFF${text}`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('telaah import --project: a .qde with no source text', () => {
  // NVivo on Windows counts the CR of each line end: applied to the LF transcript, positions drift by one per line
  const body = 'Peneliti: Bagaimana koordinasi antar dinas di sini?\r\nCamat: Setahu saya, kami rutin rapat koordinasi tiap bulan di aula kecamatan.\r\n' +
    'Camat: Kalimat nomor dua tentang anggaran desa.\r\nPeneliti: Lalu bagaimana dengan warga?\r\nCamat: Warga diundang lewat surat edaran dari kantor desa.\r\n';
  const transcript = `---\nid: camat\nmethod: interview\n---\n${body.replace(/\r\n/g, '\n')}`;
  const picks = [
    { quote: 'kami rutin rapat koordinasi tiap bulan', code: 'Dialog tatap muka', user: 'Dr. Budi Santoso' },
    { quote: 'Warga diundang lewat surat edaran', code: 'membangun-kepercayaan', user: 'Dr. Budi Santoso' },
  ];
  const bareQde = async (units: 'utf16' | 'codepoints', sourceBody = body) => {
    const zip = await JSZip.loadAsync(await nvivoLike('camat', sourceBody, picks, units));
    const file = path.join(tmp(), 'tesis.qde');
    writeFileSync(file, await zip.file('project.qde')!.async('string'));
    return file;
  };

  for (const units of ['utf16', 'codepoints'] as const) {
    it(`positions counting CRLF line ends (${units}) cut the coded words, with a warning that they were not verified`, async () => {
      const dir = miniProject({ 'camat.md': transcript });
      const r = await run(['import', await bareQde(units), '--project', dir]);
      expect(r.code).toBe(0);
      const file = path.join(dir, 'codings', 'dr.-budi-santoso.yaml');
      const codings = parseCodings(readFileSync(file, 'utf8'), file, 'x').codings!.codings;
      expect(codings.map((c) => c.quote)).toEqual(picks.map((p) => p.quote));
      expect(r.stderr).toMatch(/tesis\.qde:1:1 +warning +source "camat" has no text in .*tesis\.qde, so its selection positions could not be checked against it; they were applied to transcript camat \(counted in code points, CRLF line ends\) +\[positions-unverified\]/);
    });
  }

  it('selections that cut words apart under every counting are skipped with a warning naming the source', async () => {
    // the transcript was edited after coding: two letters fewer before each passage
    const dir = miniProject({ 'camat.md': transcript.replace('Bagaimana', 'Bagaimn').replace('Kalimat', 'Kalim') });
    const r = await run(['import', await bareQde('codepoints'), '--project', dir]);
    expect(r.stderr).toMatch(/warning +2 selections of "camat" would cut words of transcript camat apart under any way of counting positions; they are not imported +\[implausible-selection\]/);
    expect(r.stdout).toMatch(/0 codings imported, 2 not imported/);
    expect(existsSync(path.join(dir, 'codings', 'dr.-budi-santoso.yaml'))).toBe(false);
  });
});

describe('telaah import --project: what other programs write', () => {
  const body = 'Peneliti: Bagaimana kerja sama di desa? 😀😀😀\r\nWarga: Kami 🙏 duduk bersama tiap bulan di balai desa.\r\n\r\nWarga: Tapi jujur, warga masih takut melapor ke polisi.\r\n';
  const transcript = `---\nid: warga-teluk\ninformant: Ibu Rina\ngroup: warga\nmethod: interview\n---\n${body.replace(/\r\n/g, '\n')}`;
  const picks = [
    { quote: 'Kami 🙏 duduk bersama tiap bulan di balai desa.', code: 'Dialog tatap muka', user: 'Dr. Budi Santoso' },
    { quote: 'warga masih takut melapor ke polisi', code: 'membangun-kepercayaan', user: 'Dr. Budi Santoso' },
  ];

  for (const units of ['utf16', 'codepoints'] as const) {
    it(`positions counted in ${units === 'utf16' ? 'UTF-16 units (NVivo for Windows)' : 'code points (the spec)'} land on the coded words`, async () => {
      const dir = miniProject({ 'warga-teluk.md': transcript });
      const qdpx = path.join(tmp(), 'nvivo.qdpx');
      writeFileSync(qdpx, await nvivoLike('Wawancara warga.docx', body, picks, units));
      const r = await run(['import', qdpx, '--project', dir]);
      expect(r.stderr).toBe('');
      const file = path.join(dir, 'codings', 'dr.-budi-santoso.yaml');
      const codings = parseCodings(readFileSync(file, 'utf8'), file, 'x').codings!.codings;
      expect(codings.map((c) => [c.transcript, c.code, c.quote])).toEqual([
        ['warga-teluk', 'dialog-tatap-muka', picks[0]!.quote],
        ['warga-teluk', 'membangun-kepercayaan', picks[1]!.quote],
      ]);
      expect(await manualCodes(dir)).toEqual([
        'warga-teluk#2 dialog-tatap-muka manual:dr.-budi-santoso support ',
        'warga-teluk#3 membangun-kepercayaan manual:dr.-budi-santoso support ',
      ]);
    });
  }

  it('a member larger than max_file_mb unpacked is an error, not a crash; members no source names are not read', async () => {
    const dir = miniProject({ 'warga-teluk.md': transcript });
    appendFileSync(path.join(dir, 'telaah.yaml'), 'max_file_mb: 1\n');
    const zip = await JSZip.loadAsync(await nvivoLike('Wawancara warga.docx', body, picks, 'utf16'));
    zip.file('Sources/extra.bin', new Uint8Array(3 * 1048576)); // named by no source: left packed
    const ok = path.join(tmp(), 'ok.qdpx');
    writeFileSync(ok, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(statSync(ok).size).toBeLessThan(100_000);
    const r = await run(['import', ok, '--project', dir]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/2 codings imported/);
    const member = Object.keys(zip.files).find((n) => n.endsWith('.txt'))!;
    zip.file(member, `\uFEFF${body}${' '.repeat(2 * 1048576)}`); // the source's own text, 2 MB unpacked
    const big = path.join(tmp(), 'big.qdpx');
    writeFileSync(big, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const fresh = miniProject({ 'warga-teluk.md': transcript });
    appendFileSync(path.join(fresh, 'telaah.yaml'), 'max_file_mb: 1\n');
    const r2 = await run(['import', big, '--project', fresh]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/big\.qdpx:1:1 +error +Sources\/\{?[0-9A-F-]+\}?\.txt in this zip is larger than 1 MB unpacked; not imported +\[file-too-large\]/);
    expect(r2.stderr).not.toMatch(/at .*\.js/);
    expect(readdirSync(path.join(fresh, 'codings'))).toEqual([]);
  });

  it('a source is matched by its text when its name is not a transcript; unknown codes and unmatched sources are warnings', async () => {
    const dir = miniProject({ 'a.md': transcript });
    const qdpx = path.join(tmp(), 'nvivo.qdpx');
    writeFileSync(qdpx, await nvivoLike('Interview 7', body, [...picks, { quote: 'balai desa', code: 'Gotong royong', user: 'Dr. Budi Santoso' }], 'utf16'));
    const r = await run(['import', qdpx, '--project', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning +code "Gotong royong" is not in codebook "bartania"; its codings are not imported +\[unknown-code\]/);
    expect(r.stdout).toMatch(/2 codings imported, 1 not imported/);
    const other = miniProject({ 'b.md': 'Warga: sesuatu yang lain sama sekali.\n' });
    const r2 = await run(['import', qdpx, '--project', other]);
    expect(r2.stderr).toMatch(/source "Interview 7" matches no transcript of the project by name or text; its 3 codings are not imported +\[unmatched-source\]/);
    expect(existsSync(path.join(other, 'codings', 'dr.-budi-santoso.yaml'))).toBe(false);
  });
});
