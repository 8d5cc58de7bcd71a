/**
 * Confidence, the learned coder and how telaah shows and judges them: segments.jsonl and
 * codings.csv carry a confidence for every automatic code; the coder learns the words a researcher
 * codes by hand; `agree --coders X,auto` judges it by cross-validation; `code --explain` shows why.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { parseCodebook } from '../src/codebook/parse.js';
import { autoCodes } from '../src/passes/code.js';
import { Learner, trainLearner } from '../src/passes/learn.js';
import { copyPujud, miniProject } from './helpers/mini-project.js';
import { run } from './helpers/cli.js';

const tiny = compileCodebook(parseCodebook(`
id: tiny
codes:
  - id: dialogue
    label: { id: Dialog, en: Dialogue }
    definition: { id: Pertemuan langsung antarpihak untuk berbicara dan saling mendengar., en: Direct meetings. }
    keywords: { id: [musyawarah, rapat], en: [meeting] }
  - id: trust
    label: { id: Kepercayaan, en: Trust }
    definition: { id: Rasa percaya dan keberanian melapor kepada pihak lain., en: Trust. }
    keywords: { id: [percaya], en: [trust] }
`, 'tiny.yaml').codebook!);

describe('the learned coder', () => {
  it('learns the words a researcher codes as what, beyond the keywords', () => {
    const coded = [
      { text: 'Warga sekarang titip kunci rumah ke petugas ronda kalau mudik.', lang: 'id', codes: ['trust'] },
      { text: 'Ibu-ibu titip anak ke pos ronda, tidak khawatir lagi.', lang: 'id', codes: ['trust'] },
      { text: 'Tiap Kamis kami ngopi di pos ronda, ngobrol soal kampung.', lang: 'id', codes: ['dialogue'] },
    ];
    const before = new Learner(tiny);
    const learned = trainLearner(tiny, coded);
    const roots = learned.rootsOf('Sekarang orang titip motor ke petugas.', 'id');
    expect(learned.logOdds(roots, 'trust')).toBeGreaterThan(learned.logOdds(roots, 'dialogue'));
    expect(before.logOdds(roots, 'trust')).toBe(0);
    expect(learned.likely(roots)[0]).toBe('trust');
    // without the learner the keyword coder finds nothing; with it, trust is a candidate
    expect(autoCodes('Sekarang orang titip motor ke petugas.', 'id', tiny, { minConfidence: 0 }).map((a) => a.code)).not.toContain('trust');
    expect(autoCodes('Sekarang orang titip motor ke petugas.', 'id', tiny, { minConfidence: 0, learner: learned }).map((a) => a.code)).toContain('trust');
  });

  it('is incremental: adding codings changes the ranking as they accumulate', () => {
    const l = trainLearner(tiny, []);
    const roots = l.rootsOf('Kami sering nongkrong di warung kopi bareng Babinsa.', 'id');
    const x0 = l.logOdds(roots, 'dialogue');
    l.add({ text: 'Nongkrong di warung kopi itu tempat kami tukar kabar.', lang: 'id', codes: ['dialogue'] });
    expect(l.logOdds(roots, 'dialogue')).toBeGreaterThan(x0);
    expect(l.coded).toBe(1);
  });
});

describe('confidence in the outputs', () => {
  it('every automatic code in segments.jsonl and codings.csv has a confidence in 0–1 at or above min_confidence', async () => {
    const dir = miniProject({
      'lurah.md': '---\nid: lurah\ninformant: Pak Lurah\ngroup: pemerintah\n---\n\nLurah: Kami rutin rapat koordinasi sebulan sekali, duduk bersama dengan Polsek dan tokoh agama.\n\nLurah: Warga sekarang percaya, berani melapor ke Bhabinkamtibmas.\n',
    });
    const r = await run(['code', dir, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { codes: { origin: string; confidence?: number }[] });
    const auto = lines.flatMap((l) => l.codes).filter((c) => c.origin === 'auto');
    expect(auto.length).toBeGreaterThan(0);
    for (const c of auto) {
      expect(c.confidence).toBeGreaterThanOrEqual(0.3);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    const csv = readFileSync(path.join(dir, 'out', 'codings.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain(',score,confidence,terms,');
  });
});

describe('telaah agree with the automatic coder', () => {
  it('judges it by cross-validation, prints the expected agreement and compares polarity', async () => {
    const dir = copyPujud();
    const r = await run(['agree', dir, '--coders', 'sari,auto']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/judged by 5-fold cross-validation/);
    expect(r.stdout).toMatch(/Expected agreement with sari\s+on segments not yet coded: kappa -?\d\.\d\d/);
    expect(r.stdout).toMatch(/Polarity: where both gave a code \(\d+\), they agree on support\/limit in \d+%/);
    const json = await run(['agree', dir, '--coders', 'sari,auto', '--format', 'json']);
    const parsed = JSON.parse(json.stdout) as { crossValidation: { folds: number }; polarity: { units: number } };
    expect(parsed.crossValidation.folds).toBe(5);
    expect(parsed.polarity.units).toBeGreaterThan(0);
  });
});

describe('telaah code --explain', () => {
  it('prints every candidate with keyword hits, similarity, learned weight, confidence and polarity cues', async () => {
    const dir = copyPujud();
    const r = await run(['code', dir, '--explain', 'pujud-camat#12']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^membangun-kepercayaan/m);
    expect(r.stdout).toMatch(/confidence (0\.\d\d|1\.00) {2}assigned/);
    expect(r.stdout).toMatch(/keywords {3}.*percaya/);
    expect(r.stdout).toMatch(/similarity 0\.\d{3} to definition/);
    expect(r.stdout).toMatch(/learned {4}log-odds -?\d/);
    expect(r.stdout).toMatch(/polarity {3}limit \(cues: .*kendala/);
  });

  it('says that a cue in view was not live when the polarity is support ("kecurigaan … berangsur hilang")', async () => {
    const dir = miniProject({ 'w1.md': '---\nid: w1\ninformant: Bu Sari\n---\nSari: Setelah rapat rutin tiap bulan, kecurigaan warga terhadap program berangsur hilang dan kami percaya pada pengurus.\n' });
    const r = await run(['code', dir, '--explain', 'w1#1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^membangun-kepercayaan/m);
    expect(r.stdout).toMatch(/polarity {3}support \(no live limiting cue in its clauses: negated, vanished, hypothetical or past cues do not count; learned P\(limit\) 0\.\d\d\)/);
  });

  it('names the segment it cannot find, with the nearest id', async () => {
    const r = await run(['code', copyPujud(), '--explain', 'pujud-camat#99']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no segment "pujud-camat#99".*did you mean pujud-camat#9\?/);
  });
});

describe('the interactive coder re-ranks as codings accumulate', () => {
  it('suggests a code for the next segments once the coder has coded similar ones', async () => {
    const { rerank } = await import('../src/interactive/items.js');
    const item = { transcript: 't', segment: 't#2', lines: [2, 2] as [number, number], text: 'Sekarang orang titip motor ke petugas.', highlights: [], suggestions: [] };
    const learner = trainLearner(tiny, []);
    const args = [new Set<string>(), () => 'id', tiny, tiny.codebook, 'id', 0, learner] as const;
    expect(rerank([item], -1, ...args)[0]!.suggestions.map((g) => g.code)).not.toContain('trust');
    learner.add({ text: 'Warga sekarang titip kunci rumah ke petugas ronda kalau mudik.', lang: 'id', codes: ['trust'] });
    learner.add({ text: 'Ibu-ibu titip anak ke pos ronda, tidak khawatir lagi.', lang: 'id', codes: ['trust'] });
    expect(rerank([item], -1, ...args)[0]!.suggestions.map((g) => g.code)).toContain('trust');
    // decided segments and those before the cursor keep what they had
    expect(rerank([item], 0, ...args)[0]!.suggestions).toEqual([]);
  });
});
