/**
 * A short text's strongest code: a clause of an abstract or a one-line finding gives the similarity
 * little to work on, so the strongest code of a text of at most SHORT_WORDS words is recalibrated by
 * the short-text stage (confidence.ts shortStage), faded out up to SHORT_FADE_WORDS. A longer text,
 * and a text coded with the learned coder, are not touched.
 */
import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { autoCodes, rankCandidates } from '../src/passes/code.js';
import { confidences, SHORT_FADE_WORDS, SHORT_WORDS, shortStage, shortWeight } from '../src/passes/confidence.js';
import { gatherEvidence } from '../src/passes/evidence.js';
import { loadCodebook } from '../src/project/codebooks.js';
import { tokenize } from '../src/text/tokenize.js';
import { miniProject } from './helpers/mini-project.js';
import { run } from './helpers/cli.js';

const ms = compileCodebook(loadCodebook('modal-sosial', process.cwd()).codebook!);
const ag = compileCodebook(loadCodebook('ansell-gash-2008', process.cwd()).codebook!);

// trust told by a habit, one weak keyword (*spare keys*)
const KEYS = 'Neighbours keep spare keys for each other.';

// reluctance to lend to a newcomer: low trust, said without any word of trust
const RELUCTANT = 'Warga enggan meminjamkan alat kepada tetangga yang baru pindah.';

describe('the strongest code of a short text', () => {
  it('a short finding whose evidence alone is weak is coded, at a low confidence', () => {
    expect(tokenize(KEYS).length).toBeLessThanOrEqual(SHORT_WORDS);
    const [top] = rankCandidates(KEYS, 'en', ag, {});
    expect(top!.evidence.code).toBe('trust-building');
    expect(top!.judged.short).toBeLessThan(0.3); // not coded on its evidence as a long text would be
    expect(top!.confidence).toBe(shortStage(top!.judged.short!));
    expect(top!.confidence).toBeGreaterThanOrEqual(0.35);
    expect(autoCodes(KEYS, 'en', ag, { minConfidence: 0.3 }).map((a) => a.code)).toEqual(['trust-building']);
    // a stricter min_confidence leaves it out
    expect(autoCodes(KEYS, 'en', ag, { minConfidence: 0.5 })).toEqual([]);
  });

  it('up to 20 words a text is short; past that the stage fades out, without an edge, and is gone at 30 words', () => {
    const pad = (n: number) => `${KEYS.slice(0, -1)}, ${Array.from({ length: n - tokenize(KEYS).length }, () => 'here').join(' ')}.`;
    expect(tokenize(pad(20)).length).toBe(20);
    expect(tokenize(pad(30)).length).toBe(30);
    const at = (n: number) => rankCandidates(pad(n), 'en', ag, {})[0]!;
    expect(at(20).judged.short).toBeDefined();
    expect(at(21).judged.short).toBeDefined();
    expect(at(30).judged.short).toBeUndefined();
    // one filler word more moves the confidence a little, never from coded to far below it
    for (let n = 20; n < 30; n++) expect(Math.abs(at(n).confidence - at(n + 1).confidence)).toBeLessThanOrEqual(0.05);
    expect(at(21).confidence).toBeLessThanOrEqual(at(20).confidence);
    expect(at(25).confidence).toBeLessThan(at(21).confidence);
    expect(at(25).confidence).toBeGreaterThan(at(30).confidence);
  });

  it('shortWeight: whole up to SHORT_WORDS, none from SHORT_FADE_WORDS, linear between', () => {
    expect(shortWeight(5)).toBe(1);
    expect(shortWeight(SHORT_WORDS)).toBe(1);
    expect(shortWeight((SHORT_WORDS + SHORT_FADE_WORDS) / 2)).toBeCloseTo(0.5);
    expect(shortWeight(SHORT_FADE_WORDS)).toBe(0);
    expect(shortWeight(200)).toBe(0);
    expect(shortStage(0.2, 0)).toBe(0.2);
  });

  it('the stage is monotone: a more confident strongest code stays more confident, and a very confident one is marked down a little', () => {
    const ps = [0.01, 0.05, 0.13, 0.2, 0.3, 0.5, 0.7, 0.9, 0.97, 1];
    const out = ps.map((p) => shortStage(p));
    for (let i = 1; i < out.length; i++) expect(out[i]).toBeGreaterThanOrEqual(out[i - 1]!);
    expect(shortStage(0.97)).toBeLessThan(0.97);
    expect(shortStage(0.13)).toBeGreaterThan(0.13);
  });

  it('a text of more words, and a text coded with the learned coder, keep the confidences of their evidence', () => {
    const long = `${RELUCTANT} Kalau ada yang mau pinjam cangkul atau gerobak, biasanya ditanya dulu anaknya siapa, rumahnya di mana, baru boleh, itu pun kalau orang tuanya sudah kenal lama.`;
    expect(tokenize(long).length).toBeGreaterThanOrEqual(SHORT_FADE_WORDS);
    const ev = gatherEvidence(long, 'id', ms);
    const plain = confidences(ev, ms.parents, false, ms.paths);
    expect(rankCandidates(long, 'id', ms, {}).every((c) => c.judged.short === undefined)).toBe(true);
    expect(confidences(ev, ms.parents, false, ms.paths, tokenize(long).length)).toEqual(plain);
    const short = gatherEvidence(RELUCTANT, 'id', ms);
    expect(confidences(short, ms.parents, true, ms.paths, 10)).toEqual(confidences(short, ms.parents, true, ms.paths));
  });

  it('code --explain says what the short-text stage did', async () => {
    const dir = miniProject({ 's.md': `---\nid: s\ninformant: Bu Ratih\n---\nRatih: ${RELUCTANT}\n` }, {}, 'modal-sosial');
    const r = await run(['code', dir, '--explain', 's#1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/short text +0\.\d\d before the short-text stage/);
  });
});
