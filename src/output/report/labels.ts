/**
 * Every word the HTML report and the SVG figures show, in the project language (id, en). Statuses
 * and method names come from the conclusion drafts' phrase tables, so all outputs name them alike.
 */
import type { Status } from '../../model/analysis.js';
import type { CodeKind } from '../../model/codebook.js';
import type { Method } from '../../model/transcript.js';
import { PHRASES, STATUS_LABELS } from '../conclusions-text.js';
import { groupDigits } from '../conclusions.js';

export interface Labels {
  lang: 'id' | 'en';
  title: string;
  skip: string;
  contents: string;
  section: { summary: string; sources: string; heatmap: string; triangulation: string; evidence: string; cooccurrence: string };
  col: {
    code: string; status: string; segments: string; informants: string; groups: string; methods: string; support: string;
    limit: string; kappa: string; polarity: string; coder: string; informant: string; role: string; group: string; method: string; date: string; total: string;
  };
  status: Record<Status, string>;
  method: Record<Method, string>;
  polarity: { support: string; limit: string };
  /** What a code's kind is called, and what its supporting / limiting evidence shows. */
  kind: Record<CodeKind, { name: string; support: string; limit: string }>;
  noGroup: string;
  summary: {
    codebook: string; sources: string; segments: string; kept: string; coded: string; coders: string; autoCoding: string;
    auto: Record<'on' | 'suggest' | 'off', string>; rule(minGroups: number, minMethods: number): string; statuses: string; none: string;
  };
  heatmap: { caption: string; legend: string; cellLimit(n: number): string; level: string };
  triangulation: { caption: string };
  evidence: {
    intro: string; filters: string; all: string; auto: string; reset: string; shown: string; none: string; empty: string;
    inChildren: string; omitted(n: number): string;
    /** Under a quote cut at `chars` characters (MAX_QUOTE_CHARS, report/model.ts). */
    cut(chars: number): string; counts(segments: number, support: number, limit: number): string;
  };
  cooccurrence: { caption: string };
  figure: { heatmapTitle: string; triangulationTitle: string; groupsBand: string; methodsBand: string; count: string; limitNote: string; supportDot: string; limitDot: string };
  /** Numbered captions in the Word draft: `Tabel 1.`, `Gambar 2.` */
  caption: { table: string; figure: string };
  footer(version: string): string;
}

const ID: Labels = {
  lang: 'id',
  title: 'Laporan analisis',
  skip: 'Langsung ke isi',
  contents: 'Isi laporan',
  section: {
    summary: 'Ringkasan', sources: 'Sumber data', heatmap: 'Matriks kode × informan', triangulation: 'Triangulasi',
    evidence: 'Bukti per kode', cooccurrence: 'Ko-okurensi kode',
  },
  col: {
    code: 'Kode', status: 'Status', segments: 'Segmen', informants: 'Informan', groups: 'Kelompok', methods: 'Metode',
    support: 'Mendukung', limit: 'Batasan', kappa: 'Kappa', polarity: 'Polaritas', coder: 'Pengode', informant: 'Informan', role: 'Peran', group: 'Kelompok',
    method: 'Metode', date: 'Tanggal', total: 'Jumlah',
  },
  status: STATUS_LABELS.id,
  method: PHRASES.id.method,
  polarity: { support: 'mendukung', limit: 'batasan' },
  kind: {
    process: { name: 'proses: berjalan / terbatas', support: 'mendukung', limit: 'batasan' },
    condition: { name: 'kondisi: ada / tidak ada; mendukung atau menghambat', support: 'mendukung kolaborasi', limit: 'menghambat kolaborasi' },
    outcome: { name: 'hasil: tercapai / belum', support: 'tercapai', limit: 'belum tercapai' },
  },
  noGroup: '(tanpa kelompok)',
  summary: {
    codebook: 'Buku kode', sources: 'Sumber', segments: 'Segmen', kept: 'dipertahankan setelah reduksi', coded: 'diberi kode',
    coders: 'Pengode manual', autoCoding: 'Pengodean otomatis',
    auto: { on: 'aktif (dihitung)', suggest: 'saran saja (tidak dihitung)', off: 'nonaktif' },
    rule: (g, m) => `Aturan triangulasi: sedikitnya ${g} kelompok pemangku kepentingan dan ${m} metode (bila data memiliki beberapa metode).`,
    statuses: 'Status triangulasi', none: 'tidak ada',
  },
  heatmap: {
    caption: 'Jumlah segmen per kode dan informan. Kolom dikelompokkan menurut kelompok pemangku kepentingan; warna makin gelap, jumlah makin besar.',
    legend: 'Angka kecil berwarna jingga: segmen yang menunjukkan batasan. Pilih sebuah angka untuk melihat kutipannya.',
    cellLimit: (n) => `${n} batasan`,
    level: 'Skala warna',
  },
  triangulation: { caption: 'Triangulasi sumber (kelompok pemangku kepentingan) dan teknik (metode) per kode.' },
  evidence: {
    intro: 'Kutipan setiap kode dengan sitasinya dan pengodenya (nama pengode, atau "auto" dengan tingkat keyakinan kode otomatis). Saring menurut informan, kelompok, pengode, atau polaritas.',
    filters: 'Saring kutipan', all: 'Semua', auto: 'auto (kode otomatis)', reset: 'Tampilkan semua', shown: '{n} dari {m} kutipan ditampilkan',
    none: 'Tidak ada kutipan yang cocok dengan saringan.', empty: 'Belum ada bukti untuk kode ini.',
    inChildren: 'Bukti kode ini tercantum pada subkodenya.',
    cut: (n) => `Kutipan ini dipotong: segmennya lebih dari ${groupDigits(n, PHRASES.id.thousands)} karakter (transkrip tanpa baris kosong di antara jawaban?). Teks lengkapnya ada di segments.jsonl.`,
    omitted: (n) => `${n} kutipan lain (lebih dari batas per informan) ada di segments.jsonl.`,
    counts: (s, a, b) => `${s} segmen: ${a} mendukung, ${b} batasan.`,
  },
  cooccurrence: { caption: 'Jumlah segmen yang diberi kedua kode sekaligus; diagonal: jumlah segmen kode itu sendiri.' },
  figure: {
    heatmapTitle: 'Jumlah segmen per kode dan informan', triangulationTitle: 'Triangulasi per kode: kelompok dan metode yang memberi bukti',
    groupsBand: 'Kelompok pemangku kepentingan', methodsBand: 'Metode',
    count: 'Jumlah segmen', limitNote: '(n) = segmen yang menunjukkan batasan',
    supportDot: 'angka = segmen yang mendukung', limitDot: 'hanya bukti batasan',
  },
  caption: { table: 'Tabel', figure: 'Gambar' },
  footer: (v) => `Dibuat oleh telaah ${v} dari hasil yang sama dengan out/matrix/ dan out/triangulation.csv. Berkas ini berdiri sendiri dan dapat dibuka tanpa internet.`,
};

const EN: Labels = {
  lang: 'en',
  title: 'Analysis report',
  skip: 'Skip to content',
  contents: 'Contents',
  section: {
    summary: 'Summary', sources: 'Sources', heatmap: 'Code × informant matrix', triangulation: 'Triangulation',
    evidence: 'Evidence per code', cooccurrence: 'Code co-occurrence',
  },
  col: {
    code: 'Code', status: 'Status', segments: 'Segments', informants: 'Informants', groups: 'Groups', methods: 'Methods',
    support: 'Support', limit: 'Limit', kappa: 'Kappa', polarity: 'Polarity', coder: 'Coder', informant: 'Informant', role: 'Role', group: 'Group',
    method: 'Method', date: 'Date', total: 'Total',
  },
  status: STATUS_LABELS.en,
  method: PHRASES.en.method,
  polarity: { support: 'supports', limit: 'limit' },
  kind: {
    process: { name: 'process: working / limited', support: 'supports', limit: 'limit' },
    condition: { name: 'condition: present / absent; helps or hinders', support: 'helps collaboration', limit: 'hinders collaboration' },
    outcome: { name: 'outcome: achieved / not yet', support: 'achieved', limit: 'not yet achieved' },
  },
  noGroup: '(no group)',
  summary: {
    codebook: 'Codebook', sources: 'Sources', segments: 'Segments', kept: 'kept after reduction', coded: 'coded',
    coders: 'Manual coders', autoCoding: 'Automatic coding',
    auto: { on: 'on (counted)', suggest: 'suggestions only (not counted)', off: 'off' },
    rule: (g, m) => `Triangulation rule: at least ${g} stakeholder groups and ${m} methods (where the data has several).`,
    statuses: 'Triangulation status', none: 'none',
  },
  heatmap: {
    caption: 'Segments per code and informant. Columns are grouped by stakeholder group; the darker the cell, the higher the count.',
    legend: 'Small orange numbers: segments that show a limit. Choose a number to see its quotes.',
    cellLimit: (n) => `${n} limit`,
    level: 'Colour scale',
  },
  triangulation: { caption: 'Triangulation of sources (stakeholder groups) and techniques (methods) per code.' },
  evidence: {
    intro: 'The quotes for each code, with citations and who coded them (a coder\'s name, or "auto" with the confidence of the automatic code). Filter by informant, group, coder or polarity.',
    filters: 'Filter quotes', all: 'All', auto: 'auto (automatic codes)', reset: 'Show all', shown: '{n} of {m} quotes shown',
    none: 'No quotes match the filter.', empty: 'No evidence for this code yet.',
    inChildren: 'The evidence for this code is listed under its sub-codes.',
    cut: (n) => `This quote is cut: its segment is longer than ${groupDigits(n, PHRASES.en.thousands)} characters (a transcript without blank lines between answers?). The whole text is in segments.jsonl.`,
    omitted: (n) => `${n} more quotes (beyond the limit per informant) are in segments.jsonl.`,
    counts: (s, a, b) => `${s} segments: ${a} supporting, ${b} limit.`,
  },
  cooccurrence: { caption: 'Segments coded with both codes; the diagonal: segments with the code itself.' },
  figure: {
    heatmapTitle: 'Segments per code and informant', triangulationTitle: 'Triangulation per code: groups and methods that give evidence',
    groupsBand: 'Stakeholder groups', methodsBand: 'Methods',
    count: 'Segments', limitNote: '(n) = segments that show a limit',
    supportDot: 'number = supporting segments', limitDot: 'limit evidence only',
  },
  caption: { table: 'Table', figure: 'Figure' },
  footer: (v) => `Made by telaah ${v} from the same results as out/matrix/ and out/triangulation.csv. This file is self-contained and opens without the internet.`,
};

export const LABELS: Record<'id' | 'en', Labels> = { id: ID, en: EN };
