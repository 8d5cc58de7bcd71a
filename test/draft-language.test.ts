/**
 * The drafts read as written by a careful academic, in both languages and on every sample: numbers
 * agree with their nouns and verbs, lists join correctly, no doubled words or stray punctuation; and
 * a code's kind decides the verdict's words (a starting condition is present or absent, never
 * "terpenuhi").
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { miniProject } from './helpers/mini-project.js';

function copy(name: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-lang-')), name);
  cpSync(path.join(import.meta.dirname, '..', 'samples', name), dir, { recursive: true, filter: (s) => !s.split(path.sep).includes('out') });
  return dir;
}

async function draft(dir: string, lang: 'id' | 'en'): Promise<string> {
  const r = await run(['conclude', dir, '--lang', lang]);
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(path.join(dir, 'out', 'conclusions.md'), 'utf8');
}

/** The draft's own sentences: quotes from the transcripts (blockquotes, "…" inside suggestions) and comments left out. */
function prose(md: string): string[] {
  return md.split('\n')
    .filter((l) => l && !l.startsWith('> "') && !l.startsWith('- '))
    .map((l) => l.replace(/"[^"]*"/g, '"…"').replace(/<!--.*?-->/g, ''));
}

const EN_NUMBER = '(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\\d{2,})';
const NOUNS = 'segment|group|method|source|informant|indicator|excerpt|code|coder|interview|document|observation|limitation';

/** Known slips: [what, pattern]. */
const COMMON: [string, RegExp][] = [
  ['doubled word', /\b(\p{L}+) \1\b/iu],
  ['space before punctuation', / [,.;:)]/],
  ['space after an opening bracket', /\( /],
  ['empty brackets', /\(\s*\)/],
  ['double punctuation', /,,|;;|\.\.(?!\.)|,\.|\.,/],
  ['two spaces', / {2}/],
  ['a value that is not text', /\b(undefined|NaN|null)\b|\[object/],
  ['a list joined twice', /, (and|dan) (and|dan)\b/],
];
const EN_SLIPS: [string, RegExp][] = [
  ['one with a plural noun', new RegExp(`\\b(?:one|1) (?:stakeholder )?(?:${NOUNS.split('|').map((n) => `${n}s`).join('|')})\\b`, 'i')],
  ['several with a singular noun', new RegExp(`\\b${EN_NUMBER} (?:stakeholder )?(?:${NOUNS})\\b(?![s-])`, 'i')],
  ['one with a plural verb', /\b(?:one|1) (?:were|are|rest|point|show|relate|describe)\b/i],
  ['several with a singular verb', new RegExp(`\\b${EN_NUMBER} (?:was|is|rests)\\b`, 'i')],
  ['a before a vowel', /\ba (?:informant|interview|observation|excerpt|outcome|indicator|absent)\b/i],
  // (names of informants, roles and groups are the data's own and may be in either language)
  ['Indonesian in an English draft', /\b(?:segmen|wawancara|baris|indikator|pemangku)\b/],
];
const ID_SLIPS: [string, RegExp][] = [
  ['plural reduplication after a number', /\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+) (\p{L}+)-\1\b/iu],
  ['English in an Indonesian draft', /\b(?:segments|interview|lines|stakeholder|evidence)\b/],
];

describe('the drafts have none of the known slips', () => {
  it('knows the slips drafts used to make', () => {
    const flags = (line: string, slips: [string, RegExp][]) => slips.filter(([, re]) => re.test(line)).map(([w]) => w);
    expect(flags('from two stakeholder groups and one methods.', EN_SLIPS)).toEqual(['one with a plural noun']);
    expect(flags('Because the evidence comes from three stakeholder group and two methods', EN_SLIPS)).toEqual(['several with a singular noun']);
    expect(flags('two were contested, one were absent', EN_SLIPS)).toEqual(['one with a plural verb']);
    expect(flags('tiga indikator-indikator', ID_SLIPS)).toEqual(['plural reduplication after a number']);
    expect(flags('Camat , Lurah dan dan Kapolsek ()', COMMON)).toEqual(['doubled word', 'space before punctuation', 'empty brackets']);
  });

  for (const name of ['pujud', 'sampang', 'riverton']) {
    for (const lang of ['id', 'en'] as const) {
      it(`${name}, ${lang === 'id' ? 'Indonesian' : 'English'}`, async () => {
        const md = await draft(copy(name), lang);
        const slips = [...COMMON, ...(lang === 'en' ? EN_SLIPS : ID_SLIPS)];
        const found: string[] = [];
        for (const line of prose(md)) {
          for (const [what, re] of slips) {
            const m = re.exec(line);
            if (m) found.push(`${what}: "…${line.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20)}…"`);
          }
        }
        expect(found).toEqual([]);
      }, 60_000);
    }
  }
});

const CONDITIONS_CODEBOOK = `id: kondisi-desa
title: { id: "Kondisi awal kolaborasi desa", en: "Starting conditions of village collaboration" }
codes:
  - id: kondisi-awal
    kind: condition
    label: { id: "Kondisi awal", en: "Starting conditions" }
    definition: { id: "Keadaan sebelum kolaborasi dimulai.", en: "What was there before the collaboration began." }
    children:
      - id: ketimpangan-sumber-daya
        label: { id: "Ketimpangan sumber daya", en: "Resource asymmetry" }
        definition: { id: "Perbedaan anggaran dan tenaga antarpihak.", en: "Differences in budget and staff between the parties." }
        keywords: { id: [anggaran, dana], en: [budget, funds] }
      - id: riwayat-kerja-sama
        label: { id: "Riwayat kerja sama", en: "Prehistory of cooperation" }
        definition: { id: "Pengalaman bekerja sama sebelumnya.", en: "Earlier experience of working together." }
        keywords: { id: [gotong royong], en: [worked together] }
      - id: insentif-partisipasi
        label: { id: "Insentif partisipasi", en: "Incentives to participate" }
        definition: { id: "Alasan para pihak ikut serta.", en: "Why the parties take part." }
        keywords: { id: [insentif, imbalan], en: [incentive] }
`;
const front = (id: string, group: string, method: string) => `---\nid: ${id}\nrole: ${id}\ngroup: ${group}\nmethod: ${method}\ndate: 2024-05-0${id.length % 9 + 1}\n---\n`;

describe('a project whose codes are all conditions', () => {
  it('reads as present or absent, helping or hindering, never as fulfilled', async () => {
    const dir = miniProject({
      'kades.md': `${front('kades', 'pemerintah-desa', 'interview')}Peneliti: Bagaimana dananya?\nKades: Dana desa kami cukup untuk ronda, anggaran juga sudah disiapkan. Dulu warga sudah biasa gotong royong membangun pos.\n`,
      'warga.md': `${front('warga', 'masyarakat', 'interview')}Peneliti: Bagaimana menurut Bapak?\nWarga: Anggaran ronda dari dana desa itu membantu sekali. Gotong royong di sini sudah lama jalan.\n`,
      'rapat.md': `${front('rapat', 'kecamatan', 'observation')}Dalam rapat, camat menjelaskan anggaran bantuan untuk desa dan mengingatkan gotong royong yang sudah berjalan.\n`,
    }, {}, './codebook.yaml');
    writeFileSync(path.join(dir, 'codebook.yaml'), CONDITIONS_CODEBOOK);
    const lint = await run(['lint', path.join(dir, 'codebook.yaml'), '--strict']);
    expect(lint.code, lint.stdout).toBe(0);
    const id = await draft(dir, 'id');
    expect(id).not.toMatch(/terpenuhi/);
    expect(id).toMatch(/Ketimpangan sumber daya (ada dan mendukung kolaborasi|ada dan cenderung mendukung kolaborasi|ditemukan dalam data)/);
    expect(id).toContain('Insentif partisipasi tidak ditemukan dalam data: tidak ada bukti bahwa kondisi ini ada di lokasi penelitian.');
    expect(id).toContain('Kondisi ketimpangan sumber daya ditemukan dalam');
    const en = await draft(dir, 'en');
    expect(en).not.toMatch(/fulfilled|in place/);
    expect(en).toMatch(/The condition resource asymmetry is present and (appears to )?helps? collaboration/);
    expect(en).toContain('The condition incentives to participate was not found in the data: there is no evidence that this condition is present in the research setting.');
  }, 60_000);
});
