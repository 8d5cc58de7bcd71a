import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConclusionInput, Indicator, Quote } from '../src/model/conclusion.js';
import { conclusionsMarkdown } from '../src/output/conclusions-markdown.js';
import { fitQuote, limitClause } from '../src/output/conclusions.js';

const load = (name: string): ConclusionInput =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'conclusions', `${name}-input.json`), 'utf8')) as ConclusionInput;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const ID_MONTHS = 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember';
const INTERVIEW_CITATION = new RegExp(`\\(.+, wawancara, \\d{1,2} (${ID_MONTHS}) \\d{4}, baris \\d+(–\\d+)?\\)`);
const ID_CITATION = new RegExp(`\\(.+, (wawancara|observasi|dokumen|FGD), \\d{1,2} (${ID_MONTHS}) \\d{4}, baris \\d+(–\\d+)?\\)`);
const EN_CITATION = /\(.+, (interview|observation|document|FGD), \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, lines? \d+(–\d+)?\)/;

/** The text between a level-2 heading and the next one. */
function chapter(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`);
  expect(start, `missing chapter ${heading}`).toBeGreaterThanOrEqual(0);
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start, end < 0 ? undefined : end);
}

/** The text under an indicator heading, up to the next heading of any level. */
function section(md: string, label: string): string {
  const m = new RegExp(`\\n#{3,6} ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`).exec(md);
  expect(m, `missing section ${label}`).not.toBeNull();
  const start = m!.index + m![0].length;
  const next = md.slice(start).search(/\n#{2,6} /);
  return md.slice(start, next < 0 ? undefined : start + next);
}

const numberedItems = (text: string): string[] => text.split('\n').filter((l) => /^\d+\. /.test(l));
const quoteLines = (md: string): string[] => md.split('\n').filter((l) => l.startsWith('> "'));
const leaves = (input: ConclusionInput): Indicator[] => input.indicators.filter((i) => i.isLeaf);
const allQuotes = (input: ConclusionInput): Quote[] => input.indicators.flatMap((i) => [...i.supportQuotes, ...i.limitQuotes]);

describe('conclusionsMarkdown: shape and determinism', () => {
  for (const name of ['pujud', 'sampang', 'riverton']) {
    it(`${name}: same input gives the identical string, LF only, one final newline`, () => {
      const input = load(name);
      const a = conclusionsMarkdown(input);
      expect(conclusionsMarkdown(clone(input))).toBe(a);
      expect(conclusionsMarkdown(input)).toBe(a);
      expect(a).not.toContain('\r');
      expect(a.endsWith('\n')).toBe(true);
      expect(a.endsWith('\n\n')).toBe(false);
      expect(a).not.toMatch(/[ \t]+\n/);
      expect(a).not.toMatch(/\n{3,}/);
    });

    it(`${name}: every segment id in the draft exists in the input`, () => {
      const input = load(name);
      const md = conclusionsMarkdown(input);
      const known = new Set(allQuotes(input).map((q) => q.segment));
      const ids = md.match(/[\w.-]+#\d+/g) ?? [];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(known, id).toContain(id);
    });
  }

  it('does not change its input', () => {
    const input = load('sampang');
    const before = JSON.stringify(input);
    conclusionsMarkdown(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('conclusionsMarkdown: Indonesian draft (pujud)', () => {
  const input = load('pujud');
  const md = conclusionsMarkdown(input);

  it('opens with a title and the automatic-draft note', () => {
    const [title, , note] = md.split('\n');
    expect(title).toMatch(/^# /);
    expect(note).toMatch(/^\*Draf ini dihasilkan otomatis oleh telaah .*\*$/);
  });

  it('has the method paragraph: sources, roles, methods, frame, reduction, coding, triangulation rule', () => {
    const method = chapter(md, 'Metode analisis');
    expect(method).toContain('sembilan sumber data');
    expect(method).toContain('tujuh wawancara, satu observasi, dan satu dokumen');
    const roles = input.informants.map((i) => i.role!);
    const positions = roles.map((r) => method.indexOf(r));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(method).toContain('lima kelompok pemangku kepentingan');
    expect(method).toContain(input.codebook.title);
    expect(method).toContain('Miles dan Huberman');
    expect(method).toContain('119 dari 202 segmen');
    expect(method).toContain('5.209 dari 5.986 kata');
    expect(method).toContain('77 pertanyaan peneliti dan 6 salam');
    expect(method).toContain('otomatis berdasarkan kata kunci');
    expect(method).toContain('sari');
    expect(method).toContain('sekurang-kurangnya dua kelompok pemangku kepentingan dan dua metode');
  });

  it('has a section per indicator with its evidence, status and interpretation placeholder', () => {
    for (const ind of input.indicators) {
      expect(md).toContain(`\n### ${ind.label}\n`);
      const text = section(md, ind.label);
      expect(text).toContain(`${ind.segments} segmen`);
      expect(text).toMatch(/terkonfirmasi|diperdebatkan|masih lemah|satu sumber|tidak ditemukan/);
      expect(text.match(/\[Interpretasi peneliti\]/g)).toHaveLength(1);
    }
    expect(md.match(/^> \*\*\[Interpretasi peneliti\]\*\* /gm)).toHaveLength(leaves(input).length);
  });

  it('quotes supporting and limiting evidence with thesis-style citations', () => {
    const quotes = quoteLines(md);
    expect(quotes.length).toBeGreaterThanOrEqual(input.indicators.length * 2);
    expect(quotes.some((q) => INTERVIEW_CITATION.test(q))).toBe(true);
    for (const q of quotes) expect(q).toMatch(ID_CITATION);
    // every quote says who coded it: a coder, or auto with its confidence
    for (const q of quotes) expect(q).toMatch(/\) \[(sari|auto \d\.\d\d)\] <!-- /);
    expect(md).toContain('(Camat Pujud, wawancara, 5 Maret 2024, baris 46–49) [auto 0.95]');
    const dialog = section(md, 'Dialog tatap muka');
    expect(dialog).toContain('Namun demikian,');
    expect(dialog).toContain('dikodekan secara manual');
  });

  it('shortens long quotes to about sixty words', () => {
    for (const q of quoteLines(md)) {
      const text = q.slice(3, q.lastIndexOf('" ('));
      expect(text.split(' ').length).toBeLessThanOrEqual(67);
    }
    expect(md).toMatch(/ …" \(/);
  });

  it('varies the opening sentence between indicators', () => {
    const openings = input.indicators.map((i) => section(md, i.label).trim().split(' ').slice(0, 2).join(' '));
    expect(new Set(openings).size).toBeGreaterThanOrEqual(4);
  });

  it('concludes with one numbered item per leaf and an overall opening sentence', () => {
    const concl = chapter(md, 'Kesimpulan');
    const items = numberedItems(concl);
    expect(items).toHaveLength(leaves(input).length);
    items.forEach((item, j) => expect(item.startsWith(`${j + 1}. `)).toBe(true));
    expect(concl).toContain('tiga indikator terkonfirmasi lintas sumber dan metode dan dua diperdebatkan');
    expect(items[0]).toContain('Dialog tatap muka berjalan');
    expect(items[0]).toContain('keterbatasan');
    expect(items[4]).toContain('telah tercapai');
    expect(items[4]).toMatch(/hasil sementara/i);
  });

  it('suggests one action per indicator with limits, most limits first, citing the segments', () => {
    const saran = chapter(md, 'Saran');
    const items = numberedItems(saran);
    const limited = leaves(input).filter((i) => i.limit > 0);
    expect(items).toHaveLength(limited.length);
    const order = [...limited].sort((a, b) => b.limit - a.limit).map((i) => i.label.toLowerCase());
    order.forEach((label, j) => expect(items[j]!.toLowerCase()).toContain(label));
    // who (a source and its group), what (the limit in their words), where (the citation), and who should act
    for (const item of items) {
      expect(item).toMatch(/^\d+\. \*\*[^*]+\.\*\* .+ \([^)]+\) menyampaikan keterbatasan berikut: "[^"]{20,}" \(.+, baris \d+(–\d+)?\)\./);
      expect(item).toMatch(/Disarankan agar para pemangku kepentingan yang terlibat \([^)]+\) /);
    }
    // the most limiting sentence of the quote, not its opening
    expect(items[0]).toContain('"Ada beberapa kepala desa yang kurang aktif, rapat sering diwakilkan ke sekretaris desa');
  });

  it('lists the references', () => {
    const refs = chapter(md, 'Referensi');
    for (const r of input.codebook.references) expect(refs).toContain(`- ${r}`);
  });
});

describe('conclusionsMarkdown: nested codebook (sampang)', () => {
  const input = load('sampang');
  const md = conclusionsMarkdown(input);

  it('puts parents one heading level above their children, with a summary paragraph', () => {
    expect(md).toContain('\n### Kondisi awal\n');
    expect(md).toContain('\n#### Ketimpangan kekuasaan, sumber daya, dan pengetahuan\n');
    expect(md).toContain('\n### Kepemimpinan fasilitatif\n');
    const parent = section(md, 'Kondisi awal');
    expect(parent).toContain('Dimensi kondisi awal dianalisis melalui tiga indikator');
    expect(parent).not.toContain('Interpretasi peneliti');
    expect(parent).not.toContain('> "');
    expect(md.match(/\[Interpretasi peneliti\]/g)).toHaveLength(leaves(input).length);
    expect(numberedItems(chapter(md, 'Kesimpulan'))).toHaveLength(leaves(input).length);
  });

  it('describes contested and thin evidence', () => {
    for (const ind of leaves(input)) {
      if (ind.status === 'contested') expect(section(md, ind.label)).toContain('diperdebatkan');
      if (ind.status === 'thin') expect(section(md, ind.label)).toContain('masih lemah karena');
    }
    expect(section(md, 'Prakarsa dan riwayat kerja sama'.length ? 'Riwayat konflik dan kerja sama sebelumnya' : '')).toContain('hanya diperoleh melalui wawancara');
  });

  it('speaks of starting conditions as present or absent, helping or hindering, never as fulfilled', () => {
    const conditions = leaves(input).filter((i) => i.kind === 'condition');
    expect(conditions.length).toBeGreaterThan(0);
    for (const ind of conditions) {
      const text = section(md, ind.label);
      expect(text).not.toMatch(/terpenuhi/);
      expect(text).toMatch(/kondisi ini sebagai (pendukung|penghambat) kolaborasi/);
    }
    expect(md).not.toMatch(/terpenuhi/);
  });
});

describe('conclusionsMarkdown: English draft (riverton)', () => {
  const input = load('riverton');
  const md = conclusionsMarkdown(input);

  it('uses English headings, month names and citations, and no Indonesian', () => {
    for (const h of ['Method of analysis', 'Results and discussion', 'Conclusions', 'Suggestions', 'References']) {
      expect(md).toContain(`\n## ${h}\n`);
    }
    expect(md).not.toMatch(/Kesimpulan|Saran|Referensi|Metode analisis|Hasil Penelitian|Interpretasi peneliti|wawancara|baris/);
    expect(md).not.toMatch(new RegExp(`\\b(${ID_MONTHS.replace('April|', '').replace('September|', '').replace('November|', '')})\\b`));
    for (const q of quoteLines(md)) expect(q).toMatch(EN_CITATION);
    expect(md).toContain('(Neighbourhood Policing Inspector, Riverton and Millbank, interview, 19 March 2024, lines ');
    expect(md).toMatch(/^\*This draft was generated automatically by telaah/m);
    expect(md.match(/^> \*\*\[Researcher's interpretation\]\*\* /gm)).toHaveLength(leaves(input).length);
    expect(numberedItems(chapter(md, 'Conclusions'))).toHaveLength(leaves(input).length);
  });

  it('describes absent indicators as absent and asks the researcher to check', () => {
    const text = section(md, 'Forum exclusiveness');
    expect(text).toContain('absent');
    expect(text).toContain('interview guide');
    expect(text).not.toContain('> "');
    expect(chapter(md, 'Conclusions')).toMatch(/The condition forum exclusiveness was not found in the data: there is no evidence that this condition is present/);
  });

  it('describes single-source indicators as needing confirmation', () => {
    const text = section(md, 'Commitment to process');
    expect(text).toContain('single source');
    expect(text).toContain('needs confirmation');
  });

  it('suggests further research for absent and single-source indicators', () => {
    const items = numberedItems(chapter(md, 'Suggestions'));
    const further = items[items.length - 1]!;
    expect(further).toContain('Further research');
    for (const i of leaves(input).filter((x) => x.status === 'absent' || x.status === 'single-source')) expect(further).toContain(i.label.toLowerCase());
    expect(further).toContain('focus group discussions');
    expect(items).toHaveLength(leaves(input).filter((i) => i.limit > 0).length + 1);
  });
});

describe('conclusionsMarkdown: statuses and edge cases in Indonesian', () => {
  /** pujud with one indicator absent and one single-source. */
  function variant(): ConclusionInput {
    const input = clone(load('pujud'));
    const absent = input.indicators[1]!;
    Object.assign(absent, {
      status: 'absent', segments: 0, informants: 0, groups: [], methods: [], support: 0, limit: 0,
      supportFrom: [], limitFrom: [], supportQuotes: [], limitQuotes: [],
    });
    const single = input.indicators[2]!;
    const q = single.supportQuotes[0]!;
    Object.assign(single, {
      status: 'single-source', segments: 1, informants: 1, groups: ['kepolisian'], methods: ['interview'], support: 1, limit: 0,
      supportFrom: [q.citeAs], limitFrom: [], supportQuotes: [q], limitQuotes: [],
    });
    return input;
  }

  it('describes absent indicators and asks whether they were asked about', () => {
    const md = conclusionsMarkdown(variant());
    const text = section(md, 'Membangun kepercayaan');
    expect(text).toContain('tidak ditemukan');
    expect(text).toContain('pedoman wawancara');
    expect(text).not.toContain('> "');
    expect(text.match(/\[Interpretasi peneliti\]/g)).toHaveLength(1);
  });

  it('describes single-source indicators as needing confirmation', () => {
    const md = conclusionsMarkdown(variant());
    const text = section(md, 'Komitmen terhadap proses');
    expect(text).toContain('satu sumber (Kapolsek Pujud)');
    expect(text).toContain('perlu dikonfirmasi');
    const concl = chapter(md, 'Kesimpulan');
    expect(concl).toContain('tiga indikator terkonfirmasi');
    expect(concl).toContain('satu hanya didukung oleh satu sumber');
    expect(concl).toContain('satu tidak ditemukan buktinya');
    const saran = numberedItems(chapter(md, 'Saran'));
    expect(saran[saran.length - 1]).toMatch(/^\d+\. Penelitian selanjutnya disarankan untuk menggali indikator membangun kepercayaan .* komitmen terhadap proses/);
    expect(saran[saran.length - 1]).toContain('diskusi kelompok terarah (FGD)');
  });

  it('drafts a limit confirmed across sources (converged-limit) as a finding, not as weak evidence', () => {
    const input = clone(load('pujud'));
    const ind = input.indicators.find((i) => i.id === 'komitmen-proses')!;
    Object.assign(ind, {
      status: 'converged-limit', support: 2, limit: 9, segments: 11, limitGroups: ['pemerintah', 'tokoh-masyarakat'],
      limitMethods: ['interview', 'observation'],
    });
    const md = conclusionsMarkdown(input);
    const text = section(md, 'Komitmen terhadap proses');
    expect(text).toContain('Dengan demikian, temuan bahwa komitmen terhadap proses masih terbatas terkonfirmasi lintas sumber dan metode (terkonfirmasi sebagai keterbatasan).');
    expect(text).toContain('berasal dari dua kelompok pemangku kepentingan (pemerintah dan tokoh masyarakat) dan diperoleh melalui wawancara dan observasi');
    // the limits illustrate the finding; the support comes after, as what speaks against it
    expect(text.indexOf(`<!-- ${ind.limitQuotes[0]!.segment} -->`)).toBeLessThan(text.indexOf('Meskipun demikian, 2 segmen'));
    expect(text).not.toMatch(/lemah|belum dapat disimpulkan secara tegas/);
    const concl = chapter(md, 'Kesimpulan');
    expect(concl).toContain('satu terkonfirmasi sebagai keterbatasan lintas sumber dan metode');
    expect(concl).toContain('Komitmen terhadap proses masih terbatas; temuan ini terkonfirmasi lintas sumber dan metode (9 dari 11 segmen');
    expect(numberedItems(chapter(md, 'Saran')).some((i) => i.includes('**Komitmen terhadap proses.**'))).toBe(true);
  });

  it('says so in one sentence when no indicator has limits', () => {
    const input = clone(load('pujud'));
    for (const i of input.indicators) Object.assign(i, { limit: 0, limitFrom: [], limitQuotes: [] });
    const saran = chapter(conclusionsMarkdown(input), 'Saran');
    expect(numberedItems(saran)).toHaveLength(0);
    expect(saran).toContain('tidak memuat bukti keterbatasan');
    expect(saran).not.toContain('Namun demikian');
  });

  it('reports coder agreement with its Landis and Koch band', () => {
    const input = clone(load('pujud'));
    input.coded.coders = ['sari', 'dimas'];
    const kappas = [0.72, -0.1, 0.85, 0.15, 0.5];
    input.indicators.forEach((i, j) => { i.kappa = kappas[j]!; });
    const md = conclusionsMarkdown(input);
    expect(section(md, 'Dialog tatap muka')).toContain('κ = 0,72, yang menurut Landis dan Koch (1977) termasuk kategori baik.');
    expect(section(md, 'Membangun kepercayaan')).toContain('κ = -0,10');
    expect(section(md, 'Membangun kepercayaan')).toContain('kategori buruk');
    expect(section(md, 'Komitmen terhadap proses')).toContain('kategori sangat baik');
    expect(section(md, 'Berbagi pemahaman')).toContain('kategori sangat rendah');
    expect(section(md, 'Hasil sementara')).toContain('kategori sedang');
    expect(chapter(md, 'Metode analisis')).toContain('dua pengode (sari dan dimas)');
    expect(chapter(md, 'Referensi')).toContain('Landis, J. R., & Koch, G. G. (1977)');

    const en = clone(load('riverton'));
    en.indicators.find((i) => i.isLeaf && i.status !== 'absent')!.kappa = 0.3;
    expect(conclusionsMarkdown(en)).toContain('κ = 0.30, which Landis and Koch (1977) class as fair.');
  });

  it('omits the kappa sentence when kappa is null', () => {
    expect(conclusionsMarkdown(load('pujud'))).not.toContain('κ');
  });

  it('keeps awkward quote text inside its blockquote', () => {
    const input = clone(load('pujud'));
    const q = input.indicators[0]!.supportQuotes[0]!;
    q.text = '# Bukan judul\n\n- bukan daftar\n> bukan kutipan\n1. bukan nomor <script>alert(1)</script> *tebal* `kode`';
    q.date = undefined;
    q.lines = [14, 14];
    const md = conclusionsMarkdown(input);
    const line = quoteLines(md).find((l) => l.includes('Bukan judul'))!;
    expect(line).toBe(`> "# Bukan judul - bukan daftar \\> bukan kutipan 1. bukan nomor \\<script\\>alert(1)\\</script\\> \\*tebal\\* \\\`kode\\\`" (${q.citeAs}, wawancara, baris 14) [${q.codedBy}] <!-- ${q.segment} -->`);
    expect(md).not.toMatch(/^(# Bukan|- bukan|1\. bukan)/m);
  });

  it('falls back gracefully on a date that is not YYYY-MM-DD', () => {
    const input = clone(load('pujud'));
    const q = input.indicators[0]!.supportQuotes[1]!;
    q.date = 'Maret 2024';
    expect(conclusionsMarkdown(input)).toContain(`(${q.citeAs}, wawancara, Maret 2024, baris ${q.lines[0]}–${q.lines[1]})`);
  });
});

describe('fitQuote', () => {
  /** A sentence of n words: `Kata kata … kata.` */
  const sentence = (n: number, w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)} ${Array.from({ length: n - 1 }, () => w).join(' ')}.`;

  it('leaves quotes of about sixty words alone', () => {
    const text = `${sentence(30, 'kata')} ${sentence(33, 'lagi')}`;
    expect(fitQuote(text)).toBe(text);
  });

  it('cuts at a sentence boundary and marks the cut', () => {
    const text = `Kami rapat tiap bulan. ${sentence(40, 'kata')} ${sentence(40, 'lagi')}`;
    const out = fitQuote(text);
    expect(out).toBe(`Kami rapat tiap bulan. ${sentence(40, 'kata')} …`);
  });

  it('cuts at a word boundary when the first sentence is very long', () => {
    const out = fitQuote(sentence(120, 'kata'));
    expect(out.endsWith(' …')).toBe(true);
    expect(out.split(' ').length).toBe(61);
  });

  it('does not split after abbreviations such as Drs. or H.', () => {
    const text = `Drs. H. Azwar datang. ${sentence(70, 'kata')}`;
    expect(fitQuote(text).startsWith('Drs. H. Azwar datang.')).toBe(true);
  });

  it('keeps the limiting part of a long limit quote', () => {
    const text = `${sentence(35, 'baik')} ${sentence(35, 'rutin')} Namun warga belum dilibatkan dan anggaran masih kurang.`;
    const out = fitQuote(text, true);
    expect(out.startsWith('… ')).toBe(true);
    expect(out).toContain('Namun warga belum dilibatkan');
    expect(fitQuote(text)).not.toContain('Namun');
  });

  describe('a segment of megabytes (a transcript without line breaks)', () => {
    const rutin = 'Rapat koordinasi di kecamatan rutin, sebulan sekali kami duduk bersama. Semua unsur hadir, kepala desa dan tokoh adat. ';
    const limit = 'Namun warga belum dilibatkan dan anggaran masih kurang. ';
    const giant = (before: number, after: number) => `${rutin.repeat(before)}${limit}${rutin.repeat(after)}`.trim();

    it('quotes its opening sentences and marks that it goes on', () => {
      const text = giant(20_000, 0);
      expect(text.length).toBeGreaterThan(2_000_000);
      expect(fitQuote(text)).toBe(`${rutin.repeat(3).trim()} …`);
    });

    it('a limit quote starts at the most limiting sentence of its opening part, and goes on', () => {
      expect(fitQuote(giant(50, 20_000), true)).toBe(`… ${limit}${rutin.repeat(2)}Rapat koordinasi di kecamatan rutin, sebulan sekali kami duduk bersama. …`);
    });

    it('a limit quote whose only limiting sentence lies far beyond the opening part quotes the opening', () => {
      expect(fitQuote(giant(20_000, 0), true)).toBe(`${rutin.repeat(3).trim()} …`);
    });

    it('the clause a suggestion names comes from the opening part', () => {
      expect(limitClause(giant(50, 20_000))).toBe('Namun warga belum dilibatkan dan anggaran masih kurang');
      expect(limitClause(giant(20_000, 0))).not.toContain('Namun');
    });
  });
});
