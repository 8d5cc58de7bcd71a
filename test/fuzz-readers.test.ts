/**
 * Fuzzing every reader through the CLI (issue 19): random bytes, random YAML and random zip/XML
 * structures as transcripts (.md .txt .vtt .srt .docx), telaah.yaml, a codebook, a codings file,
 * and REFI-QDA files (.qdc, .qdpx) for `telaah import`. Whatever the input, telaah answers with
 * success or diagnostics (exit 0 or 1) — never an internal error (exit 2), never a stack trace —
 * and each case finishes within the test's time limit.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run } from './helpers/cli.js';
import { miniProject } from './helpers/mini-project.js';

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 25) };

const TRANSCRIPT = '---\nid: camat\ninformant: Pak Hadi\ngroup: pemerintah\n---\nCamat: Rapat koordinasi rutin, kami duduk bersama.\n';

async function expectAnswer(argv: string[]): Promise<void> {
  const r = await run(argv);
  const all = `${r.stdout}\n${r.stderr}`;
  expect([0, 1], all).toContain(r.code);
  expect(all).not.toMatch(/internal error/);
  expect(`\n${all}`).not.toMatch(/\n\s+at /);
}

// ---------------------------------------------------------------------------------------------
// generators

const bytes = fc.uint8Array({ maxLength: 2000 });
/** Text-like bytes: mostly printable, with control characters, BOMs and odd Unicode. */
const textish = fc.array(fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('---\n', '\n', '\r\n', ':', 'Camat: ', '[00:00:01] ', 'WEBVTT\n\n', '00:00:01.000 --> 00:00:02.000\n', '1\n', '\uFEFF', '\u0000', '\uFFFE', '\u202E', '\u001b]0;x\u0007'),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
), { maxLength: 60 }).map((parts) => parts.join(''));

const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' },
    fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.double(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('id', 'label', 'codes', 'children', 'keywords', 'codebook', 'transcripts', 'coder', 'codings', 'code', 'quote', 'transcript', 'en', 'x', '__proto__', '<<'), tie('value'), { maxKeys: 5 })),
})).value;
const yamlText = fc.oneof(
  yamlValue.map((v) => { try { return stringify(v); } catch { return String(v); } }),
  textish,
  fc.constantFrom('a: &a [*a]\n', 'x: !!binary AAAA\n', '? [a]\n: b\n', 'codes: *missing\n', '%YAML 1.1\n---\n!!set {a}\n', 'a: 1\na: 2\n', '{a: 1\n'),
);

/** Random XML-ish text: elements with random names and attributes, text, entities, CDATA, DOCTYPE. */
const xmlText = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' },
    fc.string({ maxLength: 20 }),
    fc.constantFrom('&amp;', '&lt;', '&#x0;', '&undefined;', '<![CDATA[x]]>', '<!-- c -->', '<?pi x?>', '\uFFFF', ']]>'),
    fc.tuple(fc.constantFrom('Code', 'CodeBook', 'Codes', 'Project', 'TextSource', 'PlainTextSelection', 'Coding', 'CodeRef', 'w:p', 'w:r', 'w:t', 'w:body', 'x', '__proto__', 'constructor'),
      fc.array(fc.tuple(fc.constantFrom('guid', 'name', 'isCodable', 'startPosition', 'endPosition', 'plainTextPath', 'targetGUID', 'xmlns', 'xml:space'), fc.string({ maxLength: 12 })), { maxLength: 3 }),
      fc.array(tie('node'), { maxLength: 4 }))
      .map(([name, attrs, kids]) => `<${name}${attrs.map(([k, v]) => ` ${k}="${v.replace(/"/g, '')}"`).join('')}>${(kids as string[]).join('')}</${name}>`),
  ),
})).node.map((body) => body as string);
const xmlDocument = fc.tuple(fc.constantFrom('', '<?xml version="1.0" encoding="utf-8"?>\n', '<!DOCTYPE x [<!ENTITY e "ee">]>'), xmlText)
  .map(([head, body]) => `${head}${body}`);

/** A zip with random members: names a .docx or .qdpx reader looks for, random XML or bytes inside. */
const zipBytes = fc.array(fc.tuple(
  fc.constantFrom('word/document.xml', '[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'project.qde', 'sources/a.txt', 'Sources/B.TXT', '../escape.txt', 'x/'),
  fc.oneof(xmlDocument, textish, bytes),
), { maxLength: 5 }).map(async (members) => {
  const zip = new JSZip();
  for (const [name, content] of members) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array' });
});

// ---------------------------------------------------------------------------------------------

/** Runs `fill` then `argv…` (each with `{dir}` replaced) on a fresh small project, then deletes it. */
async function inProject(fill: (dir: string) => void | Promise<void>, ...commands: string[][]): Promise<void> {
  const dir = miniProject({ 'camat.md': TRANSCRIPT });
  try {
    await fill(dir);
    for (const argv of commands) await expectAnswer(argv.map((a) => a.replaceAll('{dir}', dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('fuzz: every reader answers with success or diagnostics, never an internal error', () => {
  for (const ext of ['md', 'txt', 'vtt', 'srt']) {
    it(`a .${ext} transcript of random bytes or text`, async () => {
      await fc.assert(fc.asyncProperty(fc.oneof(bytes, textish), (content) =>
        inProject((dir) => writeFileSync(path.join(dir, 'transcripts', `acak.${ext}`), content), ['lint', '--project', '{dir}'])), RUNS);
    }, 300_000);
  }

  it('a .docx of random zip structures, random XML or random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(zipBytes, bytes.map(async (b) => b)), (make) =>
      inProject(async (dir) => writeFileSync(path.join(dir, 'transcripts', 'acak.docx'), await make), ['lint', '--project', '{dir}'])), RUNS);
  }, 300_000);

  for (const [what, rel] of [['telaah.yaml', 'telaah.yaml'], ['a codings file', 'codings/acak.yaml'], ['a transcript metadata file', 'transcripts/camat.yaml']] as const) {
    it(`${what} of random YAML or text`, async () => {
      await fc.assert(fc.asyncProperty(yamlText, (content) => inProject((dir) => {
        writeFileSync(path.join(dir, rel), content);
        if (rel === 'transcripts/camat.yaml') writeFileSync(path.join(dir, 'transcripts', 'camat.md'), 'Camat: Rapat koordinasi rutin.\n');
      }, ['lint', '--project', '{dir}'])), RUNS);
    }, 300_000);
  }

  it('a project codebook of random YAML, run through `code`', async () => {
    await fc.assert(fc.asyncProperty(yamlText, (content) => inProject((dir) => {
      writeFileSync(path.join(dir, 'telaah.yaml'), 'codebook: ./kodebuku.yaml\ntranscripts: transcripts\n');
      writeFileSync(path.join(dir, 'kodebuku.yaml'), content);
    }, ['code', '{dir}', '--format', 'csv'])), RUNS);
  }, 300_000);

  it('a .qdc of random XML, and a .qdpx of random zip structures, for `telaah import`', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(xmlDocument, textish), zipBytes, (xml, zip) => inProject(async (dir) => {
      mkdirSync(path.join(dir, 'in'));
      writeFileSync(path.join(dir, 'in', 'acak.qdc'), xml);
      writeFileSync(path.join(dir, 'in', 'acak.qdpx'), await zip);
    }, ['import', '{dir}/in/acak.qdc', '-o', '{dir}/in/dari-qdc.yaml'], ['import', '{dir}/in/acak.qdpx', '--project', '{dir}'])), RUNS);
  }, 300_000);
});
