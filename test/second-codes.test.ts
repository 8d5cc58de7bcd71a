/**
 * A second code is judged against the first: the strongest candidate of a text keeps the confidence
 * of its own evidence; every other candidate's confidence comes from its own and its distance to the
 * strongest, and never rises — so a weak keyword of another indicator in a long answer no longer
 * rides along as a code. `code --explain` shows both figures. In a text of at most SHORT_WORDS words
 * the short-text stage then recalibrates the strongest and never lifts the others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { autoCodes, rankCandidates } from '../src/passes/code.js';
import { SHORT_WORDS, shortStage, standaloneConfidences } from '../src/passes/confidence.js';
import { gatherEvidence } from '../src/passes/evidence.js';
import { loadCodebook } from '../src/project/codebooks.js';
import { tokenize } from '../src/text/tokenize.js';
import { miniProject } from './helpers/mini-project.js';
import { run } from './helpers/cli.js';

const ag = compileCodebook(loadCodebook('ansell-gash-2008', process.cwd()).codebook!);
const bartania = compileCodebook(loadCodebook('bartania', process.cwd()).codebook!);

// an answer about a facilitator that mentions, in passing, who was brought to speak
const MEETING = 'Camat itu yang menengahi perselisihan antara pedagang dan dinas, beliau yang mendorong tokoh agama ikut bicara.';

describe('a second code is judged against the first', () => {
  it('the strongest keeps its confidence (but for the short-text stage); a weaker one falls below what its own evidence gives, and is not assigned at 0.3', () => {
    const cands = rankCandidates(MEETING, 'id', ag, {});
    const alone = standaloneConfidences(gatherEvidence(MEETING, 'id', ag), ag.parents, false, ag.paths);
    expect(cands[0]!.evidence.code).toBe('facilitative-leadership');
    expect(cands[0]!.judged.alone).toBeUndefined();
    const lowered = cands.filter((c) => c.judged.alone !== undefined);
    expect(lowered.length).toBeGreaterThan(0);
    for (const c of lowered) {
      expect(c.confidence).toBeLessThan(c.judged.alone!);
      expect(c.judged.strongest).toBe('facilitative-leadership');
    }
    // the religious leaders brought to speak (participatory-inclusiveness) would have been assigned on its own evidence, and is not now
    expect(lowered.some((c) => c.judged.alone! >= 0.3 && c.confidence < 0.3)).toBe(true);
    // a short text (17 words): the strongest's own confidence went through the short-text stage
    expect(tokenize(MEETING).length).toBeLessThanOrEqual(SHORT_WORDS);
    expect(Math.max(...alone)).toBe(cands[0]!.judged.short);
    expect(cands[0]!.confidence).toBe(shortStage(Math.max(...alone)));
    expect(autoCodes(MEETING, 'id', ag, { minConfidence: 0.3 }).map((a) => a.code)).toEqual(['facilitative-leadership']);
  });

  it('two indicators both argued for strongly keep both codes', () => {
    const text = 'Forum ini rutin bertemu tatap muka tiap bulan, duduk bersama di balai desa. '
      + 'Dari situ warga mulai percaya pada polisi, kepercayaan tumbuh, sudah tidak saling curiga lagi.';
    const got = autoCodes(text, 'id', bartania, { minConfidence: 0.3 }).map((a) => a.code).sort();
    expect(got).toEqual(['dialog-tatap-muka', 'membangun-kepercayaan']);
  });

  it('for any text: the top code is that of the evidence alone, no confidence rises but by the short-text stage, and a code stronger alone is never ranked below a weaker one', () => {
    const words = ['rapat', 'percaya', 'anggaran', 'komitmen', 'hasil', 'duduk bersama', 'curiga', 'aturan', 'terbuka', 'warga', 'pemimpin', 'dulu', 'konflik', 'sepakat', 'belum'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), (ws) => {
      const text = `${ws.join(' ')}.`;
      const ev = gatherEvidence(text, 'id', ag);
      const alone = standaloneConfidences(ev, ag.parents, false, ag.paths);
      const cands = rankCandidates(text, 'id', ag, {});
      if (!cands.length) return;
      // the strongest alone: highest confidence, then keyword score, then codebook order
      const best = ev.map((e, i) => ({ e, p: alone[i]! })).sort((a, b) => b.p - a.p || b.e.score - a.e.score)[0]!;
      expect(cands[0]!.evidence.code).toBe(best.e.code);
      const short = tokenize(text).length <= SHORT_WORDS;
      expect(cands[0]!.confidence).toBe(short ? shortStage(best.p) : best.p);
      const own = (code: string) => alone[ev.findIndex((e) => e.code === code)]!;
      for (const c of cands) {
        // before the short-text stage: never above its own evidence; after it, only a code as strong as the strongest rises
        const before = c.judged.short ?? c.confidence;
        expect(before).toBeLessThanOrEqual(own(c.evidence.code));
        expect(c.judged.alone ?? before).toBe(own(c.evidence.code));
        if (!short) expect(c.judged.short).toBeUndefined();
        else if (own(c.evidence.code) < best.p) expect(c.confidence).toBeLessThanOrEqual(before);
      }
      for (const a of cands) for (const b of cands) if (own(a.evidence.code) > own(b.evidence.code)) expect(a.confidence).toBeGreaterThanOrEqual(b.confidence);
    }), { numRuns: 150 });
  });

  it('a code as strong as the strongest is not judged against it: a tie is no verdict', async () => {
    const { confidences } = await import('../src/passes/confidence.js');
    const text = 'Sekarang kami duduk bersama tiap bulan, tatap muka langsung dengan dinas.';
    const ev = gatherEvidence(text, 'id', ag).find((e) => e.code === 'face-to-face-dialogue')!;
    // the same evidence twice under two codes: equal confidence alone, equal after
    const [a, b] = confidences([ev, { ...ev, code: 'twin' }], ag.parents, false, new Map());
    expect(a!.confidence).toBeGreaterThan(0.3);
    expect(a!.confidence).toBe(b!.confidence);
    expect(b!.alone).toBeUndefined();
  });

  it('a parent code is not judged against its child, nor a child against its parent', async () => {
    const { confidences } = await import('../src/passes/confidence.js');
    const ev = gatherEvidence('Sekarang kami duduk bersama tiap bulan, tatap muka langsung dengan dinas.', 'id', ag).find((e) => e.code === 'face-to-face-dialogue')!;
    // a second candidate with somewhat less evidence: a rival, or the strongest's parent
    const weaker = { ...ev, code: 'process', specific: ev.specific * 0.5, score: ev.score * 0.5, similarity: ev.similarity * 0.5 };
    const rivals = confidences([ev, weaker], ag.parents, false, new Map());
    expect(rivals[1]!.alone).toBeGreaterThan(0.3);
    expect(rivals[1]!.confidence).toBeLessThan(rivals[1]!.alone!);
    const family = new Map([['face-to-face-dialogue', ['process']], ['process', []]]);
    const kin = confidences([ev, weaker], ag.parents, false, family);
    expect(kin[1]).toEqual({ confidence: rivals[1]!.alone });
  });

  it('code --explain shows the confidence of a second code on its own evidence and whom it was judged against', async () => {
    const dir = miniProject({ 'w1.md': `---\nid: w1\ninformant: Pak Darto\n---\nDarto: ${MEETING}\n` }, {}, 'ansell-gash-2008');
    const r = await run(['code', dir, '--explain', 'w1#1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/confidence 0\.\d\d \(0\.\d\d on its own evidence; a second code, judged against the stronger [a-z-]+\)/);
  });
});
