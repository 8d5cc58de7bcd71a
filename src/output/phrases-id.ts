/** Indonesian phrases of the conclusion draft (bahasa baku, third person: "peneliti"). Pure. */
import type { DropReason, Status } from '../model/analysis.js';
import type { Indicator } from '../model/conclusion.js';
import type { Method } from '../model/transcript.js';
import {
  leaning, pick, soleSource, statusCounts, type Band, type CodeKind, type Fmt, type LeafView, type MethodFacts, type Phrases,
} from './phrases.js';

export const ID_STATUS: Record<Status, string> = {
  converged: 'terkonfirmasi', 'converged-limit': 'terkonfirmasi sebagai keterbatasan', contested: 'diperdebatkan', thin: 'lemah',
  'single-source': 'bersumber tunggal', absent: 'tidak ditemukan',
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

/** How the draft speaks of a code of each kind. */
interface KindWords {
  /** `Indikator dialog tatap muka`, `Kondisi ketimpangan kekuasaan`. */
  noun: string;
  /** The verdict when the supporting evidence is confirmed, and when the limiting evidence is. */
  yes: string;
  no: string;
  /** The verdict when one side leans but is not triangulated. */
  leanYes: string;
  leanNo: string;
  /** `apakah indikator ini berjalan`. */
  question: string;
  /** What supporting / limiting segments show. */
  sup: string;
  lim: string;
  /** What a suggestion asks for, and what it aims at. */
  action: string;
  aim(name: string): string;
}

const KIND: Record<CodeKind, KindWords> = {
  process: {
    noun: 'indikator', yes: 'berjalan', no: 'masih terbatas', leanYes: 'cenderung berjalan', leanNo: 'cenderung masih terbatas',
    question: 'apakah indikator ini berjalan',
    sup: 'menunjukkan bahwa indikator ini berjalan', lim: 'menunjukkan keterbatasan',
    action: 'menindaklanjuti keterbatasan tersebut, misalnya dengan menyepakati langkah perbaikan, penanggung jawab, dan tenggat waktunya',
    aim: (name) => `${name} dapat berjalan lebih baik`,
  },
  outcome: {
    noun: 'indikator', yes: 'telah tercapai', no: 'belum tercapai', leanYes: 'cenderung telah tercapai', leanNo: 'cenderung belum tercapai',
    question: 'apakah hasil ini telah tercapai',
    sup: 'menunjukkan bahwa hasil ini telah tercapai', lim: 'menunjukkan bahwa hasil ini belum tercapai sepenuhnya',
    action: 'mengatasi hambatan tersebut, misalnya dengan menetapkan target yang terukur dan memantau capaiannya bersama',
    aim: (name) => `${name} dapat tercapai`,
  },
  condition: {
    noun: 'kondisi', yes: 'ada dan mendukung kolaborasi', no: 'ada dan menghambat kolaborasi',
    leanYes: 'ada dan cenderung mendukung kolaborasi', leanNo: 'ada dan cenderung menghambat kolaborasi',
    question: 'apakah kondisi ini ada',
    sup: 'menggambarkan kondisi ini sebagai pendukung kolaborasi', lim: 'menggambarkan kondisi ini sebagai penghambat kolaborasi',
    action: 'memperhitungkan kondisi tersebut dalam merancang kolaborasi, misalnya dengan menyepakati cara mengurangi dampaknya dan pihak yang menanganinya',
    aim: () => 'kondisi ini tidak terus menghambat kolaborasi',
  },
};

function idGroupsPhrase(gs: readonly string[], x: Fmt): string {
  return gs.length === 1
    ? `satu kelompok pemangku kepentingan (${x.groups(gs)})`
    : `${x.num(gs.length)} kelompok pemangku kepentingan (${x.groups(gs)})`;
}

/** `bukti pendukungnya hanya diperoleh melalui wawancara, ...` */
function idThinReasons(v: LeafView, x: Fmt): string {
  const parts: string[] = [];
  const side = (s: 'support' | 'limit') => (s === 'support' ? 'bukti pendukungnya' : 'bukti keterbatasannya');
  for (const r of v.thin) {
    if (r.kind === 'groups') parts.push(r.groups.length === 1
      ? `${side(r.side)} hanya berasal dari satu kelompok pemangku kepentingan (${x.groups(r.groups)})`
      : `${side(r.side)} hanya berasal dari ${x.num(r.groups.length)} kelompok pemangku kepentingan`);
    else if (r.kind === 'methods') parts.push(`${side(r.side)} hanya diperoleh melalui ${x.methods(r.methods)}`);
    else if (r.kind === 'balance') parts.push('bukti pendukung dan bukti keterbatasannya sama banyak');
    else parts.push('buktinya belum memenuhi syarat triangulasi');
  }
  return x.list(parts);
}

function idSplit(ind: Indicator): string {
  const K = KIND[ind.kind];
  const { segments: n, support: s, limit: l } = ind;
  if (l === 0) return n === 1 ? `Segmen tersebut ${K.sup}.` : `Seluruh segmen tersebut ${K.sup}.`;
  if (s === 0) return n === 1 ? `Segmen tersebut ${K.lim}.` : `Seluruh segmen tersebut ${K.lim}.`;
  return `Dari jumlah tersebut, ${s} segmen ${K.sup} dan ${l} segmen ${K.lim}.`;
}

function idStatusCount(status: Status, n: number, x: Fmt): string {
  switch (status) {
    case 'converged': return `${x.num(n)} terkonfirmasi lintas sumber dan metode`;
    case 'converged-limit': return `${x.num(n)} terkonfirmasi sebagai keterbatasan lintas sumber dan metode`;
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

/** `0,50` */
const idDecimal = (k: number): string => k.toFixed(2).replace('.', ',');

export const ID: Phrases = {
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
      `Suatu indikator dinyatakan terkonfirmasi (converged) apabila bukti pendukungnya berasal dari sekurang-kurangnya ${x.num(f.minGroups)} kelompok pemangku kepentingan dan ${x.num(f.minMethods)} metode pengumpulan data serta lebih banyak daripada bukti keterbatasan, dan terkonfirmasi sebagai keterbatasan (converged-limit) apabila hal yang sama berlaku bagi bukti keterbatasannya.`,
    ];
    if (f.methodsInData <= 1) tri.push('Karena seluruh data diperoleh melalui satu metode, syarat jumlah metode tidak diterapkan.');
    else if (f.methodsInData < f.minMethods) tri.push(`Karena penelitian ini hanya menggunakan ${x.num(f.methodsInData)} metode, syarat jumlah metode disesuaikan menjadi ${x.num(f.methodsInData)} metode.`);
    tri.push('Indikator dinyatakan diperdebatkan (contested) apabila bukti pendukung dan bukti keterbatasan sama-sama kuat dan berasal dari sumber yang berbeda, lemah (thin) apabila bukti berasal dari beberapa sumber tetapi belum memenuhi syarat triangulasi, bersumber tunggal (single-source) apabila hanya berasal dari satu sumber, dan tidak ditemukan (absent) apabila tidak ada bukti sama sekali.');
    tri.push('Indikator proses dinilai berjalan atau masih terbatas, kondisi awal dinilai ada atau tidak ada (serta apakah kondisi itu mendukung atau menghambat kolaborasi), dan indikator hasil dinilai telah tercapai atau belum tercapai.');
    return [sources.join(' '), analysis.join(' '), tri.join(' ')];
  },

  parentSummary({ ind, children }, x) {
    const name = x.name(ind.label);
    const out = [`Dimensi ${name} dianalisis melalui ${x.num(children.length)} indikator, yaitu ${x.list(children.map((c) => x.name(c.label)))}.`];
    if (ind.status === 'absent') {
      out.push('Peneliti tidak menemukan bukti untuk dimensi ini maupun indikator-indikatornya.');
    } else {
      out.push(`Secara keseluruhan, dimensi ini ditemukan dalam ${ind.segments} segmen dari ${x.sources(ind.informants, ind.methods)}, terdiri atas ${ind.support} segmen pendukung dan ${ind.limit} segmen yang menunjukkan keterbatasan, dengan status triangulasi ${ID_STATUS[ind.status]}.`);
      out.push(idChildStatuses(children, x));
    }
    out.push('Uraian setiap indikator disajikan berikut ini.');
    return out.join(' ');
  },

  evidence(v, x) {
    const { ind } = v;
    const K = KIND[ind.kind];
    const name = x.name(ind.label);
    const src = x.sources(ind.informants, ind.methods);
    const groups = idGroupsPhrase(ind.groups, x);
    const methods = x.methods(ind.methods);
    const noun = K.noun.charAt(0).toUpperCase() + K.noun.slice(1);
    const opening = pick([
      `${noun} ${name} ditemukan dalam ${ind.segments} segmen dari ${src}, yang mewakili ${groups} dan diperoleh melalui ${methods}.`,
      `Bukti mengenai ${name} terdapat dalam ${ind.segments} segmen dari ${src}; bukti tersebut mewakili ${groups} dan diperoleh melalui ${methods}.`,
      `Sebanyak ${ind.segments} segmen dari ${src} berkaitan dengan ${K.noun} ${name}; sumber-sumber tersebut mewakili ${groups} dengan metode ${methods}.`,
      `Terkait ${name}, peneliti menemukan ${ind.segments} segmen dari ${src} yang mewakili ${groups} dan diperoleh melalui ${methods}.`,
    ], v.i);
    const sentences = [opening, idSplit(ind)];
    if (ind.supportFrom.length) {
      const who = x.list(ind.supportFrom);
      const what = ind.kind === 'condition' ? 'Gambaran kondisi ini sebagai pendukung' : 'Bukti pendukung';
      sentences.push(pick([
        `${what} berasal dari ${who}.`,
        `${what} bersumber dari ${who}.`,
        `${what} diberikan oleh ${who}.`,
        `${what} diperoleh dari ${who}.`,
      ], v.i));
    }
    return sentences.join(' ');
  },

  provenanceNote(v, x) {
    const { ind } = v;
    if (ind.autoOnly === 0) return v.coders ? 'Seluruh bukti tersebut dikodekan secara manual oleh peneliti.' : '';
    if (ind.autoOnly === ind.segments) {
      return `Seluruh bukti tersebut berasal dari pengodean otomatis yang belum dikonfirmasi oleh peneliti, sehingga setiap kutipannya perlu diperiksa sebelum ${x.name(ind.label)} disimpulkan.`;
    }
    return `Dari ${ind.segments} segmen tersebut, ${ind.autoOnly} segmen hanya dikodekan secara otomatis dan belum dikonfirmasi oleh peneliti; ${ind.segments - ind.autoOnly} segmen yang dikodekan secara manual didahulukan sebagai kutipan.`;
  },

  status(v, x) {
    const { ind } = v;
    const K = KIND[ind.kind];
    switch (ind.status) {
      case 'converged': return pick([
        `Dengan demikian, temuan ini terkonfirmasi lintas sumber dan metode karena memenuhi syarat triangulasi, yaitu sekurang-kurangnya ${x.num(v.minGroups)} kelompok pemangku kepentingan dan ${x.num(v.minMethods)} metode.`,
        'Temuan ini telah memenuhi syarat triangulasi sehingga dapat dinyatakan terkonfirmasi lintas sumber dan metode.',
        `Karena bukti pendukung berasal dari ${x.num(ind.supportGroups.length)} kelompok pemangku kepentingan dan ${x.num(ind.supportMethods.length)} metode, temuan ini terkonfirmasi melalui triangulasi sumber dan metode.`,
        'Bukti yang saling menguatkan dari berbagai kelompok dan metode menunjukkan bahwa temuan ini terkonfirmasi lintas sumber dan metode.',
      ], v.i);
      case 'converged-limit': return `Bukti yang ${K.lim} berasal dari ${idGroupsPhrase(ind.limitGroups, x)} dan diperoleh melalui ${x.methods(ind.limitMethods)}, serta lebih banyak daripada bukti pendukung. Dengan demikian, temuan bahwa ${x.name(ind.label)} ${K.no} terkonfirmasi lintas sumber dan metode (terkonfirmasi sebagai keterbatasan).`;
      case 'contested': return `Bukti mengenai ${K.noun} ini tidak searah: sebagian sumber ${K.sup}, sementara sumber lain ${K.lim}. Oleh karena itu, temuan ini tergolong diperdebatkan dan perlu dibahas secara cermat dengan mempertimbangkan kedua sisi bukti.`;
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

  limits(v, _n, x) {
    const { ind } = v;
    const K = KIND[ind.kind];
    const opener = pick(['Namun demikian,', 'Meskipun demikian,', 'Di sisi lain,'], v.i);
    return `${opener} data juga memuat bukti sebaliknya: ${ind.limit} segmen yang bersumber dari ${x.list(ind.limitFrom)} ${K.lim}, sebagaimana tampak dalam kutipan berikut.`;
  },

  supportAgainst(v, _n, x) {
    const { ind } = v;
    return `Meskipun demikian, ${ind.support} segmen yang bersumber dari ${x.list(ind.supportFrom)} ${KIND[ind.kind].sup}, sebagaimana tampak dalam kutipan berikut.`;
  },

  kappa: (k, band, x) => `Kesepakatan antarpengode pada indikator ini sebesar κ = ${x.decimal(k)}, yang menurut Landis dan Koch (1977) termasuk kategori ${ID_BAND[band]}.`,

  absent: (v, x) => v.ind.kind === 'condition'
    ? `Peneliti tidak menemukan segmen data yang menggambarkan kondisi ${x.name(v.ind.label)}, sehingga kondisi ini tidak ditemukan (tidak ada) dalam data. Hal ini dapat berarti bahwa kondisi tersebut memang tidak ada di lokasi penelitian, atau tidak ditanyakan kepada informan dan tidak teramati selama pengumpulan data. Peneliti perlu memeriksa kembali pedoman wawancara dan catatan lapangan; apabila kondisi ini belum digali, diperlukan pengumpulan data tambahan.`
    : `Peneliti tidak menemukan segmen data yang berkaitan dengan indikator ${x.name(v.ind.label)}, sehingga indikator ini tidak ditemukan buktinya dalam data. Hal ini dapat berarti bahwa indikator tersebut memang tidak terjadi di lapangan, atau tidak ditanyakan kepada informan dan tidak teramati selama pengumpulan data. Peneliti perlu memeriksa kembali pedoman wawancara dan catatan lapangan; apabila indikator ini belum digali, diperlukan pengumpulan data tambahan.`,

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
    const K = KIND[ind.kind];
    const L = ind.label;
    const src = x.sources(ind.informants, ind.methods);
    const who = x.who(ind.limitFrom);
    const limits = ind.limit > 0 ? pick([
      ` Namun demikian, ${ind.limit} segmen yang bersumber dari ${who} ${K.lim}.`,
      ` Meskipun demikian, ${ind.limit} segmen dari ${who} ${K.lim}.`,
      ` Di sisi lain, ${ind.limit} segmen yang bersumber dari ${who} ${K.lim}.`,
    ], v.i) : '';
    switch (ind.status) {
      case 'converged': return pick([
        `${L} ${K.yes}, dan temuan ini terkonfirmasi lintas sumber dan metode (${ind.segments} segmen dari ${src}).`,
        `Triangulasi sumber dan metode menunjukkan bahwa ${x.name(L)} ${K.yes} (${ind.segments} segmen dari ${src}).`,
        `Temuan bahwa ${x.name(L)} ${K.yes} terkonfirmasi lintas ${x.num(ind.supportGroups.length)} kelompok pemangku kepentingan dan ${x.num(ind.supportMethods.length)} metode (${ind.segments} segmen dari ${src}).`,
      ], v.i) + limits;
      case 'converged-limit': return `${L} ${K.no}; temuan ini terkonfirmasi lintas sumber dan metode (${ind.limit} dari ${ind.segments} segmen, bersumber dari ${who}).` +
        (ind.support > 0 ? ` Meskipun demikian, ${ind.support} segmen ${K.sup}.` : '');
      case 'contested': return ind.kind === 'condition'
        ? `${L} ditemukan dalam data, tetapi belum dapat disimpulkan apakah kondisi ini mendukung atau menghambat kolaborasi karena buktinya tidak searah: ${ind.support} segmen ${K.sup}, sedangkan ${ind.limit} segmen yang bersumber dari ${who} ${K.lim}.`
        : `${L} belum dapat disimpulkan ${K.yes.replace(/^telah /, '')} karena buktinya tidak searah: ${ind.support} segmen ${K.sup}, sedangkan ${ind.limit} segmen yang bersumber dari ${who} ${K.lim}.`;
      case 'thin': {
        const lean = leaning(ind);
        if (!lean) return `${L} belum dapat disimpulkan secara tegas karena buktinya masih lemah: ${idThinReasons(v, x)}.`;
        const n = lean === 'support' ? ind.support : ind.limit;
        return `${L} ${lean === 'support' ? K.leanYes : K.leanNo} (${n} segmen dari ${x.who(lean === 'support' ? ind.supportFrom : ind.limitFrom)}), tetapi buktinya masih lemah karena ${idThinReasons(v, x)}.`;
      }
      case 'single-source': return `${L} hanya ditemukan pada satu sumber (${soleSource(ind)}), sehingga belum dapat disimpulkan ${K.question} dan perlu dikonfirmasi melalui sumber lain.`;
      case 'absent': return ind.kind === 'condition'
        ? `${L} tidak ditemukan dalam data: tidak ada bukti bahwa kondisi ini ada di lokasi penelitian.`
        : `${L} tidak ditemukan buktinya dalam data, sehingga belum dapat disimpulkan ${K.question}.`;
    }
  },

  suggestionIntro: 'Berdasarkan keterbatasan yang ditemukan, peneliti mengajukan saran berikut, satu untuk setiap indikator yang menunjukkan keterbatasan.',
  suggestionNote: '> **[Catatan untuk peneliti]** Saran berikut adalah draf: periksa kutipan yang dirujuk, lalu sesuaikan pihak, langkah, dan tempatnya dengan temuan di lapangan.',

  suggestionItem(v, f, x) {
    const { ind } = v;
    const K = KIND[ind.kind];
    const name = x.name(ind.label);
    const said = ind.kind === 'condition'
      ? `${f.source} menggambarkan ${name} sebagai penghambat kolaborasi: "${f.clause}" ${f.citation}.`
      : `${f.source} menyampaikan keterbatasan berikut: "${f.clause}" ${f.citation}.`;
    const also = f.others.length ? ` Hal serupa juga disampaikan oleh ${x.who(f.others)}.` : '';
    const actors = f.actors.length ? `para pemangku kepentingan yang terlibat (${x.groups(f.actors)})` : 'para pemangku kepentingan yang terlibat';
    return `**${ind.label}.** ${said}${also} Disarankan agar ${actors} ${K.action}, sehingga ${K.aim(name)}.`;
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
  const { coders, auto, minConfidence } = f.coded;
  const who = coders.length === 1 ? `pengode ${coders[0]}` : `${x.num(coders.length)} pengode (${x.list(coders)})`;
  const policy = `Hasil pengodean manual diperlakukan sebagai bukti utama; kode otomatis hanya dihitung sebagai bukti apabila tingkat keyakinannya sekurang-kurangnya ${idDecimal(minConfidence)}, dan setiap kutipan diberi tanda pengodenya: nama pengode untuk pengodean manual, atau "auto" beserta tingkat keyakinannya untuk pengodean otomatis.`;
  if (auto === 'on') return coders.length
    ? `Pengodean dilakukan secara otomatis berdasarkan kata kunci dalam buku kode dan dilengkapi dengan pengodean manual oleh ${who}. ${policy}`
    : `Pengodean dilakukan secara otomatis berdasarkan kata kunci dalam buku kode; belum ada pengodean manual yang mengonfirmasinya. ${policy}`;
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
