/**
 * The drafts a supervisor would sign (issue 15), on the bundled samples run as a user would: every
 * quote says who coded it, supporting headline quotes carry no limit cue for their code, no quote
 * heads two indicators, one specific suggestion per limited indicator, and the CLI, the draft, the
 * report and triangulation.csv count statuses over the same codes.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { parseCodebook } from '../src/codebook/parse.js';
import { STATUSES, type Status } from '../src/model/analysis.js';
import { findMatches } from '../src/passes/match.js';
import { run } from './helpers/cli.js';

const root = path.join(import.meta.dirname, '..');

function copy(name: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-draft-')), name);
  cpSync(path.join(root, 'samples', name), dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('out') });
  return dir;
}

const ID_NUMBERS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'];
const ID_STATUS_WORDS: [Status, string][] = [
  ['converged-limit', 'terkonfirmasi sebagai keterbatasan'], ['converged', 'terkonfirmasi lintas'], ['contested', 'diperdebatkan'],
  ['thin', 'masih lemah'], ['single-source', 'hanya didukung'], ['absent', 'tidak ditemukan'],
];

/** The supporting quotes of a section: before the contrary evidence, or after it for a confirmed limit. */
function supportPart(body: string): string {
  if (body.includes('(terkonfirmasi sebagai keterbatasan)')) return body.split('\n\nMeskipun demikian,')[1] ?? '';
  return body.split(/\n\n(?=(?:Namun demikian|Meskipun demikian|Di sisi lain),)/)[0]!;
}

/** The sections of the results chapter: heading → text, for the indicators (headings with a researcher's note). */
function sections(md: string): Map<string, string> {
  const results = md.slice(md.indexOf('\n## Hasil Penelitian'), md.indexOf('\n## Kesimpulan'));
  const out = new Map<string, string>();
  for (const part of results.split(/\n#{3,6} /).slice(1)) {
    const [head, ...body] = part.split('\n');
    if (part.includes('[Interpretasi peneliti]')) out.set(head!, body.join('\n'));
  }
  return out;
}

for (const name of ['pujud', 'sampang']) {
  describe(`telaah run samples/${name}: the draft a supervisor would sign`, () => {
    let dir: string;
    let stdout: string;
    let md: string;
    let html: string;
    let tri: Record<string, string>[];
    beforeAll(async () => {
      dir = copy(name);
      const r = await run(['run', dir]);
      expect(r.code, r.stderr).toBe(0);
      stdout = r.stdout;
      md = readFileSync(path.join(dir, 'out', 'conclusions.md'), 'utf8');
      html = readFileSync(path.join(dir, 'out', 'report.html'), 'utf8');
      tri = parse(readFileSync(path.join(dir, 'out', 'triangulation.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    }, 120_000);

    it('shows the coder of every quote in conclusions.md and report.html', () => {
      const quotes = md.split('\n').filter((l) => l.startsWith('> "'));
      expect(quotes.length).toBeGreaterThan(5);
      for (const q of quotes) expect(q).toMatch(/\) \[(sari|dimas|auto( \d\.\d\d)?)(\s\+\s\w+)*\] <!-- [\w.-]+#\d+ -->$/);
      const items = [...html.matchAll(/<li class="(?:support|limit)"[^>]*>[\s\S]*?<\/li>/g)].map((m) => m[0]);
      expect(items.length).toBeGreaterThan(quotes.length);
      for (const li of items) {
        expect(li).toMatch(/data-coder="[^"]+"/);
        expect(li).toMatch(/<span class="coder"[^>]*>\[[^\]]+\]<\/span>/);
      }
      expect(html).toContain('<select id="f-coder" name="coder">');
    });

    it('never heads an indicator with a quote that has a limit cue for its code', () => {
      const cbFile = name === 'pujud' ? 'bartania' : 'ansell-gash-2008';
      const cb = parseCodebook(readFileSync(path.join(root, 'codebooks', `${cbFile}.yaml`), 'utf8'), `${cbFile}.yaml`).codebook!;
      const m = compileCodebook(cb).forLang('id');
      const segments = readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8').trim().split('\n')
        .map((l) => JSON.parse(l) as { segment: string; text: string });
      const text = new Map(segments.map((s) => [s.segment, s.text]));
      const byLabel = new Map(cb.codes.map((c) => [c.label.id!, c.id]));
      const checked: string[] = [];
      for (const [label, body] of sections(md)) {
        const code = byLabel.get(label)!;
        const family = new Set([code, ...cb.codes.filter((c) => c.parent === code).map((c) => c.id)]);
        const support = supportPart(body);
        for (const [, seg] of support.matchAll(/<!-- ([\w.-]+#\d+) -->/g)) {
          const limits = findMatches(text.get(seg!)!, m).filter((x) => family.has(x.term.code) && x.polarity === 'limit');
          expect(limits.map((x) => x.term.raw), `${seg} under ${label}`).toEqual([]);
          checked.push(seg!);
        }
      }
      expect(checked.length).toBeGreaterThan(3);
    });

    it('quotes every segment under at most one indicator', () => {
      const heads: string[] = [];
      for (const body of sections(md).values()) {
        const support = supportPart(body);
        heads.push(...[...support.matchAll(/<!-- ([\w.-]+#\d+) -->/g)].map((x) => x[1]!));
      }
      expect(heads.length).toBeGreaterThan(3);
      expect(new Set(heads).size).toBe(heads.length);
    });

    it('has one specific suggestion per limited indicator: who, what (their words), where (the citation)', () => {
      const saran = md.slice(md.indexOf('\n## Saran'), md.indexOf('\n## Referensi'));
      const items = saran.split('\n').filter((l) => /^\d+\. \*\*/.test(l));
      const limited = tri.filter((r) => r.level === 'indicator' && Number(r.limit) > 0);
      expect(items).toHaveLength(limited.length);
      for (const r of limited) expect(items.some((i) => i.includes(`**${r.label}.**`)), r.label).toBe(true);
      for (const item of items) {
        expect(item).toMatch(/\*\* .+ \([^)]+\) (menyampaikan keterbatasan berikut|menggambarkan .+ sebagai penghambat kolaborasi): "[^"]{20,}" \(.+, baris \d+(–\d+)?\)\./);
        expect(item).toMatch(/Disarankan agar para pemangku kepentingan yang terlibat \(.+\) /);
      }
      expect(saran).toContain('[Catatan untuk peneliti]');
    });

    it('counts statuses over the same codes in the CLI, the draft, the report and triangulation.csv', () => {
      const indicators = tri.filter((r) => r.level === 'indicator');
      expect(indicators.length).toBeLessThan(tri.length + (name === 'pujud' ? 1 : 0));
      const fromCsv = new Map(STATUSES.map((s) => [s, indicators.filter((r) => r.status === s).length]));
      const cli = new RegExp(`(\\d+) indicators \\(codes without sub-codes\\): (.*)\\.`).exec(stdout)!;
      expect(Number(cli[1])).toBe(indicators.length);
      for (const [st, n] of cli[2]!.split(', ').map((p) => p.split(' ') as [Status, string])) expect(Number(n), st).toBe(fromCsv.get(st));

      const summary = /<dt>Status triangulasi<\/dt><dd>(.*?)<\/dd>/.exec(html)![1]!;
      const fromReport = new Map([...summary.matchAll(/st-([\w-]+)">[^<]*<\/span> (\d+)/g)].map((x) => [x[1], Number(x[2])]));
      for (const st of STATUSES) expect(fromReport.get(st) ?? 0, st).toBe(fromCsv.get(st));

      const opening = md.slice(md.indexOf('\n## Kesimpulan')).split('\n\n')[1]!;
      for (const [st, words] of ID_STATUS_WORDS) {
        const n = fromCsv.get(st)!;
        const said = new RegExp(`(\\S+) (?:indikator )?${words}`).exec(opening.replace(/terkonfirmasi sebagai keterbatasan lintas/g, 'terkonfirmasi sebagai keterbatasan'));
        if (n === 0) expect(said, `${st} in "${opening}"`).toBeNull();
        else expect(ID_NUMBERS.indexOf(said?.[1] ?? '') === n || said?.[1] === 'kelima' || said?.[1] === String(n), `${st} in "${opening}"`).toBe(true);
      }
      expect(md.match(/\[Interpretasi peneliti\]/g)).toHaveLength(indicators.length);
    });
  });
}
