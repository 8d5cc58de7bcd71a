#!/usr/bin/env node
// npm run eval — how well the automatic coder agrees with hand-labelled passages
// (test/fixtures/eval). The holdout items (split: holdout) are never used to tune keywords or the
// confidence model; the blind items (split: blind) were moreover written by someone who never saw the
// codebooks' keywords or the other items; the blind2 items (split: blind2) are a second such set, by another
// writer, added after the blind figures had been read through several rounds of changes; the blind3 items
// (split: blind3) a third, added on 2026-12-03 and measured before any change made that day; the blind4
// items (split: blind4) a fourth, asked for messier passages like real thesis quotes (long wandering
// answers, findings that weave informants together, polarity told by a story), first measured on
// 2026-12-03 after the polarity change of that morning; the blind5 items (split: blind5) a fifth, half
// messy, measured first later that day; the blind6 items (split: blind6) a sixth, half messy, measured first
// (2026-12-03, third round) with the coder before and after the learned polarity; the blind7 items
// (split: blind7) a seventh, half messy, written at the end of that round and scored first at the start of
// the next (2026-12-03, fifth session) before any change; the blind8 items (split: blind8) an eighth, half
// messy, written in the fifth session and scored first at the start of the sixth before any change; the blind9
// items (split: blind9, style: authors) a ninth, in the authors' register (abstract clauses, findings, a third of
// its ansell-gash-2008 passages filed under a dimension), written in the sixth session alongside dev8 and scored
// once at its end, with the coder before and after that session's changes; the blind10 items a tenth, half messy,
// written in the sixth session and scored first at the start of the seventh before any change; the blind11 items (style:
// authors) an eleventh, short clauses (6–20 words), a third without a finding, written in the seventh session and
// scored once at the start of the eighth with the coders of the seventh's start and end and of the eighth's first
// change (the short-text stage, chosen without them); the blind12 items a twelfth, messy spoken turns (a third without a finding),
// written in the eighth session and scored once at the end of the ninth with the coders of the eighth's start, the ninth's first step and its end. The dev, dev2, dev3,
// dev4 to dev12 items (dev3 as messy as blind4, dev4 to dev7 half messy, dev8 to dev11 in the authors' register,
// dev9 all passages that name an indicator, half of them no finding about it, dev10 and dev11 short clauses, dev12 messy spoken
// turns, a third without a finding) were written the same blind way, to be looked at and fitted on:
// their misses may guide general changes and calibrate fits on them, so they are no longer a measure
// once used. Every figure is printed for each split apart.
// Options: --verbose (list misses), --min-confidence X (default: the project default),
// --tune (tune and dev items only: for whoever improves keywords, so that the holdout and blind items stay unseen),
// --also DIR (also score the sets in DIR, e.g. passages kept outside the project; a split that is neither
// fitted on nor blind is printed on its own line, its misses never listed, and its calibration apart).
import { existsSync, statSync } from 'node:fs';
import { evaluate } from '../dist/analysis/evaluate.js';
import { rankCandidates } from '../dist/passes/code.js';
import { trainLearner } from '../dist/passes/learn.js';
import { DEFAULT_MIN_CONFIDENCE } from '../dist/project/config.js';
import { FIT_SPLITS, foldMatchers, loadSets, PASSAGE_SPLITS } from './eval-data.mjs';

const verbose = process.argv.includes('--verbose');
const tuneOnly = process.argv.includes('--tune');
const mcArg = process.argv.indexOf('--min-confidence');
const minConfidence = mcArg > 0 ? Number(process.argv[mcArg + 1]) : DEFAULT_MIN_CONFIDENCE;
const pct = (x) => (x === null || x === undefined ? '  n/a' : `${(100 * x).toFixed(1).padStart(5)}`);
const line = (label, r) => `  ${label.padEnd(30)} n=${String(r.segments).padStart(3)}  top-1 ${pct(r.top1)}%  coded ${pct(r.coded)}%  top-1 when coded ${pct(r.top1Precision)}%  polarity ${pct(r.polarity)}%`
  + (r.negatives ? `  | no-code items ${r.negatives}, given a code ${pct(r.falseAlarm)}%` : '')
  + `  | codes given ${given(r)}, right ${pct(given(r) ? right(r) / given(r) : null)}%`;
/** Every code the coder gave (over passages with and without a code), and how many of them were right. */
const given = (r) => r.perCode.reduce((s, c) => s + c.tp + c.fp, 0);
const right = (r) => r.perCode.reduce((s, c) => s + c.tp, 0);

/** Splits to fit on; every other split but the holdout was written blind (never tuned on: misses not listed). */
const FIT = FIT_SPLITS;
const alsoArg = process.argv.indexOf('--also');
const also = alsoArg > 0 ? process.argv[alsoArg + 1] : undefined;
if (alsoArg > 0 && (!also || !existsSync(also) || !statSync(also).isDirectory())) {
  console.error(`eval: --also needs a folder of evaluation sets (*.yaml), ${also ? `and ${also} is none` : 'and none was given'}`);
  process.exit(1);
}
const sets = loadSets(also ? [also] : []);
/** The splits whose files were asked for messy passages like real thesis quotes (`style: messy` or `mixed`); the others are tidier. */
const MESSY = new Set(sets.flatMap((g) => g.segments.filter((s) => s.style === 'messy' || s.style === 'mixed').map((s) => s.split)));
/** The splits written in the authors' register (`style: authors`: abstract clauses, findings, some filed under a model's dimensions). */
const AUTHORS = new Set(sets.flatMap((g) => g.segments.filter((s) => s.style === 'authors').map((s) => s.split)));
const order = (a, b) => a.localeCompare(b, 'en', { numeric: true });
const SPLITS = [...new Set(sets.flatMap((g) => g.segments.map((s) => s.split)))].sort(order);
const BLIND = SPLITS.filter((s) => /^blind\d*$/.test(s));
/** Splits that are neither fitted on nor blind nor the holdout: a set just added, scored once before it is fitted on. */
const NEW = SPLITS.filter((s) => s !== 'holdout' && !FIT.includes(s) && !BLIND.includes(s));
const pool = (rs) => {
  const n = rs.reduce((s, r) => s + r.segments, 0);
  const w = (k) => rs.reduce((s, r) => s + (r[k] ?? 0) * r.segments, 0) / n;
  const negatives = rs.reduce((s, r) => s + r.negatives, 0);
  const alarms = rs.reduce((s, r) => s + (r.falseAlarm ?? 0) * r.negatives, 0);
  // polarity is over the passages whose code was found: pooled by that count
  const polarityOf = rs.reduce((s, r) => s + r.polarityOf, 0);
  const polarity = polarityOf ? rs.reduce((s, r) => s + (r.polarity ?? 0) * r.polarityOf, 0) / polarityOf : null;
  return { segments: n, top1: w('top1'), coded: w('coded'), top1Precision: w('top1') / w('coded'), polarity, polarityOf, negatives, falseAlarm: negatives ? alarms / negatives : null, perCode: rs.flatMap((r) => r.perCode) };
};
const totals = Object.fromEntries([...FIT, ...NEW, 'holdout', ...BLIND, 'learned'].map((k) => [k, []]));
const newBins = () => Array.from({ length: 10 }, () => ({ n: 0, right: 0, conf: 0 }));
const bins = newBins();
const freshBins = Object.fromEntries(NEW.map((f) => [f, newBins()]));
console.log(`min_confidence ${minConfidence}\n`);
for (const { codebook, matcher, segments } of sets) {
  console.log(codebook);
  const tune = segments.filter((s) => s.split === 'tune');
  const holdout = tuneOnly ? [] : segments.filter((s) => s.split === 'holdout');
  const of = (split) => (tuneOnly && !FIT.includes(split) ? [] : segments.filter((s) => s.split === split));
  const unseen = [...holdout, ...BLIND.flatMap(of)];
  const fresh = tuneOnly ? [] : NEW;
  // the reference passages' items are measured in 5-fold cross-validation, against a profile without
  // the passages of their fold (else they would find themselves); other fit items (dev4, dev5) against the codebook
  const foldOf = foldMatchers({ codebook }, PASSAGE_SPLITS.flatMap(of));
  const evaluateAll = (segs) => {
    const byMatcher = new Map();
    for (const seg of segs) {
      const m = foldOf.get(seg) ?? matcher;
      byMatcher.set(m, [...(byMatcher.get(m) ?? []), seg]);
    }
    const rs = [...byMatcher].map(([m, part]) => evaluate(part, m, minConfidence));
    return rs.length === 1 ? rs[0] : { ...pool(rs), misses: rs.flatMap((r) => r.misses) };
  };
  for (const [name, segs] of [['tune', tune], ...FIT.filter((f) => f !== 'tune').map((f) => [f, of(f)]), ...fresh.map((f) => [f, segments.filter((s) => s.split === f)]), ['holdout', holdout], ...BLIND.map((b) => [b, of(b)])]) {
    if (!segs.length) continue;
    const r = evaluateAll(segs);
    totals[name].push(r);
    console.log(line(name, r));
    for (const lang of ['id', 'en']) {
      const part = segs.filter((s) => s.language === lang);
      if (part.length) console.log(line(`  ${name} ${lang}`, evaluateAll(part)));
    }
    if ((name === 'tune' && tuneOnly || (name !== 'tune' && FIT.includes(name))) && verbose) for (const m of r.misses) console.log(`    miss ${m.id}: expected ${m.expected}, got ${m.got.join(', ') || '(nothing)'}`);
    if (name !== 'tune') {
      for (const reg of ['spoken', 'finding', 'abstract']) {
        const part = segs.filter((s) => s.register === reg);
        if (part.length) console.log(line(`  ${name} ${reg}`, evaluateAll(part)));
      }
      // the blind items' misses are not listed: nobody should fix keywords on them
      if (verbose && name === 'holdout') for (const m of r.misses) console.log(`    miss ${m.id}: expected ${m.expected}, got ${m.got.join(', ') || '(nothing)'}`);
    }
  }
  if (holdout.length) {
    // the learned coder as a researcher would have it: trained on the tune items as hand codings
    const learner = trainLearner(matcher, tune.filter((s) => s.codes.length).map((s) => ({ text: s.text, lang: s.language, codes: s.codes })));
    const r = evaluate(holdout, matcher, minConfidence, () => learner);
    totals.learned.push(r);
    console.log(line(`holdout + learned (${tune.length} coded)`, r));
  }
  // calibration: every candidate code on the holdout and blind items, by confidence; a new set's apart
  const tally = (into, segs) => {
    for (const seg of segs) {
      for (const c of rankCandidates(seg.text, seg.language, matcher, {})) {
        const b = into[Math.min(9, Math.floor(c.confidence * 10))];
        b.n++;
        b.conf += c.confidence;
        if (seg.codes.includes(c.evidence.code)) b.right++;
      }
    }
  };
  tally(bins, unseen);
  for (const f of fresh) tally(freshBins[f], segments.filter((s) => s.split === f));
  console.log('');
}
console.log('All codebooks');
for (const [k, rs] of Object.entries(totals)) if (rs.length) console.log(line(k === 'learned' ? 'holdout + learned' : k, pool(rs)));
const tidy = BLIND.filter((b) => !MESSY.has(b) && !AUTHORS.has(b) && totals[b].length);
const messy = BLIND.filter((b) => MESSY.has(b) && totals[b].length);
const authors = BLIND.filter((b) => AUTHORS.has(b) && totals[b].length);
const blinds = [...tidy, ...messy, ...authors];
if (tidy.length > 1) console.log(line(`tidy blind sets (${tidy.length})`, pool(tidy.flatMap((b) => totals[b]))));
if (messy.length > 1) console.log(line(`messy blind sets (${messy.length})`, pool(messy.flatMap((b) => totals[b]))));
if (authors.length > 1) console.log(line(`authors' register blind sets (${authors.length})`, pool(authors.flatMap((b) => totals[b]))));
if (blinds.length > 1) console.log(line(`all ${blinds.length} blind sets`, pool(blinds.flatMap((b) => totals[b]))));
// (with --tune there are no such items to show)
const calibration = (title, bs) => {
  if (!bs.some((b) => b.n)) return;
  console.log(`\nCalibration on ${title} (every candidate code): confidence → share right`);
  for (const [i, b] of bs.entries()) {
    if (b.n) console.log(`  ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}  n=${String(b.n).padStart(4)}  mean confidence ${pct(b.conf / b.n)}%  right ${pct(b.right / b.n)}%`);
  }
};
calibration(`the holdout and the ${BLIND.length} blind sets`, bins);
for (const f of NEW) calibration(f, freshBins[f]);
