/**
 * Manual codings survive transcript edits (issue: "codings that survive transcript edits"):
 * insert text above, re-wrap lines, fix a typo inside the quote — the coding stays on the same
 * passage; delete the passage — an orphan warning, and the codings file is left untouched.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../src/codings/anchor.js';
import { run } from './helpers/cli.js';

const QUOTE = 'warga boleh sampaikan keluhan apa saja langsung ke polisi. Itu tatap muka langsung, tanpa';

function copyPujud(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'telaah-anchor-'));
  cpSync(path.join(import.meta.dirname, '..', 'samples', 'pujud'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  return dir;
}

interface Line { segment: string; text: string; lines: [number, number]; codes: { code: string; origin: string }[] }

async function manualCodings(dir: string): Promise<{ lines: Line[]; stderr: string; code: number }> {
  const r = await run(['code', dir, '--format', 'jsonl']);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
  return { lines: lines.filter((l) => l.codes.some((c) => c.origin === 'manual:sari')), stderr: r.stderr, code: r.code };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
const kapolsek = (dir: string) => path.join(dir, 'transcripts', 'kapolsek.md');

describe('manual codings re-anchor after edits', () => {
  it('every coding of the sample is anchored to the passage it quotes', async () => {
    const dir = copyPujud();
    const { lines, stderr } = await manualCodings(dir);
    expect(stderr).not.toMatch(/orphaned-coding|unknown-code|ambiguous/);
    const codings = readFileSync(path.join(dir, 'codings', 'sari.yaml'), 'utf8');
    const quotes = [...codings.matchAll(/quote: "(.*)"/g)].map((m) => m[1]!);
    for (const q of quotes) expect(lines.some((l) => squash(l.text).includes(squash(q)))).toBe(true);
  });

  const cases: [string, (text: string) => string, string][] = [
    ['text inserted above', (t) => t.replace('[00:00:03] Peneliti:', 'Peneliti: (catatan: rekaman dimulai)\n\nKapolsek: Sebentar, saya matikan HP dulu.\n\n[00:00:03] Peneliti:'), QUOTE],
    ['lines re-wrapped', (t) => t.replace('langsung ke polisi. Itu tatap muka', 'langsung ke polisi.\nItu tatap\nmuka'), QUOTE],
    ['a typo fixed inside the quote', (t) => t.replace('keluhan apa saja', 'keluhan apapun saja'), QUOTE.replace('apa saja', 'apapun saja')],
  ];
  for (const [name, edit, expectedWords] of cases) {
    it(`keeps the coding on its passage: ${name}`, async () => {
      const dir = copyPujud();
      const before = await manualCodings(dir);
      const original = readFileSync(kapolsek(dir), 'utf8');
      const edited = edit(original);
      expect(edited).not.toBe(original);
      writeFileSync(kapolsek(dir), edited);
      const after = await manualCodings(dir);
      expect(after.stderr).not.toMatch(/orphaned-coding/);
      expect(after.lines.length).toBe(before.lines.length);
      const seg = after.lines.find((l) => l.codes.some((c) => c.code === 'dialog-tatap-muka' && c.origin === 'manual:sari') && l.segment.startsWith('pujud-kapolsek'));
      expect(seg).toBeDefined();
      expect(squash(seg!.text)).toContain(squash(expectedWords));
    });
  }

  it('reports an orphan when the passage is deleted, and leaves the codings file untouched', async () => {
    const dir = copyPujud();
    const codingsPath = path.join(dir, 'codings', 'sari.yaml');
    const codingsBefore = readFileSync(codingsPath, 'utf8');
    const original = readFileSync(kapolsek(dir), 'utf8');
    const start = original.indexOf('warga boleh sampaikan');
    const lineStart = original.lastIndexOf('\n', start) + 1;
    const lineEnd = original.indexOf('\n', start);
    writeFileSync(kapolsek(dir), original.slice(0, lineStart) + original.slice(lineEnd + 1));
    const after = await manualCodings(dir);
    const line = codingsBefore.split('\n').findIndex((l) => l.includes(QUOTE.slice(0, 30))) ;
    expect(after.stderr).toMatch(new RegExp(`sari\\.yaml:${line - 1}:5 {2}warning {2}the quote "warga boleh sampaikan.*orphaned-coding`));
    expect(after.code).toBe(0); // a warning, not an error
    expect(readFileSync(codingsPath, 'utf8')).toBe(codingsBefore);
  });
});

describe('anchorQuote', () => {
  const text = 'Kami rapat tiap bulan.\nWarga mulai percaya.\n\nKami rapat tiap bulan.\n';
  it('finds a quote ignoring whitespace and case', () => {
    const a = anchorQuote('Warga  mulai\nPERCAYA.', 'warga mulai percaya').anchor!;
    expect(a).toEqual({ start: 0, end: 20, distance: 0 });
  });
  it('a quote that occurs twice is ambiguous unless a line hint decides', () => {
    const amb = anchorQuote(text, 'Kami rapat tiap bulan');
    expect(amb).toMatchObject({ ambiguous: true, candidates: 2, anchor: { start: 0 } });
    const hinted = anchorQuote(text, 'Kami rapat tiap bulan', { line: 4 });
    expect(hinted.ambiguous).toBe(false);
    expect(hinted.anchor!.start).toBe(text.lastIndexOf('Kami'));
  });
  it('prefix and suffix context decide between equal places', () => {
    const t = 'Pagi. Kami rapat tiap bulan. Siang. Kami rapat tiap bulan. Malam.';
    expect(anchorQuote(t, 'Kami rapat tiap bulan', { prefix: 'Siang.' }).anchor!.start).toBe(t.lastIndexOf('Kami'));
  });
  it('finds a quote with a small typo, and gives up on a different passage', () => {
    expect(anchorQuote(text, 'Warga mulai percya').anchor).toMatchObject({ distance: 1 });
    expect(anchorQuote(text, 'Polisi menangkap bandar besar').anchor).toBeUndefined();
  });
});
