/**
 * A floor under the automatic coder's quality on the hand-labelled sets (npm run eval prints the
 * details), so that a keyword, matcher or confidence change that hurts it fails. The holdout items
 * (split: holdout) were never used to tune keywords or the confidence model; the blind items (split:
 * blind) were written by someone who never saw the codebooks or the other items, and the blind2 items
 * (split: blind2) by a second such writer, added after the blind figures had guided several rounds,
 * and the blind3 items (split: blind3) by a third, measured first before the changes of 2026-12-03,
 * and the blind4 items (split: blind4) by a fourth, asked for messier passages (long wandering answers,
 * findings weaving informants together, polarity told by a story), measured first on 2026-12-03,
 * and the blind5 items (split: blind5) by a fifth, half messy and half tidy, measured first on 2026-12-03
 * (later that day) before any change was chosen, and the blind6 items (split: blind6) by a sixth, as
 * blind5, measured first on 2026-12-03 (third round) with the coder before and after the learned
 * polarity, which had been chosen without them; later blind sets are listed in scripts/eval.mjs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvalResult, type EvalSegment } from '../src/analysis/evaluate.js';
import { compileCodebook } from '../src/codebook/compile.js';
import { loadCodebook } from '../src/project/codebooks.js';
import { DEFAULT_MIN_CONFIDENCE } from '../src/project/config.js';

const root = path.join(import.meta.dirname, 'fixtures', 'eval');
const byCodebook = new Map<string, EvalSegment[]>();
for (const file of readdirSync(root).filter((f) => f.endsWith('.yaml')).sort()) {
  const set = parse(readFileSync(path.join(root, file), 'utf8')) as { codebook: string; segments: EvalSegment[] };
  byCodebook.set(set.codebook, [...(byCodebook.get(set.codebook) ?? []), ...set.segments]);
}

/** Figures pooled over codebooks, weighted by segments (polarity by the segments it is over). */
function pooled(rs: EvalResult[]): { top1: number; coded: number; polarity: number } {
  const n = rs.reduce((s, r) => s + r.segments, 0);
  const w = (f: (r: EvalResult) => number) => rs.reduce((s, r) => s + f(r) * r.segments, 0) / n;
  const polarityOf = rs.reduce((s, r) => s + r.polarityOf, 0);
  return { top1: w((r) => r.top1), coded: w((r) => r.coded), polarity: rs.reduce((s, r) => s + (r.polarity ?? 0) * r.polarityOf, 0) / polarityOf };
}

describe('evaluation sets', () => {
  /** Each blind set's floor: coded passages it has at least, then top-1, coded and polarity pooled over codebooks. */
  const BLIND_FLOORS: Record<string, { items: number; top1: number; coded: number; polarity: number; who: string }> = {
    blind: { items: 130, top1: 0.78, coded: 0.9, polarity: 0.87, who: 'written without the codebooks' },
    blind2: { items: 170, top1: 0.82, coded: 0.91, polarity: 0.87, who: 'a second writer' },
    blind3: { items: 160, top1: 0.76, coded: 0.93, polarity: 0.85, who: 'a third writer' },
    blind4: { items: 160, top1: 0.7, coded: 0.88, polarity: 0.81, who: 'a fourth writer, messier passages' },
    blind5: { items: 160, top1: 0.7, coded: 0.88, polarity: 0.75, who: 'a fifth writer, half messy' },
    blind6: { items: 160, top1: 0.71, coded: 0.92, polarity: 0.77, who: 'a sixth writer, half messy' },
    blind7: { items: 160, top1: 0.71, coded: 0.9, polarity: 0.8, who: 'a seventh writer, half messy' },
    blind8: { items: 160, top1: 0.73, coded: 0.89, polarity: 0.84, who: 'an eighth writer, half messy' },
    blind9: { items: 160, top1: 0.84, coded: 0.96, polarity: 0.92, who: 'a ninth writer, in the authors\' register' },
    blind10: { items: 160, top1: 0.71, coded: 0.9, polarity: 0.82, who: 'a tenth writer, half messy' },
    blind11: { items: 100, top1: 0.88, coded: 0.95, polarity: 0.91, who: 'an eleventh writer, short clauses in the authors\' register' },
    blind12: { items: 100, top1: 0.65, coded: 0.8, polarity: 0.88, who: 'a twelfth writer, messy spoken turns' },
  };
  const results: Record<string, EvalResult[]> = { tune: [], holdout: [], ...Object.fromEntries(Object.keys(BLIND_FLOORS).map((k) => [k, []])) };
  for (const [codebook, segments] of byCodebook) {
    const cb = loadCodebook(codebook, process.cwd()).codebook!;
    const matcher = compileCodebook(cb);
    // the tune items are also the codebook's reference passages: measured in 5 folds, each against a
    // profile without its own fold's passages
    const tune = segments.filter((s) => (s.split ?? 'tune') === 'tune');
    for (let f = 0; f < 5; f++) {
      const fold = tune.filter((_, i) => i % 5 === f);
      const out = new Set(fold.map((s) => s.id));
      const codes = cb.codes.map((c) => (c.passages ? { ...c, passages: c.passages.filter((p) => !p.id || !out.has(p.id)) } : c));
      results.tune.push(evaluate(fold, compileCodebook({ ...cb, codes }), DEFAULT_MIN_CONFIDENCE));
    }
    for (const split of ['holdout', ...Object.keys(BLIND_FLOORS)]) {
      results[split]!.push(evaluate(segments.filter((s) => s.split === split), matcher, DEFAULT_MIN_CONFIDENCE));
    }
  }

  it('holds at least 300 items, a third of them holdout, in both languages, for every bundled codebook', () => {
    const all = [...byCodebook.values()].flat();
    expect(all.filter((s) => s.codes.length).length).toBeGreaterThanOrEqual(300);
    expect([...byCodebook.keys()].sort()).toEqual(['ansell-gash-2008', 'bartania', 'modal-sosial']);
    const held = all.filter((s) => s.split === 'holdout');
    expect(held.length).toBeGreaterThanOrEqual(100);
    expect(new Set(held.map((s) => s.language))).toEqual(new Set(['id', 'en']));
    expect(all.filter((s) => s.codes.length).every((s) => s.polarity === 'support' || s.polarity === 'limit')).toBe(true);
  });

  /** The split has at least `items` coded passages and its pooled figures stay at or above the floors. */
  const atFloor = (rs: EvalResult[], items: number, floor: { top1: number; coded: number; polarity: number }) => {
    const p = pooled(rs);
    expect(rs.reduce((n, r) => n + r.segments, 0)).toBeGreaterThanOrEqual(items);
    expect(p.top1).toBeGreaterThanOrEqual(floor.top1);
    expect(p.coded).toBeGreaterThanOrEqual(floor.coded);
    expect(p.polarity).toBeGreaterThanOrEqual(floor.polarity);
  };

  it('the holdout stays at or above its floor (top-1, coded, polarity)', () =>
    atFloor(results.holdout!, 100, { top1: 0.79, coded: 0.88, polarity: 0.9 }));

  for (const [split, { items, who, ...floor }] of Object.entries(BLIND_FLOORS)) {
    it(`the ${split} items (${who}, never seen while tuning) stay at or above their floor`, () => atFloor(results[split]!, items, floor));
  }

  it('most codes the coder gives on unseen text are right: second codes in passing are held back (all blind sets pooled)', () => {
    const all = Object.keys(BLIND_FLOORS).flatMap((k) => results[k]!).flatMap((r) => r.perCode);
    const given = all.reduce((n, c) => n + c.tp + c.fp, 0);
    const right = all.reduce((n, c) => n + c.tp, 0);
    // 70.9% before a second code was judged against the first, 76.8% after (these sets have one code
    // per passage, so every second code counts as wrong: the floor guards the second stage, not recall)
    expect(given).toBeGreaterThan(1000);
    expect(right / given).toBeGreaterThanOrEqual(0.75);
  });

  it('passages without a finding mostly get no code (all blind sets pooled: the share given one anyway stays under 40%)', () => {
    const rs = Object.keys(BLIND_FLOORS).flatMap((k) => results[k]!).filter((r) => r.negatives > 0);
    const negatives = rs.reduce((n, r) => n + r.negatives, 0);
    const alarms = rs.reduce((n, r) => n + (r.falseAlarm ?? 0) * r.negatives, 0);
    // 35.2% on blind–blind10 and 38.8% on blind11's short clauses when blind11 was first scored (2026-12-04);
    // 33.2% on blind–blind11 and 38.0% on blind12's spoken turns when blind12 was scored (2026-12-04, ninth session)
    expect(negatives).toBeGreaterThan(200);
    expect(alarms / negatives).toBeLessThan(0.4);
  });

  it('the bundled reference passages and polarity corpus are the items of PASSAGE_SPLITS as scripts/passages.mjs writes them (run it after changing those)', async () => {
    const { passagesFiles } = (await import('../scripts/passages.mjs')) as { passagesFiles: () => Record<string, string> };
    for (const [name, text] of Object.entries(passagesFiles())) {
      expect(readFileSync(path.join(import.meta.dirname, '..', 'codebooks', `${name}.passages.yaml`), 'utf8')).toBe(text);
    }
    // and the polarity corpus is made of them
    const { polarityCorpusFile } = (await import('../scripts/passages.mjs')) as { polarityCorpusFile: () => string };
    expect(readFileSync(path.join(import.meta.dirname, '..', 'codebooks', 'polarity-corpus.json'), 'utf8')).toBe(polarityCorpusFile());
    // and no holdout or blind passage is among them
    const { PASSAGE_SPLITS } = (await import('../scripts/passages.mjs')) as { PASSAGE_SPLITS: string[] };
    const unseen = new Set([...byCodebook.values()].flat().filter((s) => !PASSAGE_SPLITS.includes(s.split ?? 'tune')).map((s) => s.id));
    for (const codebook of byCodebook.keys()) {
      const ids = loadCodebook(codebook, process.cwd()).codebook!.codes.flatMap((c) => c.passages ?? []).map((p) => p.id);
      expect(ids.length).toBeGreaterThan(100);
      expect(ids.filter((id) => id && unseen.has(id))).toEqual([]);
    }
  });

  it('the tune items stay at or above their floor', () => {
    const t = pooled(results.tune!);
    expect(t.top1).toBeGreaterThanOrEqual(0.9);
    expect(t.polarity).toBeGreaterThanOrEqual(0.88);
  });
});
