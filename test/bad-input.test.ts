/**
 * Bad input, table-driven: one row per case. Each row names a small project under
 * test/fixtures/bad-input/ (copied to a temporary folder as `proj/`, and completed at test time
 * when the input is binary, in another encoding or huge), the command to run from the folder that
 * holds `proj/`, and the expected exit code and messages.
 *
 * Every row also checks what any bad input must never do:
 *  - exit with the code the README promises (0 all well, 1 problems in the data, 2 usage error);
 *  - report a problem other than as `file:line:col  error|warning  message  [rule-id]`, at a
 *    position that exists in that file;
 *  - print a stack trace or an internal error;
 *  - create, change or delete any file outside the output folder (and, for a row that must write
 *    nothing, any file at all) — which includes the files the user wrote: transcripts, codings,
 *    codebooks and telaah.yaml stay byte-identical.
 *
 * A row with `fails` documents behaviour that is wrong today: it runs as `it.fails`, with the
 * assertion left as strict as it should be, so it turns red once the tool is fixed (then delete
 * its `fails`). `SHOW_FAILURES=1 npx vitest run test/bad-input.test.ts` shows how they fail.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const REPO = path.join(import.meta.dirname, '..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'bad-input');
/** The copied project's folder name; commands run from its parent, so messages say `proj/...`. */
const PROJ = 'proj';

type Result = { code: number; stdout: string; stderr: string };

interface Case {
  name: string;
  /** Folder under test/fixtures/bad-input/. */
  fixture: string;
  /** Writes inputs that cannot live in a fixture (binary, other encodings, huge) into the copy. */
  generate?: (project: string) => void;
  argv: string[];
  exit: 0 | 1 | 2;
  /** Each must match stdout + stderr. */
  messages: RegExp[];
  /** 'out' (default): files may change only under proj/out/. 'nothing': no file may change at all. */
  writes?: 'out' | 'nothing';
  /** More checks on the project after the run. */
  check?: (project: string, r: Result) => void;
  /** Wrong today: what is missing. The row runs as `it.fails`. */
  fails?: string;
  /** Run in a child process that is killed after this many ms (for inputs that might not finish). */
  isolateMs?: number;
  timeout?: number;
}

// ---------------------------------------------------------------------------------------------
// generated inputs

const write = (project: string, rel: string, data: string | Buffer): void => {
  mkdirSync(path.dirname(path.join(project, rel)), { recursive: true });
  writeFileSync(path.join(project, rel), data);
};

/** An MP3 header with NUL bytes, saved among the transcripts. */
const binaryTranscript = (project: string) =>
  write(project, 'transcripts/rekaman.md', Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x23TSSE', 'latin1'), Buffer.alloc(64, 0), Buffer.from([0xff, 0xfb, 0x90, 0x64])]));

const UTF16_TEXT = [
  '---',
  'id: uji-utf16',
  'informant: Ibu Đặng Thị Ratna',
  'group: masyarakat',
  'method: interview',
  '---',
  'Peneliti: Bagaimana kepercayaan warga kepada aparat, Bu?',
  'Warga: Kepercayaan warga tumbuh, karena kami sering duduk bersama di balai desa — “rapat koordinasi” namanya.',
  '',
].join('\n');
const utf16Transcript = (project: string) =>
  write(project, 'transcripts/utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_TEXT, 'utf16le')]));

/** "André" and "café" in Latin-1: byte 0xE9 is not valid UTF-8. The first one is on line 3, column 20. */
const latin1Transcript = (project: string) =>
  write(project, 'transcripts/latin1.md', Buffer.from([
    '---',
    'id: uji-latin1',
    'informant: Pak André',
    'group: masyarakat',
    '---',
    'Peneliti: Di mana rapat koordinasi diadakan?',
    'Warga: Kami duduk bersama di café dekat balai desa.',
    '',
  ].join('\n'), 'latin1'));

/**
 * About 20 MB of realistic sentences on a single line, no front matter: one segment of some three
 * million words. Every stage is linear in it; with a second transcript the corpus passes 16 MB, so
 * coding runs in worker threads (where V8 once ran the tokenizer on a slow path for minutes).
 */
const hugeTranscript = (project: string) => {
  const sentences = 'Rapat koordinasi di kecamatan rutin, sebulan sekali kami duduk bersama. Semua unsur hadir, kepala desa, Babinsa, tokoh adat. ' +
    'Tapi jujur, warga yang berani melapor masih sedikit. Kepercayaan warga belum tumbuh. Peredaran mulai berkurang, ronda di desa hidup lagi. ';
  write(project, 'transcripts/panjang.md', `Warga: ${sentences.repeat(Math.ceil((20 * 1024 * 1024) / sentences.length))}`);
};

/** A codebook whose regex keywords each take seconds to hours in a backtracking engine, and a transcript that sets them off. */
const hangingRegexes = (project: string) => {
  write(project, 'kodebuku.yaml', [
    'id: kodebuku-redos',
    'title: { id: "Kodebuku dengan regex berbahaya", en: "Codebook with catastrophic regexes" }',
    'codes:',
    '  - id: dialog',
    '    label: { id: "Dialog tatap muka", en: "Face-to-face dialogue" }',
    '    definition: { id: "Pertemuan langsung.", en: "Meeting in person." }',
    '    kind: process',
    '    keywords:',
    "      id: [rapat koordinasi, '/rapat(.|\\s)*selesai/', '/(a|a)+$/', '/a*a*a*a*a*a*a*a*b/', '/(a{1,20}){1,20}$/']",
    '      en: [meeting]',
    '',
  ].join('\n'));
  write(project, 'transcripts/teriak.md', [
    '---', 'id: uji-teriak', 'informant: Pak Darto', 'group: masyarakat', 'method: interview', '---',
    'Peneliti: Bagaimana rapat koordinasi kemarin, Pak?',
    'Warga: Rapat koordinasi itu panjang sekali, dari pagi sampai sore kami duduk di balai desa, bicara soal ronda, soal pos, soal jadwal, soal dana, soal lampu jalan, dan soal anak muda yang nongkrong',
    'Warga: Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!',
    '',
  ].join('\n'));
};

/**
 * Two regex keywords that use the same named group, `(?<kata>…)`. A lone regex hit in a codebook
 * this small is weak evidence, so the project takes every code the keywords find (min_confidence 0.01).
 */
const sameGroupNames = (project: string) => {
  write(project, 'telaah.yaml', 'codebook: ./kodebuku.yaml\ntranscripts: transcripts\nlanguage: id\ncoding: { min_confidence: 0.01 }\n');
  write(project, 'kodebuku.yaml', [
    'id: kodebuku-grup',
    'title: { id: "Kodebuku dengan grup bernama", en: "Codebook with named groups" }',
    'codes:',
    '  - id: dialog',
    '    label: { id: "Dialog tatap muka", en: "Face-to-face dialogue" }',
    '    definition: { id: "Pertemuan langsung.", en: "Meeting in person." }',
    '    kind: process',
    '    keywords:',
    '      id: ["/(?<kata>rapat) koordinasi/"]',
    '  - id: kepercayaan',
    '    label: { id: "Kepercayaan", en: "Trust" }',
    '    definition: { id: "Percaya.", en: "Trust." }',
    '    kind: process',
    '    keywords:',
    '      id: ["/(?<kata>kepercayaan) warga/"]',
    '',
  ].join('\n'));
};

/** A Word file cut short in a download: the zip's central directory at its end is missing. */
const truncatedDocx = (project: string) =>
  write(project, 'transcripts/wawancara-lurah.docx', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00', 'latin1'), Buffer.alloc(200, 0x41)]));

/** An old Word 97-2003 document renamed to .docx (the OLE compound-file signature). */
const docRenamedDocx = (project: string) =>
  write(project, 'transcripts/lama.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0)]));

/** A meeting subtitle file with a start time missing a digit (line 7, column 1) and a cue that ends before it starts (line 11, column 18). */
const badCueTimes = (project: string) => {
  write(project, 'transcripts/rapat.vtt', [
    'WEBVTT', '',
    '1', '00:00:01.000 --> 00:00:04.000', '<v Peneliti>Bagaimana rapat koordinasinya?', '',
    '00:00:5.000 --> 00:00:08.000', '<v Pak Lurah>Kami rapat tiap bulan.', '',
    '3', '00:00:09.000 --> 00:00:08.500', '<v Pak Lurah>Semua unsur hadir.', '',
  ].join('\n'));
  write(project, 'transcripts/rapat.yaml', 'informant: Pak Lurah\ngroup: pemerintah\n');
};

/** Subtitles that are really SRT saved as .vtt (no WEBVTT line). */
const vttWithoutHeader = (project: string) =>
  write(project, 'transcripts/zoom.vtt', '1\n00:00:01,000 --> 00:00:04,000\nPeneliti: Selamat pagi.\n');

/** A picture saved as .txt among the transcripts. */
const binaryTxt = (project: string) =>
  write(project, 'transcripts/foto.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 0), Buffer.from('IHDR', 'latin1')]));

/** A PDF and an old .doc beside the transcripts: telaah cannot read them, and says so. */
const unreadDocuments = (project: string) => {
  write(project, 'transcripts/surat-tugas.pdf', '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  write(project, 'transcripts/wawancara-2.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
};

/** A metadata file left behind when its subtitle file was renamed. */
const orphanMetadata = (project: string) => write(project, 'transcripts/rapat-lama.yaml', 'informant: Pak Lurah\n');

/** Metadata typed in the front matter and also given in a file beside the transcript. */
const metadataTwice = (project: string) => write(project, 'transcripts/camat.yaml', 'informant: Drs. Budi Santoso\ngroup: pemerintah\n');

// ---------------------------------------------------------------------------------------------
// checks used by several rows

const readCsv = (file: string) => parse(readFileSync(file, 'utf8')) as string[][];
const FORMULA = /^[=+\-@]/;

/** Every cell a spreadsheet would read as a formula is neutralised with a leading '. */
function expectNoFormulaCells(project: string, files: string[]): void {
  for (const rel of files) {
    const cells = readCsv(path.join(project, rel)).flat();
    expect(cells.filter((c) => FORMULA.test(c)), `${rel}: cells a spreadsheet would run as formulas`).toEqual([]);
    expect(cells.some((c) => /^'[=+\-@]/.test(c)), `${rel}: the formula-like input reached the file, neutralised`).toBe(true);
  }
}

function csvFilesUnder(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).sort().flatMap((name) => {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) return csvFilesUnder(dir, r);
    return r.endsWith('.csv') ? [r] : [];
  });
}

const segmentsOf = (project: string) =>
  readFileSync(path.join(project, 'out', 'segments.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { transcript: string; informant: string; text: string });

// ---------------------------------------------------------------------------------------------
// the table

const P = (rest: string) => new RegExp(`${PROJ}/${rest}`);

const CASES: Case[] = [
  // files among the transcripts that are not transcripts
  {
    name: 'a binary file among the transcripts',
    fixture: 'base', generate: binaryTranscript,
    argv: ['run', PROJ], exit: 1,
    messages: [P('transcripts/rekaman\\.md:1:1  error  .*binary.*  \\[binary-file\\]'), /1 transcripts, \d+ segments/],
  },
  {
    name: 'an empty transcript file',
    fixture: 'empty-transcript',
    argv: ['run', PROJ], exit: 0,
    messages: [P('transcripts/kosong\\.md:1:1  warning  the transcript has no text to analyse  \\[empty-transcript\\]')],
  },
  {
    name: 'a transcript with front matter only, no newline at the end',
    fixture: 'front-matter-only',
    argv: ['run', PROJ], exit: 0,
    messages: [P('transcripts/hanya-kepala\\.md:[1-5]:1  warning  the transcript has no text to analyse  \\[empty-transcript\\]')],
  },
  {
    name: 'a transcript with only interviewer turns',
    fixture: 'interviewer-only',
    argv: ['run', PROJ], exit: 0,
    messages: [P('transcripts/hanya-peneliti\\.md:7:1  warning  every turn belongs to the interviewer.*  \\[no-informant-turns\\]')],
  },

  // front matter
  {
    name: 'front matter that never ends',
    fixture: 'front-matter-unterminated',
    argv: ['run', PROJ], exit: 1,
    messages: [P('transcripts/terbuka\\.md:1:1  error  front matter starts with `---` but never ends  \\[front-matter\\]')],
  },
  {
    name: 'front matter that is not valid YAML (a list never closed), with codings on that transcript',
    fixture: 'front-matter-broken-yaml',
    argv: ['run', PROJ], exit: 1,
    messages: [
      // the line and column of the `[`, not of the line after it where the YAML parser gave up
      P('transcripts/kades\\.md:5:11  error  a list opened with `\\[` is never closed with `\\]`  \\[front-matter\\]'),
      /hint: close it on the same line/,
      // its two codings: one warning that points at the unreadable file, not an error per coding
      P('codings/sari\\.yaml:6:5  warning  2 codings name transcript "uji-kades", which was not loaded; they are kept in this file but not counted  \\[unknown-transcript\\]'),
      /proj\/transcripts\/kades\.md could not be read/,
      // a mistyped id is none of the unreadable file's: still an error
      P('codings/sari\\.yaml:12:5  error  coding names transcript "uji-camatt", which is not in the project  \\[unknown-transcript\\]'),
    ],
    check: (_project, r) => {
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/error .*"uji-kades".*\[unknown-transcript\]/);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/Flow sequence/);
    },
  },
  {
    name: 'front matter with bad values (list as informant, unknown method, impossible date, bad language, unknown key)',
    fixture: 'front-matter-bad-values',
    argv: ['run', PROJ], exit: 1,
    messages: [
      P('transcripts/nilai-salah\\.md:3:12  error  `informant` must be a text  \\[front-matter\\]'),
      P('transcripts/nilai-salah\\.md:4:9  error  unknown method "podcast"  \\[front-matter\\]'),
      P('transcripts/nilai-salah\\.md:5:7  error  date "2024-13-45" is not a date.*  \\[front-matter\\]'),
      P('transcripts/nilai-salah\\.md:6:11  error  language "indonesia" .*  \\[front-matter\\]'),
      P('transcripts/nilai-salah\\.md:7:1  warning  unknown front-matter key "pewawancara"  \\[front-matter\\]'),
    ],
  },
  {
    name: 'front matter with bad values, through lint --project',
    fixture: 'front-matter-bad-values',
    argv: ['lint', '--project', PROJ], exit: 1, writes: 'nothing',
    messages: [P('transcripts/nilai-salah\\.md:4:9  error  unknown method "podcast"  \\[front-matter\\]')],
  },

  // telaah.yaml
  {
    name: 'a telaah.yaml that is not valid YAML',
    fixture: 'config-broken-yaml',
    argv: ['run', PROJ], exit: 1, writes: 'nothing',
    messages: [P('telaah\\.yaml:[23]:\\d+  error  .*  \\[yaml-syntax\\]')],
  },
  {
    name: 'a telaah.yaml with values of the wrong kind',
    fixture: 'config-bad-values',
    argv: ['run', PROJ], exit: 1, writes: 'nothing',
    messages: [
      P('telaah\\.yaml:4:11  error  language "fr" is not supported  \\[config\\]'),
      P('telaah\\.yaml:7:9  error  `coding\\.auto` must be on, suggest or off  \\[config\\]'),
      P('telaah\\.yaml:8:14  error  `coding\\.min_score` must be a number .*  \\[config\\]'),
      P('telaah\\.yaml:10:15  error  `triangulation\\.min_groups` must be a number .*  \\[config\\]'),
      P('telaah\\.yaml:11:1  error  unknown key "keluaran" in telaah\\.yaml  \\[config\\]'),
    ],
  },

  // duplicate keys
  {
    name: 'a duplicate key in telaah.yaml',
    fixture: 'config-duplicate-key',
    argv: ['run', PROJ], exit: 1, writes: 'nothing',
    messages: [P('telaah\\.yaml:4:1  error  duplicate key in a mapping  \\[yaml-syntax\\]')],
  },
  {
    name: 'a duplicate key in a codebook',
    fixture: 'codebook-duplicate-key',
    argv: ['run', PROJ], exit: 1, writes: 'nothing',
    messages: [P('kodebuku\\.yaml:10:5  error  duplicate key in a mapping  \\[yaml-syntax\\]')],
  },
  {
    name: 'a duplicate key in a codebook, through lint',
    fixture: 'codebook-duplicate-key',
    argv: ['lint', `${PROJ}/kodebuku.yaml`], exit: 1, writes: 'nothing',
    messages: [P('kodebuku\\.yaml:10:5  error  duplicate key in a mapping  \\[yaml-syntax\\]')],
  },
  {
    name: 'a duplicate key in a codings file',
    fixture: 'codings-duplicate-key',
    argv: ['run', PROJ], exit: 1,
    messages: [P('codings/sari\\.yaml:6:5  error  duplicate key in a mapping  \\[yaml-syntax\\]')],
  },

  // alias bombs
  {
    name: 'a YAML alias bomb ("billion laughs") in a codebook',
    fixture: 'codebook-alias-bomb',
    argv: ['run', PROJ], exit: 1, writes: 'nothing',
    messages: [P('kodebuku\\.yaml:\\d+:\\d+  error  .*alias.*  \\[yaml-syntax\\]')],
  },
  {
    name: 'a YAML alias bomb in a codebook, through lint',
    fixture: 'codebook-alias-bomb',
    argv: ['lint', `${PROJ}/kodebuku.yaml`], exit: 1, writes: 'nothing',
    messages: [P('kodebuku\\.yaml:\\d+:\\d+  error  .*alias.*  \\[yaml-syntax\\]')],
  },
  {
    name: 'a YAML alias bomb in front matter',
    fixture: 'front-matter-alias-bomb',
    argv: ['run', PROJ], exit: 1,
    messages: [P('transcripts/bom\\.md:\\d+:\\d+  error  .*alias.*  \\[front-matter\\]')],
  },

  // codings
  {
    name: 'an unknown code in a codings file',
    fixture: 'unknown-code',
    argv: ['run', PROJ], exit: 1,
    messages: [P('codings/sari\\.yaml:7:11  error  code "kerja-sama" is not in codebook "bartania"  \\[unknown-code\\]')],
  },
  {
    name: 'a codings quote that occurs twice in its transcript',
    fixture: 'ambiguous-quote',
    argv: ['run', PROJ], exit: 0,
    messages: [P('codings/sari\\.yaml:3:5  warning  the quote "ronda malam jalan lagi" occurs 2 times .*  \\[ambiguous-quote\\]')],
  },
  {
    name: 'a codings quote that occurs twice, through lint --project',
    fixture: 'ambiguous-quote',
    argv: ['lint', '--project', PROJ], exit: 0, writes: 'nothing',
    messages: [P('codings/sari\\.yaml:3:5  warning  .*  \\[ambiguous-quote\\]')],
  },

  // transcript ids
  {
    name: 'two transcripts with the same id',
    fixture: 'duplicate-transcript-id',
    argv: ['run', PROJ], exit: 1,
    messages: [P('transcripts/camat(-salinan)?\\.md:1:1  error  transcript id "uji-camat" is also used by .*  \\[duplicate-transcript-id\\]')],
  },
  {
    name: 'transcript ids with ../, / and \\ (nothing may be written outside out/)',
    fixture: 'id-path-traversal',
    argv: ['run', PROJ], exit: 1,
    messages: [
      P('transcripts/naik\\.md:2:5  error  transcript id "\\.\\./\\.\\./\\.\\./telaah-escape" .*  \\[front-matter\\]'),
      P('transcripts/garis-miring\\.md:2:5  error  transcript id "sub/telaah-escape" .*  \\[front-matter\\]'),
      P('transcripts/garis-miring-balik\\.md:2:5  error  transcript id "\\.\\.\\\\\\.\\.\\\\telaah-escape" .*  \\[front-matter\\]'),
    ],
    check: (project) => {
      const written = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String);
      expect(written(path.join(project, 'out')).filter((f) => f.includes('telaah-escape'))).toEqual([]);
      expect(existsSync(path.join(tmpdir(), 'telaah-escape.md'))).toBe(false);
    },
  },

  // size
  {
    name: 'a 20 MB transcript on one line',
    fixture: 'base', generate: hugeTranscript,
    argv: ['run', PROJ], exit: 0,
    messages: [/2 transcripts, \d+ segments/],
    check: (project) => {
      // what a researcher reads stays readable: the draft quotes about sixty words of the segment,
      // the report shows it cut with a note (the whole text stays in segments.jsonl)
      const out = (f: string) => readFileSync(path.join(project, 'out', f), 'utf8');
      const quoted = out('conclusions.md').split('\n').filter((l) => l.startsWith('> "Rapat koordinasi di kecamatan rutin'));
      expect(quoted.length).toBeGreaterThan(0);
      for (const l of quoted) expect(l.length).toBeLessThan(1_000);
      const report = out('report.html');
      expect(report).toContain('Kutipan ini dipotong: segmennya lebih dari 20.000 karakter');
      expect(report.length).toBeLessThan(1_000_000);
      expect(out('segments.jsonl').length).toBeGreaterThan(6_000_000);
    },
    // a guard against hanging, not a speed test: npm test runs other heavy files beside it (the kill -9 loop)
    isolateMs: 300_000, timeout: 320_000,
  },

  // the project and output folders
  {
    name: 'a project folder that does not exist',
    fixture: 'base',
    argv: ['run', 'tidak-ada'], exit: 1, writes: 'nothing',
    messages: [/tidak-ada:1:1  error  project folder "tidak-ada" does not exist  \[project-not-found\]/],
  },
  {
    name: '`output:` inside the transcripts folder',
    fixture: 'output-inside-transcripts',
    argv: ['run', PROJ], exit: 1, writes: 'nothing',
    messages: [P('telaah\\.yaml:5:9  error  refusing to use .* as the output folder: .*transcripts.*  \\[config\\]')],
  },
  {
    name: '`output: .` (the project folder itself)',
    fixture: 'output-dot',
    argv: ['run', PROJ], exit: 1, writes: 'nothing',
    messages: [P('telaah\\.yaml:5:9  error  refusing to use .* as the output folder: .*project folder.*  \\[config\\]')],
  },
  {
    name: '--out pointing at the transcripts folder',
    fixture: 'base',
    argv: ['run', PROJ, '--out', `${PROJ}/transcripts`], exit: 1, writes: 'nothing',
    messages: [/--out:1:1  error  refusing to use .* as the output folder: .*transcripts.*  \[config\]/],
  },
  {
    name: '`output: codings` (the coders\' own folder)',
    fixture: 'output-codings',
    argv: ['run', PROJ], exit: 1, writes: 'nothing',
    messages: [P('telaah\\.yaml:5:9  error  refusing to use .* as the output folder.*  \\[config\\]')],
  },

  // usage errors
  {
    name: 'an unknown command',
    fixture: 'base',
    argv: ['frobnicate', PROJ], exit: 2, writes: 'nothing',
    messages: [/telaah: error: unknown command 'frobnicate'/],
  },
  {
    name: 'an unknown flag of run',
    fixture: 'base',
    argv: ['run', PROJ, '--frobnicate'], exit: 2, writes: 'nothing',
    messages: [/telaah: error: unknown option '--frobnicate'/],
  },
  {
    name: 'an unknown flag of lint',
    fixture: 'base',
    argv: ['lint', '--projekt', PROJ], exit: 2, writes: 'nothing',
    messages: [/error: unknown option '--projekt'/],
  },
  {
    name: 'a flag value that is not one of the choices',
    fixture: 'base',
    argv: ['run', PROJ, '--lang', 'fr'], exit: 2, writes: 'nothing',
    messages: [/error: option .*--lang.* argument 'fr' is invalid/],
  },
  {
    name: 'a flag without its value',
    fixture: 'base',
    argv: ['run', PROJ, '--out'], exit: 2, writes: 'nothing',
    messages: [/error: option .*--out.* argument missing/],
  },

  // other transcript formats
  {
    name: 'a Word file cut short (not a zip archive)',
    fixture: 'base', generate: truncatedDocx,
    argv: ['run', PROJ], exit: 1,
    messages: [P('transcripts/wawancara-lurah\\.docx:1:1  error  cannot read this Word file: it is not a \\.docx file.*  \\[docx-unreadable\\]'), /1 transcripts, \d+ segments/],
  },
  {
    name: 'an old .doc file renamed to .docx',
    fixture: 'base', generate: docRenamedDocx,
    argv: ['run', PROJ], exit: 1,
    messages: [P('transcripts/lama\\.docx:1:1  error  cannot read this Word file: it is an old Word \\.doc file.*  \\[docx-unreadable\\]'), /1 transcripts, \d+ segments/],
  },
  {
    name: 'subtitles with malformed cue times',
    fixture: 'base', generate: badCueTimes,
    argv: ['run', PROJ], exit: 1,
    messages: [
      P('transcripts/rapat\\.vtt:7:1  error  "00:00:5\\.000" is not a cue start time  \\[cue-timing\\]'),
      P('transcripts/rapat\\.vtt:11:18  error  the cue ends \\(00:00:08\\.500\\) before it starts \\(00:00:09\\.000\\)  \\[cue-timing\\]'),
      /1 transcripts, \d+ segments/,
    ],
  },
  {
    name: 'a .vtt file without the WEBVTT line',
    fixture: 'base', generate: vttWithoutHeader,
    argv: ['lint', '--project', PROJ], exit: 1, writes: 'nothing',
    messages: [P('transcripts/zoom\\.vtt:1:1  error  a WebVTT file must start with the line WEBVTT  \\[subtitle-format\\]')],
  },
  {
    name: 'a binary file saved as .txt among the transcripts',
    fixture: 'base', generate: binaryTxt,
    argv: ['run', PROJ], exit: 1,
    messages: [P('transcripts/foto\\.txt:1:1  error  this looks like a binary file, not text  \\[binary-file\\]'), /1 transcripts, \d+ segments/],
  },
  {
    name: 'a PDF and a .doc among the transcripts are named, not silently skipped',
    fixture: 'base', generate: unreadDocuments,
    argv: ['run', PROJ], exit: 0,
    messages: [
      P('transcripts/surat-tugas\\.pdf:1:1  warning  this file is not read: .*  \\[unsupported-format\\]'),
      P('transcripts/wawancara-2\\.doc:1:1  warning  this file is not read: .*  \\[unsupported-format\\]'),
      /1 transcripts, \d+ segments/,
    ],
  },
  {
    name: 'a metadata file with no transcript beside it',
    fixture: 'base', generate: orphanMetadata,
    argv: ['run', PROJ], exit: 0,
    messages: [P('transcripts/rapat-lama\\.yaml:1:1  warning  this metadata file belongs to no transcript: there is no rapat-lama\\.docx.*  \\[metadata-without-transcript\\]')],
  },
  {
    name: 'metadata in the front matter and in a file beside the transcript',
    fixture: 'base', generate: metadataTwice,
    argv: ['run', PROJ], exit: 1,
    messages: [P('transcripts/camat\\.md:1:1  error  the metadata is given twice: in this file\'s front matter and in proj/transcripts/camat\\.yaml  \\[front-matter\\]')],
  },

  // encodings
  {
    name: 'a transcript in UTF-16 with BOM is read',
    fixture: 'base', generate: utf16Transcript,
    argv: ['run', PROJ], exit: 0,
    messages: [/2 transcripts, \d+ segments/],
    check: (project, r) => {
      expect(r.stderr).toBe('');
      const seg = segmentsOf(project).find((s) => s.transcript === 'uji-utf16' && s.text.startsWith('Kepercayaan warga tumbuh'));
      expect(seg?.informant).toBe('Ibu Đặng Thị Ratna');
      expect(seg?.text).toMatch(/duduk bersama di balai desa .+rapat koordinasi.+ namanya\.$/);
    },
  },
  {
    name: 'a Latin-1 transcript (invalid UTF-8)',
    fixture: 'base', generate: latin1Transcript,
    argv: ['run', PROJ], exit: 1,
    messages: [P('transcripts/latin1\\.md:3:20  error  .*UTF-8.*  \\[encoding\\]\\n\\s+hint: .*UTF-8')],
  },

  // codebook keywords
  {
    name: 'regex keywords that backtrack catastrophically in JavaScript lint clean: they run on a linear-time engine',
    fixture: 'codebook-redos', generate: hangingRegexes,
    argv: ['lint', `${PROJ}/kodebuku.yaml`], exit: 0, writes: 'nothing',
    messages: [/0 errors, 0 warnings/],
  },
  {
    name: 'regex keywords that backtrack catastrophically in JavaScript, /rapat(.|\\s)*selesai/, /(a|a)+$/, /a*a*a*a*a*a*a*a*b/, /(a{1,20}){1,20}$/: `code` finishes',
    fixture: 'codebook-redos', generate: hangingRegexes,
    argv: ['code', PROJ, '--format', 'csv'], exit: 0,
    messages: [/uji-teriak#\d+,.*dialog/],
    isolateMs: 60_000, timeout: 80_000,
  },
  {
    name: 'kwic with a regex that backtracks catastrophically in JavaScript finishes',
    fixture: 'codebook-redos', generate: hangingRegexes,
    argv: ['kwic', '/rapat(.|\\s)*selesai/', PROJ], exit: 0,
    messages: [/No occurrences/],
    isolateMs: 60_000, timeout: 80_000,
  },
  {
    name: 'two regex keywords with the same named group',
    fixture: 'codebook-redos', generate: sameGroupNames,
    argv: ['code', PROJ, '--format', 'csv'], exit: 0,
    messages: [/uji-camat#\d+,.*dialog/, /uji-camat#\d+,.*kepercayaan/],
  },

  // CSV injection
  {
    name: 'formula-like text (=HYPERLINK, +, -, @) is neutralised in codings.csv and framework.csv',
    fixture: 'csv-injection',
    argv: ['run', PROJ], exit: 0,
    messages: [/2 transcripts, \d+ segments/],
    check: (project) => expectNoFormulaCells(project, ['out/codings.csv', 'out/matrix/framework.csv']),
  },
  {
    name: 'formula-like text is neutralised in every CSV file, headers included',
    fixture: 'csv-injection',
    argv: ['run', PROJ], exit: 0,
    messages: [/2 transcripts, \d+ segments/],
    check: (project) => {
      const files = csvFilesUnder(path.join(project, 'out')).map((f) => `out/${f}`);
      for (const rel of files) {
        const cells = readCsv(path.join(project, rel)).flat();
        expect(cells.filter((c) => FORMULA.test(c)), `${rel}: cells a spreadsheet would run as formulas`).toEqual([]);
      }
    },
  },
];

// ---------------------------------------------------------------------------------------------
// running a row

/** Every file and folder under `root` (relative, with /), except those under `skip`; files with their bytes. */
function snapshot(root: string, skip: string[]): Map<string, Buffer | 'dir'> {
  const out = new Map<string, Buffer | 'dir'>();
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(root, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (skip.some((s) => r === s || r.startsWith(`${s}/`))) continue;
      const abs = path.join(root, r);
      if (statSync(abs).isDirectory()) {
        out.set(r, 'dir');
        walk(r);
      } else out.set(r, readFileSync(abs));
    }
  };
  walk('');
  return out;
}

function expectSameFiles(before: Map<string, Buffer | 'dir'>, after: Map<string, Buffer | 'dir'>): void {
  expect([...after.keys()], 'files and folders outside the output folder').toEqual([...before.keys()]);
  const changed = [...before].filter(([k, v]) => {
    const w = after.get(k);
    return v === 'dir' ? w !== 'dir' : !(w instanceof Buffer && w.equals(v));
  }).map(([k]) => k);
  expect(changed, 'files changed (they must stay byte-identical)').toEqual([]);
}

const PROBLEM = /^(.+):(\d+):(\d+) {2}(error|warning) {2}(.+) {2}\[([a-z0-9-]+)\]$/;

function decode(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return buf.toString('latin1'); // the tool counts columns in bytes here
  }
}

/** Problems are `file:line:col  severity  message  [rule]`, at a line and column that exist in the file. */
function expectWellFormedProblems(r: Result, cwd: string): void {
  const lines = `${r.stdout}\n${r.stderr}`.split('\n');
  const problems = lines.filter((l) => / {2}(error|warning) {2}/.test(l));
  for (const l of problems) {
    const m = PROBLEM.exec(l);
    expect(m, `not in the form file:line:col  severity  message  [rule-id]: ${l}`).not.toBeNull();
    const [, file, ls, cs] = m!;
    const line = Number(ls);
    const col = Number(cs);
    expect(line, l).toBeGreaterThanOrEqual(1);
    expect(col, l).toBeGreaterThanOrEqual(1);
    const abs = path.resolve(cwd, file!);
    if (existsSync(abs) && statSync(abs).isFile()) {
      const text = decode(readFileSync(abs)).split('\n');
      expect(line, `${l}: the file has ${text.length} lines`).toBeLessThanOrEqual(text.length);
      expect(col, `${l}: line ${line} has ${text[line - 1]!.length} characters`).toBeLessThanOrEqual(text[line - 1]!.length + 1);
    }
  }
  if (r.code === 1) expect(problems.some((l) => / {2}error {2}/.test(l)), 'exit 1 with no error reported').toBe(true);
  if (r.code === 0) expect(problems.filter((l) => / {2}error {2}/.test(l)), 'errors reported, yet exit 0').toEqual([]);
}

/**
 * Runs the CLI in a child process (through Vite, so it runs the TypeScript sources like the other
 * tests), killed after `ms`: an input that makes the tool loop cannot hang the whole test run.
 */
function runIsolated(argv: string[], cwd: string, ms: number): Promise<Result> {
  const script = `
    import { createServer } from 'vite';
    import { tmpdir } from 'node:os';
    const server = await createServer({ root: process.cwd(), configFile: false, logLevel: 'silent', appType: 'custom',
      cacheDir: tmpdir() + '/telaah-test-vite',
      server: { middlewareMode: true, hmr: false, watch: null }, optimizeDeps: { noDiscovery: true, include: [] } });
    const { run } = await server.ssrLoadModule('/test/helpers/cli.ts');
    const r = await run(JSON.parse(process.argv[1]), { cwd: process.argv[2] });
    process.stdout.write('\\n@@RESULT@@' + JSON.stringify(r));
    await server.close();
    process.exit(0);`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(argv), cwd], { cwd: REPO });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const at = out.lastIndexOf('@@RESULT@@');
      if (at >= 0) resolve(JSON.parse(out.slice(at + '@@RESULT@@'.length)) as Result);
      else resolve({ code: -1, stdout: out, stderr: `${err}\n[child process ${signal ? `killed (${signal}) after ${ms} ms` : `exited with ${code}`}]` });
    });
  });
}

describe('bad input', () => {
  for (const c of CASES) {
    // SHOW_FAILURES=1 runs the `fails` rows as ordinary tests, to see what goes wrong today
    const test = c.fails && !process.env.SHOW_FAILURES ? it.fails : it;
    test(`${c.name}: exit ${c.exit}`, async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'telaah-bad-'));
      try {
        const project = path.join(root, PROJ);
        cpSync(path.join(FIXTURES, c.fixture), project, { recursive: true });
        c.generate?.(project);
        // the stemming cache (.telaah-cache/, git-ignored) is the one thing besides out/ a run may write
        const skip = c.writes === 'nothing' ? [] : [`${PROJ}/out`, `${PROJ}/.telaah-cache`];
        const before = snapshot(root, skip);

        const r = c.isolateMs ? await runIsolated(c.argv, root, c.isolateMs) : await run(c.argv, { cwd: root });
        const all = `${r.stdout}\n${r.stderr}`;

        expect(r.code, all).toBe(c.exit);
        for (const m of c.messages) expect(all).toMatch(m);
        expect(`\n${all}`).not.toMatch(/\n\s+at /);
        expect(all).not.toMatch(/internal error/);
        expectWellFormedProblems(r, root);
        expectSameFiles(before, snapshot(root, skip));
        c.check?.(project, r);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }, c.timeout);
  }
});
