/**
 * Phrase tables for the conclusion draft (conclusions.md), one per project language. Every sentence
 * the draft writes lives here; conclusions.ts only chooses, orders and lays them out. Pure.
 *
 * Variants (arrays indexed by the leaf's position) keep successive indicator sections from opening
 * with the same words; the choice is deterministic.
 */
import type { DropReason, Status } from '../model/analysis.js';
import type { Indicator } from '../model/conclusion.js';
import type { Method } from '../model/transcript.js';

/** Formatting helpers built for one language (see makeFmt in conclusions.ts). */
export interface Fmt {
  /** Counts up to ten in words, larger ones in digits. */
  num(n: number): string;
  /** Digits with the language's thousands separator. */
  int(n: number): string;
  /** `a, b, dan c`; semicolons between items when an item has a comma of its own. */
  list(items: readonly string[]): string;
  /** A label for use inside a sentence (first letter lower-cased unless it looks like an acronym). */
  name(label: string): string;
  /** Names, at most `max` of them and then "and N other sources". */
  who(names: readonly string[], max?: number): string;
  methods(ms: readonly Method[]): string;
  groups(gs: readonly string[]): string;
  /** `delapan sumber` / `tujuh informan`: informants when all evidence is spoken (interview, FGD). */
  sources(n: number, methods: readonly Method[]): string;
  /** Kappa with two decimals and the language's decimal mark. */
  decimal(k: number): string;
}

export type { KappaBand as Band } from '../analysis/agreement.js';
import type { KappaBand as Band } from '../analysis/agreement.js';

/** Why a `thin` indicator falls short of the triangulation rule. */
export type ThinReason =
  | { kind: 'groups'; groups: string[] }
  | { kind: 'methods'; methods: Method[] }
  | { kind: 'balance' }
  | { kind: 'criterion' };

/** One leaf indicator as the phrases see it. */
export interface LeafView {
  ind: Indicator;
  /** Position among the leaves (0-based): picks the sentence variant. */
  i: number;
  thin: ThinReason[];
  minGroups: number;
  minMethods: number;
}

export interface ParentView {
  ind: Indicator;
  children: Indicator[];
}

export interface MethodFacts {
  sources: number;
  byMethod: [Method, number][];
  roles: string[];
  groups: string[];
  frame: string;
  leaves: number;
  reduction: { segments: number; kept: number; wordsBefore: number; wordsAfter: number };
  dropped: [DropReason, number][];
  coded: { segments: number; coded: number; coders: string[]; auto: 'on' | 'suggest' | 'off' };
  minGroups: number;
  minMethods: number;
  methodsInData: number;
}

export type StatusCounts = [Status, number][];

export interface Phrases {
  months: readonly string[];
  numberWords: readonly string[];
  and: string;
  thousands: string;
  decimalMark: string;
  others(n: number, x: Fmt): string;
  /** Method as written in citations and running text. */
  method: Record<Method, string>;
  sourceNoun(n: number, spoken: boolean): string;
  lines(single: boolean): string;
  heading: { title: string; method: string; results: string; conclusions: string; suggestions: string; references: string };
  draftNote: string;
  methodSection(f: MethodFacts, x: Fmt): string[];
  parentSummary(v: ParentView, x: Fmt): string;
  evidence(v: LeafView, x: Fmt): string;
  status(v: LeafView, x: Fmt): string;
  quotesIntro(v: LeafView, n: number): string;
  limits(v: LeafView, x: Fmt): string;
  kappa(k: number, band: Band, x: Fmt): string;
  absent(v: LeafView, x: Fmt): string;
  interpretation(v: LeafView, x: Fmt): string;
  conclusionOpening(counts: StatusCounts, total: number, x: Fmt): string;
  conclusionItem(v: LeafView, x: Fmt): string;
  suggestionIntro: string;
  suggestionNote: string;
  /** `k`: position in the suggestion list (picks the variant). */
  suggestionItem(v: LeafView, segments: string[], k: number, x: Fmt): string;
  furtherResearch(absent: string[], single: string[], unused: Method[], x: Fmt): string;
  noLimits: string;
}

const pick = <T>(variants: readonly T[], i: number): T => variants[i % variants.length]!;
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------
// Indonesian (bahasa baku, third person: "peneliti")
// ---------------------------------------------------------------------------------------------

const ID_STATUS: Record<Status, string> = {
  converged: 'terkonfirmasi', contested: 'diperdebatkan', thin: 'lemah', 'single-source': 'bersumber tunggal', absent: 'tidak ditemukan',
};
const ID_DROP: Record<DropReason, string> = {
  interviewer: 'pertanyaan peneliti', filler: 'tanggapan singkat', greeting: 'salam', 'no-content': 'segmen tanpa kata bermakna', duplicate: 'segmen duplikat',
};
const ID_BAND: Record<Band, string> = {
  poor: 'buruk', slight: 'sangat rendah', fair: 'rendah', moderate: 'sedang', substantial: 'baik', almostPerfect: 'sangat baik',
};
const ID_METHOD_NOUN: Record<Method, string> = { interview: 'wawancara', observation: 'observasi', document: 'dokumen', fgd: 'FGD' };
const ID_METHOD_FURTHER: Record<Method, string> = {
  interview: 'wawancara mendalam', observation: 'observasi', document: 'studi dokumentasi', fgd: 'diskusi kelompok terarah (FGD)',
};

function idGroupsPhrase(gs: readonly string[], x: Fmt): string {
  return gs.length === 1
    ? `satu kelompok pemangku kepentingan (${x.groups(gs)})`
    : `${x.num(gs.length)} kelompok pemangku kepentingan (${x.groups(gs)})`;
}

/** `buktinya hanya diperoleh melalui wawancara dan bukti pendukung tidak lebih banyak ...` */
function idThinReasons(v: LeafView, x: Fmt): string {
  const about: string[] = [];
  const clauses: string[] = [];
  for (const r of v.thin) {
    if (r.kind === 'groups') about.push(r.groups.length === 1
      ? `hanya berasal dari satu kelompok pemangku kepentingan (${x.groups(r.groups)})`
      : `hanya berasal dari ${x.num(r.groups.length)} kelompok pemangku kepentingan`);
    else if (r.kind === 'methods') about.push(`hanya diperoleh melalui ${x.methods(r.methods)}`);
    else if (r.kind === 'balance') clauses.push('bukti pendukung tidak lebih banyak daripada bukti keterbatasan');
    else clauses.push('buktinya belum memenuhi syarat triangulasi');
  }
  return x.list([...(about.length ? [`buktinya ${x.list(about)}`] : []), ...clauses]);
}

function idSplit(ind: Indicator): string {
  const { segments: n, support: s, limit: l } = ind;
  if (l === 0) return n === 1 ? 'Segmen tersebut mendukung terpenuhinya indikator ini.' : 'Seluruh segmen tersebut mendukung terpenuhinya indikator ini.';
  if (s === 0) return n === 1
    ? 'Segmen tersebut justru menunjukkan keterbatasan pada indikator ini.'
    : 'Seluruh segmen tersebut menunjukkan keterbatasan; tidak ada segmen yang mendukung terpenuhinya indikator ini.';
  return `Dari jumlah tersebut, ${s} segmen mendukung terpenuhinya indikator ini dan ${l} segmen menunjukkan keterbatasan.`;
}

function idStatusCount(status: Status, n: number, x: Fmt): string {
  switch (status) {
    case 'converged': return `${x.num(n)} terkonfirmasi lintas sumber dan metode`;
    case 'contested': return `${x.num(n)} diperdebatkan karena buktinya tidak searah`;
    case 'thin': return `${x.num(n)} masih lemah buktinya`;
    case 'single-source': return `${x.num(n)} hanya didukung oleh satu sumber`;
    case 'absent': return `${x.num(n)} tidak ditemukan buktinya dalam data`;
  }
}

/** `kelima indikator`, `kedua indikator`, `seluruh 12 indikator`. */
function idAll(n: number, x: Fmt): string {
  if (n === 1) return 'satu-satunya indikator';
  if (n <= 10) return `ke${x.num(n)} indikator`;
  return `seluruh ${x.int(n)} indikator`;
}

const ID: Phrases = {
  months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  numberWords: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'],
  and: 'dan',
  thousands: '.',
  decimalMark: ',',
  others: (n, x) => `${x.num(n)} sumber lain`,
  method: { interview: 'wawancara', observation: 'observasi', document: 'dokumen', fgd: 'FGD' },
  sourceNoun: (_n, spoken) => (spoken ? 'informan' : 'sumber'),
  lines: () => 'baris',
  heading: {
    title: 'Draf Hasil Penelitian, Pembahasan, dan Kesimpulan',
    method: 'Metode analisis',
    results: 'Hasil Penelitian dan Pembahasan',
    conclusions: 'Kesimpulan',
    suggestions: 'Saran',
    references: 'Referensi',
  },
  draftNote: 'Draf ini dihasilkan otomatis oleh telaah dari data yang telah direduksi, dikodekan, dan ditriangulasi; seluruh isinya perlu diperiksa, dilengkapi, dan disunting oleh peneliti sebelum digunakan.',

  methodSection(f, x) {
    const sources = [
      `Data penelitian ini diperoleh dari ${x.num(f.sources)} sumber data, yaitu ${x.list(f.byMethod.map(([m, n]) => `${x.num(n)} ${ID_METHOD_NOUN[m]}`))}.`,
      `Secara berurutan, informan dan sumber data tersebut adalah ${x.list(f.roles)}.`,
    ];
    if (f.groups.length === 1) sources.push(`Seluruh sumber berasal dari satu kelompok pemangku kepentingan, yaitu ${x.groups(f.groups)}.`);
    else if (f.groups.length > 1) sources.push(`Sumber-sumber tersebut mewakili ${x.num(f.groups.length)} kelompok pemangku kepentingan, yaitu ${x.groups(f.groups)}.`);

    const r = f.reduction;
    const analysis = [
      `Analisis data mengikuti model interaktif Miles dan Huberman (1994), yaitu reduksi data, penyajian data, serta penarikan kesimpulan dan verifikasi, dengan kerangka analisis *${f.frame}* yang terdiri atas ${x.num(f.leaves)} indikator.`,
      `Pada tahap reduksi data, ${x.int(r.kept)} dari ${x.int(r.segments)} segmen transkrip (${x.int(r.wordsAfter)} dari ${x.int(r.wordsBefore)} kata) dipertahankan untuk dianalisis.`,
      f.dropped.length
        ? `Segmen yang direduksi terdiri atas ${x.list(f.dropped.map(([d, n]) => `${x.int(n)} ${ID_DROP[d]}`))}.`
        : 'Tidak ada segmen yang direduksi.',
      idCoding(f, x),
    ];
    const c = f.coded;
    const pct = c.segments ? Math.round((100 * c.coded) / c.segments) : 0;
    analysis.push(`Sebanyak ${x.int(c.coded)} dari ${x.int(c.segments)} segmen yang dipertahankan (${pct}%) memperoleh sekurang-kurangnya satu kode.`);
    if (c.coders.length >= 2) analysis.push('Kesepakatan antarpengode diukur dengan koefisien kappa Cohen dan ditafsirkan menurut kategori Landis dan Koch (1977).');
    analysis.push('Hasil pengodean kemudian disajikan dalam matriks indikator menurut informan, kelompok pemangku kepentingan, dan metode sebagai bentuk penyajian data.');

    const tri = [
      `Keabsahan temuan diuji melalui triangulasi sumber dan metode${c.coders.length >= 2 ? ', serta triangulasi antarpengode' : ''}.`,
      `Suatu indikator dinyatakan terkonfirmasi (converged) apabila didukung oleh bukti dari sekurang-kurangnya ${x.num(f.minGroups)} kelompok pemangku kepentingan dan ${x.num(f.minMethods)} metode pengumpulan data, dengan bukti pendukung lebih banyak daripada bukti keterbatasan.`,
    ];
    if (f.methodsInData <= 1) tri.push('Karena seluruh data diperoleh melalui satu metode, syarat jumlah metode tidak diterapkan.');
    else if (f.methodsInData < f.minMethods) tri.push(`Karena penelitian ini hanya menggunakan ${x.num(f.methodsInData)} metode, syarat jumlah metode disesuaikan menjadi ${x.num(f.methodsInData)} metode.`);
    tri.push('Indikator dinyatakan diperdebatkan (contested) apabila bukti pendukung dan bukti keterbatasan sama-sama kuat dan berasal dari sumber yang berbeda, lemah (thin) apabila bukti berasal dari beberapa sumber tetapi belum memenuhi syarat triangulasi, bersumber tunggal (single-source) apabila hanya berasal dari satu sumber, dan tidak ditemukan (absent) apabila tidak ada bukti sama sekali.');
    return [sources.join(' '), analysis.join(' '), tri.join(' ')];
  },

  parentSummary({ ind, children }, x) {
    const name = x.name(ind.label);
    const out = [`Dimensi ${name} dianalisis melalui ${x.num(children.length)} indikator, yaitu ${x.list(children.map((c) => x.name(c.label)))}.`];
    if (ind.status === 'absent') {
      out.push(`Peneliti tidak menemukan bukti untuk dimensi ini maupun indikator-indikatornya.`);
    } else {
      out.push(`Secara keseluruhan, dimensi ini ditemukan dalam ${ind.segments} segmen dari ${x.sources(ind.informants, ind.methods)}, terdiri atas ${ind.support} segmen pendukung dan ${ind.limit} segmen yang menunjukkan keterbatasan, dengan status triangulasi ${ID_STATUS[ind.status]}.`);
      out.push(idChildStatuses(children, x));
    }
    out.push('Uraian setiap indikator disajikan berikut ini.');
    return out.join(' ');
  },

  evidence(v, x) {
    const { ind } = v;
    const name = x.name(ind.label);
    const src = x.sources(ind.informants, ind.methods);
    const groups = idGroupsPhrase(ind.groups, x);
    const methods = x.methods(ind.methods);
    const opening = pick([
      `Indikator ${name} ditemukan dalam ${ind.segments} segmen dari ${src}, yang mewakili ${groups} dan diperoleh melalui ${methods}.`,
      `Bukti mengenai ${name} terdapat dalam ${ind.segments} segmen dari ${src}; bukti tersebut mewakili ${groups} dan diperoleh melalui ${methods}.`,
      `Sebanyak ${ind.segments} segmen dari ${src} berkaitan dengan indikator ${name}; sumber-sumber tersebut mewakili ${groups} dengan metode ${methods}.`,
      `Terkait ${name}, peneliti menemukan ${ind.segments} segmen dari ${src} yang mewakili ${groups} dan diperoleh melalui ${methods}.`,
    ], v.i);
    const sentences = [opening, idSplit(ind)];
    if (ind.supportFrom.length) {
      const who = x.list(ind.supportFrom);
      sentences.push(pick([
        `Bukti pendukung berasal dari ${who}.`,
        `Dukungan terhadap indikator ini bersumber dari ${who}.`,
        `Sumber yang memberikan bukti pendukung adalah ${who}.`,
        `Bukti pendukung diperoleh dari ${who}.`,
      ], v.i));
    }
    return sentences.join(' ');
  },

  status(v, x) {
    const { ind } = v;
    switch (ind.status) {
      case 'converged': return pick([
        `Dengan demikian, temuan ini terkonfirmasi lintas sumber dan metode karena memenuhi syarat triangulasi, yaitu sekurang-kurangnya ${x.num(v.minGroups)} kelompok pemangku kepentingan dan ${x.num(v.minMethods)} metode.`,
        'Temuan ini telah memenuhi syarat triangulasi sehingga dapat dinyatakan terkonfirmasi lintas sumber dan metode.',
        `Karena bukti berasal dari ${x.num(ind.groups.length)} kelompok pemangku kepentingan dan ${x.num(ind.methods.length)} metode, temuan ini terkonfirmasi melalui triangulasi sumber dan metode.`,
        'Bukti yang saling menguatkan dari berbagai kelompok dan metode menunjukkan bahwa temuan ini terkonfirmasi lintas sumber dan metode.',
      ], v.i);
      case 'contested': return 'Bukti mengenai indikator ini tidak searah: sebagian sumber menunjukkan bahwa indikator ini telah terpenuhi, sementara sumber lain menunjukkan keterbatasan yang cukup besar. Oleh karena itu, temuan ini tergolong diperdebatkan dan perlu dibahas secara cermat dengan mempertimbangkan kedua sisi bukti.';
      case 'thin': return `Meskipun bukti berasal dari ${x.sources(ind.informants, ind.methods)}, temuan ini masih lemah karena ${idThinReasons(v, x)}, sehingga belum memenuhi syarat triangulasi.`;
      case 'single-source': return `Karena bukti hanya berasal dari satu sumber (${soleSource(ind)}), temuan ini belum dapat ditriangulasi dan perlu dikonfirmasi melalui informan lain atau metode pengumpulan data yang berbeda.`;
      case 'absent': return '';
    }
  },

  quotesIntro: (v) => pick([
    'Hal ini tampak, antara lain, dalam kutipan berikut.',
    'Temuan tersebut dapat dilihat pada pernyataan berikut.',
    'Kutipan berikut menggambarkan temuan tersebut.',
    'Gambaran temuan ini disajikan dalam kutipan berikut.',
  ], v.i),

  limits(v, x) {
    const { ind } = v;
    const opener = pick(['Namun demikian,', 'Meskipun demikian,', 'Di sisi lain,'], v.i);
    return `${opener} data juga menunjukkan keterbatasan pada indikator ini: ${ind.limit} segmen yang bersumber dari ${x.list(ind.limitFrom)} mengungkapkan kendala atau kekurangan, sebagaimana tampak dalam kutipan berikut.`;
  },

  kappa: (k, band, x) => `Kesepakatan antarpengode pada indikator ini sebesar κ = ${x.decimal(k)}, yang menurut Landis dan Koch (1977) termasuk kategori ${ID_BAND[band]}.`,

  absent: (v, x) => `Peneliti tidak menemukan segmen data yang berkaitan dengan indikator ${x.name(v.ind.label)}, sehingga indikator ini tidak ditemukan buktinya dalam data. Hal ini dapat berarti bahwa indikator tersebut memang tidak terjadi di lapangan, atau tidak ditanyakan kepada informan dan tidak teramati selama pengumpulan data. Peneliti perlu memeriksa kembali pedoman wawancara dan catatan lapangan; apabila indikator ini belum digali, diperlukan pengumpulan data tambahan.`,

  interpretation: (v, x) => `> **[Interpretasi peneliti]** Hubungkan temuan ini dengan teori dan penelitian terdahulu, lalu jelaskan makna temuan ini bagi ${x.name(v.ind.label)} di lokasi penelitian.`,

  conclusionOpening(counts, total, x) {
    if (counts.length === 1) {
      const [status, n] = counts[0]!;
      return `Berdasarkan hasil analisis, ${idAll(n, x)} yang dianalisis ${idStatusCount(status, n, x).replace(/^\S+ /, '')}. Kesimpulan untuk setiap indikator adalah sebagai berikut.`;
    }
    const parts = counts.map(([s, n], j) => (j === 0 ? idStatusCount(s, n, x).replace(/^(\S+) /, '$1 indikator ') : idStatusCount(s, n, x)));
    return `Berdasarkan hasil analisis terhadap ${x.num(total)} indikator, ${x.list(parts)}. Kesimpulan untuk setiap indikator adalah sebagai berikut.`;
  },

  conclusionItem(v, x) {
    const { ind } = v;
    const L = ind.label;
    const name = x.name(L);
    const src = x.sources(ind.informants, ind.methods);
    const who = x.who(ind.limitFrom);
    const limits = ind.limit > 0 ? pick([
      ` Namun demikian, data juga menunjukkan keterbatasan (${ind.limit} segmen) yang bersumber dari ${who}.`,
      ` Meskipun demikian, ${ind.limit} segmen dari ${who} menunjukkan bahwa indikator ini masih memiliki keterbatasan.`,
      ` Di sisi lain, keterbatasan masih ditemukan dalam ${ind.limit} segmen yang bersumber dari ${who}.`,
    ], v.i) : '';
    switch (ind.status) {
      case 'converged': return pick([
        `${L} telah terpenuhi dan terkonfirmasi lintas sumber dan metode (${ind.segments} segmen dari ${src}).`,
        `${L} terbukti telah terpenuhi dan terkonfirmasi melalui triangulasi sumber dan metode (${ind.segments} segmen dari ${src}).`,
        `Temuan mengenai ${name} terkonfirmasi lintas ${x.num(ind.groups.length)} kelompok pemangku kepentingan dan ${x.num(ind.methods.length)} metode (${ind.segments} segmen dari ${src}), sehingga indikator ini dapat dinyatakan terpenuhi.`,
      ], v.i) + limits;
      case 'contested': return `${L} belum dapat disimpulkan telah terpenuhi karena buktinya tidak searah: ${ind.support} segmen mendukung, sedangkan ${ind.limit} segmen yang bersumber dari ${who} menunjukkan keterbatasan.`;
      case 'thin': return (ind.support > ind.limit
        ? `${L} cenderung terpenuhi (${ind.support} segmen pendukung dari ${src}), tetapi masih lemah karena ${idThinReasons(v, x)}.`
        : `${L} belum dapat disimpulkan secara tegas karena buktinya masih lemah: ${idThinReasons(v, x)}.`) + limits;
      case 'single-source': return `${L} hanya ditemukan pada satu sumber (${soleSource(ind)}), sehingga belum dapat disimpulkan dan perlu dikonfirmasi melalui sumber lain.`;
      case 'absent': return `${L} tidak ditemukan buktinya dalam data, sehingga belum dapat disimpulkan apakah indikator ini terpenuhi.`;
    }
  },

  suggestionIntro: 'Berdasarkan bukti keterbatasan yang ditemukan, peneliti mengajukan saran sebagai berikut.',
  suggestionNote: '> **[Catatan untuk peneliti]** Rumuskan isi setiap saran secara lebih spesifik berdasarkan kutipan yang dirujuk.',

  suggestionItem(v, segments, k, x) {
    const { ind } = v;
    const name = x.name(ind.label);
    const who = x.who(ind.limitFrom);
    const refs = segments.length < ind.limit ? `, antara lain pada segmen ${x.list(segments)}` : ` pada segmen ${x.list(segments)}`;
    return pick([
      `Perlu upaya bersama para pemangku kepentingan untuk mengatasi keterbatasan pada ${name} yang muncul dalam ${ind.limit} segmen dari ${who}${refs}, agar indikator ini dapat terpenuhi secara lebih optimal.`,
      `Para pemangku kepentingan perlu menindaklanjuti kendala terkait ${name} sebagaimana terungkap dari ${who}${refs}, agar kolaborasi pada aspek ini semakin kuat.`,
      `Perlu dilakukan evaluasi dan perbaikan terhadap ${name} dengan memperhatikan keterbatasan yang bersumber dari ${who}${refs}, agar kolaborasi dapat berjalan lebih efektif.`,
    ], k);
  },

  furtherResearch(absent, single, unused, x) {
    const parts: string[] = [];
    if (absent.length) parts.push(`indikator ${x.list(absent.map(x.name))} yang belum ditemukan buktinya dalam penelitian ini`);
    if (single.length) parts.push(`indikator ${x.list(single.map(x.name))} yang baru didukung oleh satu sumber`);
    const how = unused.length
      ? `dengan melibatkan informan dari kelompok pemangku kepentingan lain serta metode tambahan seperti ${x.list(unused.map((m) => ID_METHOD_FURTHER[m]))}`
      : 'dengan melibatkan informan dari kelompok pemangku kepentingan lain dan pendalaman pada setiap metode';
    return `Penelitian selanjutnya disarankan untuk menggali ${parts.join(' serta ')} ${how}.`;
  },

  noLimits: 'Data penelitian tidak memuat bukti keterbatasan pada indikator mana pun, sehingga saran praktis perlu dirumuskan oleh peneliti berdasarkan interpretasi temuan.',
};

function idCoding(f: MethodFacts, x: Fmt): string {
  const { coders, auto } = f.coded;
  const who = coders.length === 1 ? `pengode ${coders[0]}` : `${x.num(coders.length)} pengode (${x.list(coders)})`;
  if (auto === 'on') return coders.length
    ? `Pengodean dilakukan secara otomatis berdasarkan kata kunci dalam buku kode dan dilengkapi dengan pengodean manual oleh ${who}.`
    : 'Pengodean dilakukan secara otomatis berdasarkan kata kunci dalam buku kode.';
  if (auto === 'suggest') return coders.length
    ? `Pengodean dilakukan secara manual oleh ${who}; kode otomatis berbasis kata kunci hanya diajukan sebagai saran dan tidak dihitung.`
    : 'Kode otomatis berbasis kata kunci hanya diajukan sebagai saran dan belum ada pengodean manual.';
  return coders.length ? `Pengodean dilakukan secara manual oleh ${who}.` : 'Pengodean otomatis tidak digunakan dan belum ada pengodean manual.';
}

function idChildStatuses(children: Indicator[], x: Fmt): string {
  const counts = statusCounts(children);
  if (children.length === 1) return `Indikator tersebut ${ID_STATUS[children[0]!.status]}.`;
  if (counts.length === 1) return `Seluruh indikator tersebut ${ID_STATUS[counts[0]![0]]}.`;
  return `Di antara indikator tersebut, ${x.list(counts.map(([s, n]) => `${x.num(n)} ${ID_STATUS[s]}`))}.`;
}

// ---------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------

const EN_DROP: Record<DropReason, [string, string]> = {
  interviewer: ['interviewer question', 'interviewer questions'],
  filler: ['short response', 'short responses'],
  greeting: ['greeting', 'greetings'],
  'no-content': ['segment without content words', 'segments without content words'],
  duplicate: ['duplicate', 'duplicates'],
};
const EN_BAND: Record<Band, string> = {
  poor: 'poor', slight: 'slight', fair: 'fair', moderate: 'moderate', substantial: 'substantial', almostPerfect: 'almost perfect',
};
const EN_METHOD_NOUN: Record<Method, [string, string]> = {
  interview: ['interview', 'interviews'], observation: ['observation', 'observations'], document: ['document', 'documents'], fgd: ['focus group discussion', 'focus group discussions'],
};
const EN_METHOD_FURTHER: Record<Method, string> = {
  interview: 'in-depth interviews', observation: 'observation', document: 'document analysis', fgd: 'focus group discussions',
};
const EN_STATUS: Record<Status, string> = {
  converged: 'converged', contested: 'contested', thin: 'thin', 'single-source': 'single-source', absent: 'absent',
};

const s = (n: number, one: string, many: string): string => (n === 1 ? one : many);

function enGroupsPhrase(gs: readonly string[], x: Fmt): string {
  return `${x.num(gs.length)} stakeholder ${s(gs.length, 'group', 'groups')} (${x.groups(gs)})`;
}

/** `it was collected only through interview and the supporting evidence does not outweigh ...` */
function enThinReasons(v: LeafView, x: Fmt): string {
  const about: string[] = [];
  const clauses: string[] = [];
  for (const r of v.thin) {
    if (r.kind === 'groups') about.push(r.groups.length === 1
      ? `comes from only one stakeholder group (${x.groups(r.groups)})`
      : `comes from only ${x.num(r.groups.length)} stakeholder groups`);
    else if (r.kind === 'methods') about.push(`was collected only through ${x.methods(r.methods)}`);
    else if (r.kind === 'balance') clauses.push('the supporting evidence does not outweigh the evidence of limitations');
    else clauses.push('it does not meet the triangulation criterion');
  }
  return x.list([...(about.length ? [`it ${x.list(about)}`] : []), ...clauses]);
}

function enSplit(ind: Indicator): string {
  const { segments: n, support: sup, limit: l } = ind;
  if (l === 0) return n === 1 ? 'This segment supports the indicator.' : 'All of these segments support the indicator.';
  if (sup === 0) return n === 1 ? 'This segment points to a limitation.' : 'All of these segments point to limitations; none supports the indicator.';
  return `Of these, ${sup} ${s(sup, 'segment supports', 'segments support')} the indicator and ${l} ${s(l, 'segment points', 'segments point')} to limitations.`;
}

function enStatusCount(status: Status, n: number, x: Fmt): string {
  switch (status) {
    case 'converged': return `${x.num(n)} converged across sources and methods`;
    case 'contested': return `${x.num(n)} ${s(n, 'was', 'were')} contested`;
    case 'thin': return `${x.num(n)} ${s(n, 'rests', 'rest')} on thin evidence`;
    case 'single-source': return `${x.num(n)} ${s(n, 'rests', 'rest')} on a single source`;
    case 'absent': return `${x.num(n)} ${s(n, 'was', 'were')} absent from the data`;
  }
}

const EN: Phrases = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  numberWords: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  and: 'and',
  thousands: ',',
  decimalMark: '.',
  others: (n, x) => `${x.num(n)} other ${s(n, 'source', 'sources')}`,
  method: { interview: 'interview', observation: 'observation', document: 'document', fgd: 'FGD' },
  sourceNoun: (n, spoken) => (spoken ? s(n, 'informant', 'informants') : s(n, 'source', 'sources')),
  lines: (single) => (single ? 'line' : 'lines'),
  heading: {
    title: 'Draft results, discussion and conclusions',
    method: 'Method of analysis',
    results: 'Results and discussion',
    conclusions: 'Conclusions',
    suggestions: 'Suggestions',
    references: 'References',
  },
  draftNote: 'This draft was generated automatically by telaah from the reduced, coded and triangulated data; the researcher must check, complete and edit all of it before use.',

  methodSection(f, x) {
    const sources = [
      `The data for this study come from ${x.num(f.sources)} ${s(f.sources, 'source', 'sources')}: ${x.list(f.byMethod.map(([m, n]) => `${x.num(n)} ${EN_METHOD_NOUN[m][n === 1 ? 0 : 1]}`))}.`,
      `In order, these informants and sources are ${x.list(f.roles)}.`,
    ];
    if (f.groups.length === 1) sources.push(`All sources belong to one stakeholder group, ${x.groups(f.groups)}.`);
    else if (f.groups.length > 1) sources.push(`Together they represent ${x.num(f.groups.length)} stakeholder groups: ${x.groups(f.groups)}.`);

    const r = f.reduction;
    const analysis = [
      `The analysis follows the interactive model of Miles and Huberman (1994), with data reduction, data display, and conclusion drawing and verification, using the analytic framework *${f.frame}* with ${x.num(f.leaves)} ${s(f.leaves, 'indicator', 'indicators')}.`,
      `In data reduction, ${x.int(r.kept)} of ${x.int(r.segments)} transcript segments (${x.int(r.wordsAfter)} of ${x.int(r.wordsBefore)} words) were kept for analysis.`,
      f.dropped.length
        ? `The segments set aside were ${x.list(f.dropped.map(([d, n]) => `${x.int(n)} ${EN_DROP[d][n === 1 ? 0 : 1]}`))}.`
        : 'No segments were set aside.',
      enCoding(f, x),
    ];
    const c = f.coded;
    const pct = c.segments ? Math.round((100 * c.coded) / c.segments) : 0;
    analysis.push(`In total, ${x.int(c.coded)} of the ${x.int(c.segments)} kept segments (${pct}%) received at least one code.`);
    if (c.coders.length >= 2) analysis.push("Agreement between coders was measured with Cohen's kappa and interpreted using the bands of Landis and Koch (1977).");
    analysis.push('The coded data were then displayed in matrices of indicators by informant, stakeholder group and method.');

    const tri = [
      `The findings were checked through triangulation of sources and methods${c.coders.length >= 2 ? ', and between coders' : ''}.`,
      `An indicator is regarded as converged when it is supported by evidence from at least ${x.num(f.minGroups)} stakeholder ${s(f.minGroups, 'group', 'groups')} and ${x.num(f.minMethods)} ${s(f.minMethods, 'method', 'methods')} of data collection, with more supporting evidence than evidence of limitations.`,
    ];
    if (f.methodsInData <= 1) tri.push('Because all data were collected with a single method, the method criterion was not applied.');
    else if (f.methodsInData < f.minMethods) tri.push(`Because this study used only ${x.num(f.methodsInData)} methods, the method criterion was lowered to ${x.num(f.methodsInData)}.`);
    tri.push('An indicator is contested when supporting and limiting evidence are both substantial and come from different sources, thin when the evidence comes from several sources but does not meet the triangulation criterion, single-source when it comes from one source only, and absent when there is no evidence at all.');
    return [sources.join(' '), analysis.join(' '), tri.join(' ')];
  },

  parentSummary({ ind, children }, x) {
    const name = x.name(ind.label);
    const out = [`The dimension ${name} is analysed through ${x.num(children.length)} ${s(children.length, 'indicator', 'indicators')}: ${x.list(children.map((c) => x.name(c.label)))}.`];
    if (ind.status === 'absent') {
      out.push('No evidence was found for this dimension or any of its indicators.');
    } else {
      out.push(`Overall, the dimension appears in ${ind.segments} ${s(ind.segments, 'segment', 'segments')} from ${x.sources(ind.informants, ind.methods)}, with ${ind.support} supporting and ${ind.limit} limiting, and its triangulation status is ${EN_STATUS[ind.status]}.`);
      out.push(enChildStatuses(children, x));
    }
    out.push('Each indicator is discussed below.');
    return out.join(' ');
  },

  evidence(v, x) {
    const { ind } = v;
    const name = x.name(ind.label);
    const src = x.sources(ind.informants, ind.methods);
    const groups = enGroupsPhrase(ind.groups, x);
    const methods = x.methods(ind.methods);
    const seg = `${ind.segments} ${s(ind.segments, 'segment', 'segments')}`;
    const opening = pick([
      `Evidence for ${name} appears in ${seg} from ${src}, representing ${groups} and collected through ${methods}.`,
      `The data contain ${seg} on ${name}, drawn from ${src} across ${groups} and collected through ${methods}.`,
      `In total, ${seg} from ${src} ${s(ind.segments, 'relates', 'relate')} to ${name}; ${s(ind.informants, 'this source represents', 'these sources represent')} ${groups} and ${s(ind.informants, 'was', 'were')} collected through ${methods}.`,
      `Regarding ${name}, the researcher identified ${seg} from ${src}, representing ${groups} and collected through ${methods}.`,
    ], v.i);
    const sentences = [opening, enSplit(ind)];
    if (ind.supportFrom.length) {
      const who = x.list(ind.supportFrom);
      sentences.push(pick([
        `Supporting evidence comes from ${who}.`,
        `Support for this indicator comes from ${who}.`,
        `The supporting evidence was provided by ${who}.`,
        `Supporting evidence was obtained from ${who}.`,
      ], v.i));
    }
    return sentences.join(' ');
  },

  status(v, x) {
    const { ind } = v;
    switch (ind.status) {
      case 'converged': return pick([
        `The finding is therefore converged: it is triangulated across sources and methods, meeting the criterion of at least ${x.num(v.minGroups)} stakeholder groups and ${x.num(v.minMethods)} methods.`,
        'The finding meets the triangulation criterion and can be regarded as converged across sources and methods.',
        `Because the evidence comes from ${x.num(ind.groups.length)} stakeholder groups and ${x.num(ind.methods.length)} methods, the finding is triangulated across sources and methods.`,
        'Mutually reinforcing evidence from different groups and methods shows that this finding converges across sources and methods.',
      ], v.i);
      case 'contested': return 'The evidence on this indicator is contested: some sources indicate that it is in place, while others point to substantial limitations. The finding should therefore be discussed with care, weighing both sides of the evidence.';
      case 'thin': return `Although the evidence comes from ${x.sources(ind.informants, ind.methods)}, it remains thin because ${enThinReasons(v, x)}, so the triangulation criterion is not met.`;
      case 'single-source': return `Because the evidence comes from a single source (${soleSource(ind)}), the finding cannot be triangulated and needs confirmation from other informants or another method of data collection.`;
      case 'absent': return '';
    }
  },

  quotesIntro: (v, n) => pick(n === 1 ? [
    'This is illustrated by the following excerpt.',
    'The following statement shows this finding.',
    'The excerpt below illustrates the finding.',
    'An example of the supporting evidence is given below.',
  ] : [
    'This is illustrated by the following excerpts.',
    'The following statements show this finding.',
    'The excerpts below illustrate the finding.',
    'Examples of the supporting evidence are given below.',
  ], v.i),

  limits(v, x) {
    const { ind } = v;
    const opener = pick(['However,', 'Nevertheless,', 'At the same time,'], v.i);
    return `${opener} the data also reveal limitations on this indicator: ${ind.limit} ${s(ind.limit, 'segment', 'segments')} from ${x.list(ind.limitFrom)} ${s(ind.limit, 'points', 'point')} to obstacles or shortcomings, as the following excerpt shows.`;
  },

  kappa: (k, band, x) => `Agreement between the coders on this indicator was κ = ${x.decimal(k)}, which Landis and Koch (1977) class as ${EN_BAND[band]}.`,

  absent: (v, x) => `No segment in the data relates to ${x.name(v.ind.label)}, so this indicator is absent: no evidence was found. This may mean that it does not occur in the field, or that it was not asked about or observed during data collection. The researcher should check the interview guide and field notes; if the indicator was not explored, further data collection is needed.`,

  interpretation: (v, x) => `> **[Researcher's interpretation]** Relate this finding to the theory and to previous studies, and explain what it means for ${x.name(v.ind.label)} in the research setting.`,

  conclusionOpening(counts, total, x) {
    if (counts.length === 1) {
      const [status, n] = counts[0]!;
      const all = n === 1 ? 'The only indicator analysed' : n === 2 ? 'Both indicators' : `All ${x.num(n)} indicators`;
      return `${all} ${enStatusCount(status, n, x).replace(/^\S+ /, '')}. The conclusion for each indicator is as follows.`;
    }
    const parts = counts.map(([st, n]) => enStatusCount(st, n, x));
    return `Of the ${x.num(total)} indicators analysed, ${x.list(parts)}. The conclusion for each indicator is as follows.`;
  },

  conclusionItem(v, x) {
    const { ind } = v;
    const name = x.name(ind.label);
    const src = x.sources(ind.informants, ind.methods);
    const who = x.who(ind.limitFrom);
    const seg = (n: number) => `${n} ${s(n, 'segment', 'segments')}`;
    const limits = ind.limit > 0 ? pick([
      ` However, the data also show limitations (${seg(ind.limit)}) from ${who}.`,
      ` Nevertheless, ${seg(ind.limit)} from ${who} show that it still has limitations.`,
      ` At the same time, limitations remain in ${seg(ind.limit)} from ${who}.`,
    ], v.i) : '';
    switch (ind.status) {
      case 'converged': return pick([
        `For ${name}, the evidence converged across sources and methods (${seg(ind.segments)} from ${src}), so the indicator is in place.`,
        `Triangulation of sources and methods confirms that ${name} has been achieved (${seg(ind.segments)} from ${src}).`,
        `The finding on ${name} converged across ${x.num(ind.groups.length)} stakeholder groups and ${x.num(ind.methods.length)} methods (${seg(ind.segments)} from ${src}), so the indicator can be considered fulfilled.`,
      ], v.i) + limits;
      case 'contested': return `The evidence on ${name} is contested, so the indicator cannot yet be concluded to be in place: ${seg(ind.support)} support it, while ${seg(ind.limit)} from ${who} point to limitations.`;
      case 'thin': return (ind.support > ind.limit
        ? `The evidence points to ${name} being in place (${ind.support} supporting ${s(ind.support, 'segment', 'segments')} from ${src}), but it is thin because ${enThinReasons(v, x)}.`
        : `No firm conclusion can yet be drawn on ${name} because the evidence is thin: ${enThinReasons(v, x)}.`) + limits;
      case 'single-source': return `Evidence on ${name} comes from a single source only (${soleSource(ind)}), so the indicator cannot yet be concluded and needs confirmation from other sources.`;
      case 'absent': return `No evidence of ${name} was found in the data (absent), so it cannot be concluded whether this indicator is in place.`;
    }
  },

  suggestionIntro: 'Based on the evidence of limitations, the following suggestions are proposed.',
  suggestionNote: '> **[Note for the researcher]** Make each suggestion more specific, based on the excerpts it refers to.',

  suggestionItem(v, segments, k, x) {
    const { ind } = v;
    const name = x.name(ind.label);
    const who = x.who(ind.limitFrom);
    const where = `in ${s(segments.length, 'segment', 'segments')} ${x.list(segments)}`;
    const refs = segments.length < ind.limit ? `, for example ${where}` : ` ${where}`;
    return pick([
      `Joint efforts by the stakeholders are needed to address the limitations in ${name} raised in ${ind.limit} ${s(ind.limit, 'segment', 'segments')} from ${who}${refs}, so that this indicator can be fulfilled more fully.`,
      `The stakeholders should follow up the obstacles to ${name} reported by ${who}${refs}, so that collaboration in this area becomes stronger.`,
      `${capitalise(name)} should be evaluated and improved, taking into account the limitations noted by ${who}${refs}, so that collaboration can work more effectively.`,
    ], k);
  },

  furtherResearch(absent, single, unused, x) {
    const parts: string[] = [];
    if (absent.length) parts.push(`${x.list(absent.map(x.name))}, for which no evidence was found in this study`);
    if (single.length) parts.push(`${x.list(single.map(x.name))}, which ${s(single.length, 'rests', 'rest')} on a single source`);
    const how = unused.length
      ? `by including informants from other stakeholder groups and additional methods such as ${x.list(unused.map((m) => EN_METHOD_FURTHER[m]))}`
      : 'by including informants from other stakeholder groups and probing further with each method';
    return `Further research should explore ${parts.join(', as well as ')}, ${how}.`;
  },

  noLimits: 'The data contain no evidence of limitations for any indicator, so practical suggestions must be formulated by the researcher from the interpretation of the findings.',
};

function enCoding(f: MethodFacts, x: Fmt): string {
  const { coders, auto } = f.coded;
  const who = coders.length === 1 ? `coder ${coders[0]}` : `${x.num(coders.length)} coders (${x.list(coders)})`;
  if (auto === 'on') return coders.length
    ? `Coding was done automatically from the codebook keywords and complemented by manual coding by ${who}.`
    : 'Coding was done automatically from the codebook keywords.';
  if (auto === 'suggest') return coders.length
    ? `Coding was done manually by ${who}; automatic keyword codes were offered as suggestions only and not counted.`
    : 'Automatic keyword codes were offered as suggestions only, and no manual coding has been done yet.';
  return coders.length ? `Coding was done manually by ${who}.` : 'Automatic coding was switched off and no manual coding has been done yet.';
}

function enChildStatuses(children: Indicator[], x: Fmt): string {
  const counts = statusCounts(children);
  if (children.length === 1) return `The indicator is ${EN_STATUS[children[0]!.status]}.`;
  if (counts.length === 1) return `All of its indicators are ${EN_STATUS[counts[0]![0]]}.`;
  return `Of its indicators, ${x.list(counts.map(([st, n]) => `${x.num(n)} ${s(n, 'is', 'are')} ${EN_STATUS[st]}`))}.`;
}

// ---------------------------------------------------------------------------------------------

const STATUS_ORDER: readonly Status[] = ['converged', 'contested', 'thin', 'single-source', 'absent'];

/** Non-zero status counts in a fixed order. */
export function statusCounts(inds: readonly Indicator[]): StatusCounts {
  return STATUS_ORDER.map((st) => [st, inds.filter((i) => i.status === st).length] as [Status, number]).filter(([, n]) => n > 0);
}

/** The one source of a single-source indicator. */
function soleSource(ind: Indicator): string {
  return ind.supportFrom[0] ?? ind.limitFrom[0] ?? '';
}

export const PHRASES: Record<'id' | 'en', Phrases> = { id: ID, en: EN };

/** Triangulation statuses as the drafts name them (also used by the HTML report and figures). */
export const STATUS_LABELS: Record<'id' | 'en', Record<Status, string>> = { id: ID_STATUS, en: EN_STATUS };
export { STATUS_ORDER };
