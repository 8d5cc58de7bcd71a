/**
 * Property-based tests (fast-check): realistic transcripts, codebooks and codings files with random
 * edits (insertions, deletions, replaced characters, random Unicode, stray `---`, `:` and
 * `[00:00]`), structure-aware random YAML and plain random text, fed to the pure parsing and
 * analysis functions. Whatever the input, nothing may throw, and every problem must come back as a
 * Diagnostic with a file, a 1-based line and column, a rule id and a message.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fold, anchorQuote } from '../src/codings/anchor.js';
import { parseCodings } from '../src/codings/parse.js';
import { compileCodebook } from '../src/codebook/compile.js';
import { lintCodebook } from '../src/codebook/lint.js';
import { CODE_KEYS, CODEBOOK_KEYS, parseCodebook } from '../src/codebook/parse.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { autoCodes } from '../src/passes/code.js';
import { reduceTranscript } from '../src/passes/reduce.js';
import { loadCodebook } from '../src/project/codebooks.js';
import { parseTranscript } from '../src/transcript/parse.js';

const RUNS = { numRuns: 200 };

const bartania = compileCodebook(loadCodebook('bartania', process.cwd()).codebook!);
const BARTANIA_CODES = new Set(bartania.codebook.codes.map((c) => c.id));

// ---------------------------------------------------------------------------------------------
// realistic starting points

const TRANSCRIPT = `---
id: pujud-kapolsek
informant: AKP Darmawan Syahputra
role: Kapolsek Pujud
group: kepolisian
method: interview
date: 2024-03-12
language: id
interviewer: [Peneliti]
---
[00:00:03] Peneliti: Selamat siang, Pak. Bagaimana koordinasi Polsek dengan kecamatan?
Kapolsek: Rapat koordinasi di kecamatan itu rutin, biasanya sebulan sekali.
Saya usahakan hadir sendiri, kalau berhalangan saya utus Kanit Binmas.

Tapi jujur, warga yang berani melapor masih sedikit. Kepercayaan warga belum tumbuh.
[00:02:41] Peneliti: Apa yang sudah berubah sejak deklarasi?
Kapolsek: Alhamdulillah, peredaran mulai berkurang. Ronda di beberapa desa hidup lagi,
dan Jumat Curhat itu tatap muka langsung, warga boleh sampaikan keluhan apa saja.
**Peneliti:** Terima kasih, Pak.
Kapolsek: Sama-sama.
`;

const CODEBOOK = `id: fuzz-kodebuku
version: "1.0.0"
title: { id: "Kodebuku uji", en: "Test codebook" }
polarity:
  id: [belum, kendala]
  en: [not yet]
codes:
  - id: proses
    label: { id: "Proses kolaborasi", en: "Collaborative process" }
    definition: { id: "Proses.", en: "Process." }
    children:
      - id: dialog
        label: { id: "Dialog tatap muka", en: "Face-to-face dialogue" }
        definition: { id: "Pertemuan langsung.", en: "Meeting in person." }
        include: { id: ["Rapat dan musyawarah."], en: ["Meetings."] }
        keywords:
          id:
            - musyawarah
            - rapat koordinasi
            - bertatap*
            - /tatap[- ]muka/
            - { term: duduk bersama, weight: 2 }
          en: [meeting, face to face]
        examples: { id: ["Kami rapat koordinasi tiap bulan."], en: ["We meet every month."] }
        not_examples: { id: ["Saya tidak kenal camatnya."] }
  - id: kepercayaan
    parent: proses
    label: { id: "Membangun kepercayaan", en: "Trust-building" }
    keywords:
      id: [percaya, berani melapor]
      en: [trust]
    maps_to: [ansell-gash-2008:trust-building]
    source: "Ansell & Gash (2008, p. 558)"
`;

const CODINGS = `coder: sari
codings:
  - transcript: pujud-kapolsek
    code: dialog-tatap-muka
    quote: "Rapat koordinasi di kecamatan itu rutin, biasanya sebulan sekali"
    memo: "routine monthly meetings"
    polarity: support
  - transcript: pujud-kapolsek
    code: membangun-kepercayaan
    quote: "warga yang berani melapor masih sedikit"
    polarity: limit
    line: 14
    prefix: "Tapi jujur,"
    suffix: "Kepercayaan warga"
`;

// ---------------------------------------------------------------------------------------------
// random edits

const FRAGMENTS = [
  '---', '---\n', '\n---\n', '...', ':', ': ', '::', '[00:00]', '[00:12:30] ', '[12:30]', '[99:99:99]', '\n', '\n\n', '\r\n', '\r',
  'Peneliti: ', 'Camat:', '**Kapolsek:** ', 'P: ', 'Warga Desa Sungai Pinang: ', '# ', '### Catatan', '***', '- ', '> ',
  '"', "'", '“', '’', '{', '}', '[', ']', '&a ', '*a', '<<: *a', '!!binary ', '%YAML 1.2\n', '#', '|', '>-', '\t', '  ',
  'id: ', 'id: ../x', 'method: ', 'interviewer: ', 'speakers: [', 'date: 2024-02-30', 'language: ', 'codes:', 'children:',
  'parent: ', 'keywords:', 'term: ', 'weight: ', 'quote: ', 'code: ', '/(a|aa)+/', '/[/', 'a*', '\\',
  '\uFEFF', '\u0000', '\u0007', '\uD800', '\uDC00', '\u200B', '\u00A0', '\u2028', 'İ', 'ß', 'ﬃ', '👩‍👩‍👧', 'بِسْمِ', '漢字',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'line'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'truncate'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('line' as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Applies edits in order; positions wrap around the current length. 'line' inserts a whole line; 'truncate' cuts the rest. */
function mutate(base: string, edits: Edit[]): string {
  let s = base;
  for (const e of edits) {
    const at = e.at % (s.length + 1);
    switch (e.kind) {
      case 'insert': s = s.slice(0, at) + e.text + s.slice(at); break;
      case 'delete': s = s.slice(0, at) + s.slice(at + e.length); break;
      case 'replace': s = s.slice(0, at) + e.text + s.slice(at + 1); break;
      case 'truncate': s = s.slice(0, at); break;
      case 'line': {
        const start = s.lastIndexOf('\n', at - 1) + 1;
        s = `${s.slice(0, start)}${e.text}\n${s.slice(start)}`;
        break;
      }
    }
  }
  return s;
}

const mutated = (base: string) => fc.array(edit, { maxLength: 12 }).map((es) => mutate(base, es));

/** Lines assembled from fragments and words: no realistic starting point at all. */
const fragmentLines = fc
  .array(fc.array(fc.oneof(fragment, fc.constantFrom('rapat', 'koordinasi', 'percaya', 'belum', 'tapi', 'warga', 'Pak')), { maxLength: 5 }).map((l) => l.join('')), { maxLength: 30 })
  .map((ls) => ls.join('\n'));

const randomText = (base: string) =>
  fc.oneof(
    { weight: 5, arbitrary: mutated(base) },
    { weight: 1, arbitrary: fragmentLines },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  );

/** Random YAML with the keys the parser knows, and values of every type. */
function yamlFrom(keys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
  const { node } = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.string({ maxLength: 20 }),
      fc.constantFrom(...FRAGMENTS, 'dialog-tatap-muka', 'pujud-kapolsek', 'support', 'limit', 'id', 'en', '/tatap/', 'rapat*'),
      fc.integer({ min: -5, max: 1000 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(key, tie('node'), { maxKeys: 6 }),
    ),
  }));
  return node.map((v) => stringify(v));
}

const FRONT_MATTER_KEYS = ['id', 'informant', 'role', 'group', 'method', 'date', 'language', 'location', 'interviewer', 'speakers', 'title', 'notes'];

/**
 * Transcripts shaped like the format: random front matter, a closing line (often the file's last
 * line, without a newline), and a random body that is often empty.
 */
const documentShaped = fc
  .tuple(
    yamlFrom(FRONT_MATTER_KEYS),
    fc.oneof({ weight: 2, arbitrary: fc.constant('---') }, { weight: 3, arbitrary: fc.constantFrom('---\n', '...\n', '--- \n') }),
    fc.oneof({ weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fragmentLines }),
  )
  .map(([fm, close, body]) => `---\n${fm}${close}${body}`);

const randomTranscript = fc.oneof({ weight: 7, arbitrary: randomText(TRANSCRIPT) }, { weight: 3, arbitrary: documentShaped });

// ---------------------------------------------------------------------------------------------
// checks

const lineCount = (text: string) => text.split('\n').length;

function expectDiagnostic(d: Diagnostic, file: string): void {
  expect(d.file).toBe(file);
  expect(Number.isInteger(d.line) && d.line >= 1, `line ${d.line}`).toBe(true);
  expect(Number.isInteger(d.column) && d.column >= 1, `column ${d.column}`).toBe(true);
  expect(d.ruleId).toMatch(/^[a-z0-9-]+$/);
  expect(typeof d.message === 'string' && d.message.trim() !== '', 'message').toBe(true);
  expect(['error', 'warning', 'info']).toContain(d.severity);
}

// ---------------------------------------------------------------------------------------------

describe('fuzz: transcripts → parse → reduce → code', () => {
  it('never throws; diagnostics are well-formed; segments lie within the file, in order', () => {
    fc.assert(
      fc.property(randomTranscript, (text) => {
        const { transcript: t, diagnostics } = parseTranscript(text, 'transcripts/fuzz.md', 'fuzz');
        for (const d of diagnostics) expectDiagnostic(d, 'transcripts/fuzz.md');

        const lines = lineCount(text);
        expect(t.bodyLine).toBeGreaterThanOrEqual(1);
        t.segments.forEach((s, i) => {
          expect(s.n).toBe(i + 1);
          expect(s.id).toBe(`${t.meta.id}#${i + 1}`);
          expect(s.lines[0]).toBeGreaterThanOrEqual(t.bodyLine);
          expect(s.lines[0]).toBeLessThanOrEqual(s.lines[1]);
          expect(s.lines[1]).toBeLessThanOrEqual(lines);
          if (i > 0) expect(s.lines[0], `segment ${i + 1} starts before segment ${i} ends`).toBeGreaterThan(t.segments[i - 1]!.lines[1]);
          expect(s.offsets[0]).toBeGreaterThanOrEqual(0);
          expect(s.offsets[0]).toBeLessThanOrEqual(s.offsets[1]);
          expect(s.offsets[1]).toBeLessThanOrEqual(text.length);
          expect(s.text.trim()).not.toBe('');
        });

        const r = reduceTranscript(t, { language: 'id' });
        expect(r.segments.length).toBe(t.segments.length);
        const dropped = Object.values(r.report.dropped).reduce((a, b) => a + b, 0);
        expect(r.report.kept + dropped).toBe(r.report.segments);
        for (const seg of r.segments) {
          if (!seg.kept) continue;
          expect(seg.segment.codable).toBe(true);
          for (const a of autoCodes(seg.text, r.lang, bartania, { minConfidence: 0.5 })) {
            expect(BARTANIA_CODES.has(a.code), a.code).toBe(true);
            expect(a.confidence).toBeGreaterThanOrEqual(0.5);
            expect(a.confidence).toBeLessThanOrEqual(1);
            expect(a.score).toBeGreaterThanOrEqual(0);
            expect(['support', 'limit']).toContain(a.polarity);
            expect(a.score > 0).toBe(a.terms.length > 0); // a code without keywords came from similarity
          }
        }
      }),
      RUNS,
    );
  });

  // A file that ends right after the closing `---` (no newline) used to get its `empty-transcript`
  // warning on the line after the last one, e.g. "---\nid: x\n---" → line 4 of 3.
  it('diagnostics point at a line that exists in the file', () => {
    fc.assert(
      fc.property(randomTranscript, (text) => {
        const { diagnostics } = parseTranscript(text, 'transcripts/fuzz.md', 'fuzz');
        for (const d of diagnostics) expect(d.line, `${d.ruleId}: ${d.message}`).toBeLessThanOrEqual(lineCount(text));
      }),
      RUNS,
    );
  });
});

describe('fuzz: codebooks → parse → lint', () => {
  it('never throws; every problem is a well-formed Diagnostic', () => {
    const text = fc.oneof({ weight: 3, arbitrary: randomText(CODEBOOK) }, { weight: 2, arbitrary: yamlFrom([...CODEBOOK_KEYS, ...CODE_KEYS, 'term', 'weight', 'id', 'en']) });
    fc.assert(
      fc.property(text, (yaml) => {
        const { codebook, diagnostics } = parseCodebook(yaml, 'fuzz.yaml');
        for (const d of diagnostics) expectDiagnostic(d, 'fuzz.yaml');
        if (!codebook) {
          expect(diagnostics.some((d) => d.severity === 'error'), 'no codebook, yet no error').toBe(true);
          return;
        }
        for (const d of lintCodebook(codebook)) expectDiagnostic(d, 'fuzz.yaml');
      }),
      RUNS,
    );
  });
});

describe('fuzz: codings → parse → anchor', () => {
  it('never throws; every problem is a well-formed Diagnostic; anchors lie within the transcript', () => {
    const codingsText = fc.oneof(
      { weight: 3, arbitrary: randomText(CODINGS) },
      { weight: 2, arbitrary: yamlFrom(['coder', 'codings', 'transcript', 'code', 'quote', 'memo', 'polarity', 'line', 'prefix', 'suffix', 'offset']) },
    );
    fc.assert(
      fc.property(codingsText, mutated(TRANSCRIPT), (yaml, transcript) => {
        const { codings, diagnostics } = parseCodings(yaml, 'codings/fuzz.yaml', 'fuzz');
        for (const d of diagnostics) expectDiagnostic(d, 'codings/fuzz.yaml');
        for (const c of codings?.codings ?? []) {
          for (const k of ['transcript', 'code', 'quote'] as const) expect(typeof c[k] === 'string' && c[k] !== '', k).toBe(true);
          expect(c.pos.line).toBeGreaterThanOrEqual(1);
          expect(c.pos.column).toBeGreaterThanOrEqual(1);
          const res = anchorQuote(transcript, c.quote, c);
          if (res.anchor) {
            expect(res.anchor.start).toBeGreaterThanOrEqual(0);
            expect(res.anchor.start).toBeLessThan(res.anchor.end);
            expect(res.anchor.end).toBeLessThanOrEqual(transcript.length);
          }
        }
      }),
      RUNS,
    );
  });

  const hints = fc.record(
    { line: fc.nat({ max: 60 }), offset: fc.nat({ max: 5000 }), prefix: fragment, suffix: fragment },
    { requiredKeys: [] },
  );

  it('anchorQuote with random quotes and hints: no exception, and an anchor lies within the text', () => {
    const quote = (text: string) =>
      fc.oneof(
        fc.tuple(fc.nat(), fc.integer({ min: 1, max: 120 }), fc.array(edit, { maxLength: 3 })).map(([at, len, es]) => {
          const from = at % (text.length + 1);
          return mutate(text.slice(from, from + len), es);
        }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        fragmentLines,
      );
    const input = randomTranscript.chain((text) => fc.tuple(fc.constant(text), quote(text), hints));
    fc.assert(
      fc.property(input, ([text, q, h]) => {
        const res = anchorQuote(text, q, h);
        expect(Number.isInteger(res.candidates) && res.candidates >= 0).toBe(true);
        if (!res.anchor) {
          expect(res.candidates).toBe(0);
          expect(res.ambiguous).toBe(false);
          return;
        }
        expect(res.candidates).toBeGreaterThanOrEqual(1);
        expect(res.anchor.start).toBeGreaterThanOrEqual(0);
        expect(res.anchor.start).toBeLessThan(res.anchor.end);
        expect(res.anchor.end).toBeLessThanOrEqual(text.length);
        expect(res.anchor.distance).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('a quote copied from the transcript is found as written, and the anchor covers it', () => {
    const input = randomTranscript
      .chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: Math.max(0, text.length - 1) }), fc.integer({ min: 1, max: 120 })))
      .map(([text, from, len]) => [text, text.slice(from, from + len)] as const)
      .filter(([, q]) => /\S/.test(q));
    fc.assert(
      fc.property(input, ([text, q]) => {
        const res = anchorQuote(text, q);
        expect(res.anchor?.distance).toBe(0);
        expect(fold(text.slice(res.anchor!.start, res.anchor!.end)).text).toContain(fold(q).text);
      }),
      RUNS,
    );
  });
});
