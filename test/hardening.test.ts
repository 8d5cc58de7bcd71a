/**
 * Regression tests of the second hardening round (issue 19): each reproduces one defect found by an
 * adversarial pass and shows it is fixed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeDocx } from './helpers/docx.js';
import { copyPujud, miniProject } from './helpers/mini-project.js';
import { run } from './helpers/cli.js';

/** Runs the CLI in a fresh module graph: no stems memoised by an earlier run of this process. */
async function freshRun(argv: string[]) {
  vi.resetModules();
  const { run } = await import('./helpers/cli.js');
  return run(argv);
}

describe('the stemming cache never changes results (#2)', () => {
  it('ignores and rewrites a cache whose stems were edited by hand', async () => {
    const dir = copyPujud();
    expect((await freshRun(['run', dir])).code).toBe(0);
    const segments = readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8');
    const cacheFile = path.join(dir, '.telaah-cache', 'stems-id.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { stems: Record<string, string> };
    // every stem the cache holds (the stemmer's fallback for words the word-form analysis cannot
    // split) now "stems" to nonsense
    let edited = 0;
    for (const w of Object.keys(cache.stems)) {
      cache.stems[w] = 'zzz';
      edited++;
    }
    expect(edited).toBeGreaterThan(20);
    writeFileSync(cacheFile, JSON.stringify(cache));

    const second = await freshRun(['run', dir]);
    expect(second.code, second.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8')).toBe(segments);
    const rewritten = JSON.parse(readFileSync(cacheFile, 'utf8')) as { stems: Record<string, string> };
    expect(Object.values(rewritten.stems)).not.toContain('zzz');
  }, 60_000);
});

describe('a .docx that unpacks to far more than its size (#3)', () => {
  it('is refused once its members pass max_file_mb unpacked, and the other transcripts are analysed', async () => {
    const dir = miniProject({
      'camat.md': '---\nid: camat\ninformant: Pak Hadi\ngroup: pemerintah\n---\nCamat: Rapat koordinasi rutin, kami duduk bersama tiap bulan.\n',
    });
    writeFileSync(path.join(dir, 'telaah.yaml'), 'codebook: bartania\ntranscripts: transcripts\nlanguage: id\nmax_file_mb: 2\n');
    // about 12 MB of document.xml, a few kilobytes zipped
    const bomb = path.join(dir, 'transcripts', 'wawancara.docx');
    writeFileSync(bomb, await makeDocx(Array.from({ length: 40_000 }, () => 'Warga: rapat rapat rapat rapat rapat rapat rapat rapat rapat rapat rapat rapat rapat rapat')));
    expect(statSync(bomb).size).toBeLessThan(2 * 1048576);
    const r = await run(['run', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/wawancara\.docx:1:1 +error +this Word file unpacks to more than 2 MB .*\[file-too-large\]/);
    expect(r.stdout + r.stderr).toMatch(/1 transcripts?, \d+ segments/);
  }, 60_000);
});

/** Every file under `dir` with its content: to show nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[path.join(e.parentPath, e.name)] = readFileSync(path.join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

describe('a symbolic link inside out/ (#4, #14)', () => {
  for (const [command, folder] of [['reduce', 'reduced'], ['matrix', 'matrix'], ['report', 'figures']] as const) {
    it(`${command} refuses to write through out/${folder} -> ../transcripts, and writes nothing`, async () => {
      const dir = copyPujud();
      mkdirSync(path.join(dir, 'out'));
      symlinkSync('../transcripts', path.join(dir, 'out', folder));
      const before = snapshot(path.join(dir, 'transcripts'));
      const r = await run([command, dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`out/${folder}:1:1 +error +this is a symbolic link inside the output folder.*\\[output-link\\]`));
      expect(r.stderr).not.toMatch(/internal error/);
      expect(snapshot(path.join(dir, 'transcripts'))).toEqual(before);
    });
  }

  it('run --check does not follow a link to / nor loop on a link to itself', async () => {
    const dir = copyPujud();
    expect((await run(['run', dir])).code).toBe(0);
    symlinkSync('/', path.join(dir, 'out', 'root'));
    symlinkSync('loop', path.join(dir, 'out', 'loop'));
    const r = await run(['run', dir, '--check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/extra +root \(/);
    expect(r.stdout).toMatch(/extra +loop \(/);
    expect(r.stdout + r.stderr).not.toMatch(/internal error|ELOOP|etc\/passwd/);
  });

  it('run --check reports an output replaced by a link, without reading through it', async () => {
    const dir = copyPujud();
    expect((await run(['run', dir])).code).toBe(0);
    const csv = path.join(dir, 'out', 'codings.csv');
    writeFileSync(path.join(dir, 'elsewhere.csv'), readFileSync(csv));
    rmSync(csv);
    symlinkSync('../elsewhere.csv', csv);
    const r = await run(['run', dir, '--check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/link +codings\.csv \(a symbolic link/);
  });

  it('--out / is seen as containing the project', async () => {
    const dir = copyPujud();
    const r = await run(['reduce', dir, '--out', '/']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to use \/ as the output folder: it is the project folder or contains it/);
  });
});

describe('escape sequences in transcripts never reach the terminal (#10)', () => {
  const hostile = '\u001b]0;pwned\u0007Rapat koordinasi\u001b]52;c;ZWNobyBoaQ==\u0007 rutin, kami duduk bersama.\u009b2J\u001b[8m';
  it('kwic prints the text without control characters', async () => {
    const dir = miniProject({ 'camat.md': `---\nid: camat\ninformant: Pak Hadi\ngroup: pemerintah\n---\nCamat\u001b[31m: ${hostile}\n` });
    const r = await run(['kwic', 'rapat', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 occurrence/);
    expect(r.stdout).toMatch(/Rapat/);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
  it('the interactive coder screen has no control characters but its own colour codes', async () => {
    const { render } = await import('../src/interactive/render.js');
    const { start } = await import('../src/interactive/session.js');
    const { Chalk } = await import('chalk');
    const text = `Rapat ${hostile}`;
    const item = { transcript: 'camat\u001b]0;x\u0007', segment: 'camat#1', lines: [6, 6] as [number, number], text, highlights: [[0, 5]] as [number, number][],
      informant: 'Pak\u001b[2J Hadi', suggestions: [{ code: 'dialog', label: 'Dialog\u001b]52;c;eA==\u0007', terms: ['rapat\u0007'] }] };
    const screen = render(start([item]), [{ id: 'dialog', label: 'Dialog' }], 'ani\u001b[H', 80, 24, new Chalk({ level: 1 }));
    // eslint-disable-next-line no-control-regex
    const withoutColour = screen.replace(/\u001b\[[0-9;]*m/g, '');
    // eslint-disable-next-line no-control-regex
    expect(withoutColour).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(withoutColour).toMatch(/Rapat/);
  });
});

describe('conclusions.md escapes what users wrote for Markdown and HTML (#11)', () => {
  it('roles, informants, groups, labels, titles and quotes cannot add HTML, links or images', async () => {
    const dir = miniProject({
      'camat.md': [
        '---', 'id: camat', 'informant: Pak <b>Hadi</b>', 'role: <img src=x onerror=alert(1)>', 'group: <script>alert(2)</script>', 'method: interview', '---',
        'Camat: Rapat koordinasi rutin, kami duduk bersama [lihat foto](javascript:alert(3)) ![](https://contoh.invalid/pixel.png) tiap bulan.',
        '',
      ].join('\n'),
      'warga.md': [
        '---', 'id: warga', 'informant: Bu Sari', 'role: Warga [RT 3](https://contoh.invalid)', 'group: masyarakat', 'method: interview', '---',
        'Warga: Rapat koordinasi sering, tapi kepercayaan warga belum tumbuh <!-- komentar --> &lt;b&gt;.',
        '',
      ].join('\n'),
    }, {}, './codebook.yaml');
    writeFileSync(path.join(dir, 'codebook.yaml'), [
      'id: uji-markup',
      'title: { id: "Judul <iframe src=//contoh.invalid>", en: "Title <iframe>" }',
      'codes:',
      '  - id: dialog',
      '    label: { id: "Dialog <img src=y onerror=alert(4)> [x](javascript:alert(5))", en: "Dialogue" }',
      '    definition: { id: "Rapat.", en: "Meeting." }',
      '    keywords: { id: [rapat koordinasi, duduk bersama], en: [meeting] }',
      '',
    ].join('\n'));
    const r = await run(['conclude', dir]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(path.join(dir, 'out', 'conclusions.md'), 'utf8');
    expect(md).toMatch(/Rapat koordinasi/);
    // every < of user text is escaped: no tag, and no comment other than the segment-id comments telaah writes
    const unescapedTags = md.replace(/<!-- [\w#-]+ -->/g, '').match(/(?<!\\)<[A-Za-z/!]/g);
    expect(unescapedTags).toBeNull();
    // no link or image: every [ of user text is escaped
    expect(md).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(md).not.toMatch(/(?<!\\)&lt;/);
    expect(md).toMatch(/\\<img src=x onerror=alert\(1\)\\>/);
  });
});

describe('the workbook with U+FFFE, U+FFFF or half a surrogate pair in a transcript (#12)', () => {
  it('holds only characters XML allows, and opens', async () => {
    const dir = miniProject({
      'camat.md': '---\nid: camat\ninformant: Pak Hadi\ngroup: pemerintah\n---\nCamat: Rapat koordinasi \uFFFE rutin \uFFFF, kami duduk bersama \uD83D tiap bulan.\n',
    });
    const file = path.join(dir, 'hasil.xlsx');
    const r = await run(['export', 'xlsx', dir, '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(file));
    const members = Object.values(zip.files).filter((f) => !f.dir && f.name.endsWith('.xml'));
    expect(members.map((m) => m.name)).toContain('xl/sharedStrings.xml');
    for (const m of members) {
      const xml = await m.async('string');
      // eslint-disable-next-line no-control-regex
      expect(xml, m.name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file));
    const texts: string[] = [];
    book.getWorksheet('segments')!.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value))));
    expect(texts.some((t) => t.startsWith('Rapat koordinasi') && t.includes('tiap bulan'))).toBe(true);
  });
});

describe("Word's lock file beside an open document (#13)", () => {
  it('~$name.docx is not a transcript: no error, no warning, exit 0', async () => {
    const dir = miniProject({ 'camat.md': '---\nid: camat\ninformant: Pak Hadi\ngroup: pemerintah\n---\nCamat: Rapat koordinasi rutin, kami duduk bersama.\n' });
    writeFileSync(path.join(dir, 'transcripts', 'wawancara-lurah.docx'), await makeDocx(['Lurah: Kami rapat koordinasi tiap bulan.']));
    // what Word writes while wawancara-lurah.docx is open: 162 bytes, the user's name, padding
    writeFileSync(path.join(dir, 'transcripts', '~$wawancara-lurah.docx'), Buffer.concat([Buffer.from([0x0a]), Buffer.from('Sari Utami', 'latin1'), Buffer.alloc(151, 0x20)]));
    writeFileSync(path.join(dir, 'transcripts', '~$catatan.doc'), Buffer.alloc(162, 0));
    const r = await run(['run', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/2 transcripts/);
  });
});

describe('smaller gaps (#14)', () => {
  it("kwic '/(/' refuses the pattern instead of finding nothing", async () => {
    const dir = miniProject({ 'camat.md': 'Camat: Rapat koordinasi rutin.\n' });
    const r = await run(['kwic', '/(/', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/telaah kwic: \/\(\/ is not a valid regular expression: missing closing \)/);
    expect(r.stdout).not.toMatch(/No occurrences/);
  });

  const qdc = (body: string) => `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Uji"><Codes>${body}</Codes></CodeBook>\n`;
  const code = (i: number) => `<Code guid="${String(i).padStart(8, '0')}-1111-2222-3333-444444444444" name="Kode ${i}" isCodable="true">`;
  for (const [name, xml] of [
    ['nested 20,000 deep', qdc(Array.from({ length: 20_000 }, (_, i) => code(i)).join('') + '</Code>'.repeat(20_000))],
    ['with a __proto__ element', qdc(`${code(1)}<__proto__><polluted>ya</polluted></__proto__></Code>`)],
  ] as const) {
    it(`a hostile codebook XML (${name}) gives a diagnostic, not an internal error`, async () => {
      const dir = miniProject({});
      writeFileSync(path.join(dir, 'kodebuku.qdc'), xml);
      const r = await run(['import', path.join(dir, 'kodebuku.qdc'), '-o', path.join(dir, 'kodebuku.yaml')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/kodebuku\.qdc:1:1 +error +cannot read this XML: .*\[refi-xml\]/);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});

describe('codebook copy keeps telaah.yaml valid (#8)', () => {
  for (const [name, config] of [
    ['a flow mapping', '{transcripts: transcripts, language: id}\n'],
    ['a file ending in ...', '# proyek uji\ntranscripts: transcripts\nlanguage: id\n...\n'],
    ['a flow mapping naming the codebook', '{codebook: bartania, transcripts: transcripts}\n'],
  ] as const) {
    it(`in ${name}`, async () => {
      const dir = miniProject({ 'camat.md': 'Camat: Rapat koordinasi rutin, kami duduk bersama.\n' });
      writeFileSync(path.join(dir, 'telaah.yaml'), config);
      const r = await run(['codebook', 'copy', dir]);
      expect(r.code, r.stderr).toBe(0);
      const { parse } = await import('yaml');
      const after = parse(readFileSync(path.join(dir, 'telaah.yaml'), 'utf8')) as Record<string, unknown>;
      expect(after).toMatchObject({ transcripts: 'transcripts', codebook: 'codebook.yaml' });
      const lint = await run(['lint', '--project', dir]);
      expect(lint.code, lint.stderr).toBe(0);
    });
  }
});

describe('codebook rename and merge edge cases (#9)', () => {
  /** samples/pujud with the codebook copied into the project and one more coder, ani. */
  async function pujudWith(ani: string): Promise<string> {
    const dir = copyPujud();
    expect((await run(['codebook', 'copy', dir])).code).toBe(0);
    writeFileSync(path.join(dir, 'codings', 'ani.yaml'), ani);
    return dir;
  }
  // two quotes of one segment of pujud-camat, and one of pujud-kapolsek
  const CAMAT_A = 'Danramil, semua kepala desa, lurah, terus tokoh adat, tokoh agama, untuk duduk bersama di aula';
  const CAMAT_B = 'semua kepala desa, lurah';
  const KAPOLSEK = 'warga boleh sampaikan keluhan apa saja langsung ke polisi. Itu tatap muka langsung, tanpa';

  it("rename keeps a coder's second coding of the same code on one segment", async () => {
    const dir = await pujudWith([
      'coder: ani', 'codings:',
      `  - { transcript: pujud-camat, code: dialog-tatap-muka, quote: "${CAMAT_A}" }`,
      `  - transcript: pujud-camat`, '    code: dialog-tatap-muka', `    quote: "${CAMAT_B}"`, '    memo: yang kedua',
      '',
    ].join('\n'));
    const r = await run(['codebook', 'rename', 'dialog-tatap-muka', 'dialog-forum', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/removed/);
    const ani = readFileSync(path.join(dir, 'codings', 'ani.yaml'), 'utf8');
    expect(ani.match(/code: dialog-forum/g)).toHaveLength(2);
    expect(ani).toMatch(/memo: yang kedua/);
  });

  it('rename and merge follow YAML anchors and aliases on code:', async () => {
    const dir = await pujudWith([
      'coder: ani', 'codings:',
      '  - transcript: pujud-camat', '    code: berbagi-pemahaman', `    quote: "${CAMAT_A}"`,
      '  - transcript: pujud-camat', '    code: &kp komitmen-proses', `    quote: "${CAMAT_B}"`,
      '  - transcript: pujud-kapolsek', '    code: *kp', `    quote: "${KAPOLSEK}"`,
      '',
    ].join('\n'));
    const rename = await run(['codebook', 'rename', 'komitmen-proses', 'komitmen', dir]);
    expect(rename.code, rename.stderr).toBe(0);
    const merge = await run(['codebook', 'merge', 'berbagi-pemahaman', 'komitmen', '--into', 'kesepakatan', dir]);
    expect(merge.code, merge.stderr).toBe(0);
    expect(merge.stderr).not.toMatch(/telaah bug/);
    const { parse } = await import('yaml');
    const ani = parse(readFileSync(path.join(dir, 'codings', 'ani.yaml'), 'utf8')) as { codings: { code: string; transcript: string }[] };
    expect(ani.codings.map((c) => c.code)).toEqual(['kesepakatan', 'kesepakatan', 'kesepakatan'].slice(0, ani.codings.length));
    expect(ani.codings.some((c) => c.transcript === 'pujud-kapolsek')).toBe(true);
    const lint = await run(['lint', '--project', dir]);
    expect(lint.code, lint.stderr + lint.stdout).toBe(0);
  });
});
