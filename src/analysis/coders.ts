/**
 * Agreement between two coders over the project's codable segments, per code and pooled over all
 * (segment, code) pairs. A coder is `manual:<name>` or the automatic coder `auto`. Units are the kept
 * segments of the transcripts both coders coded (a coder who has not opened a transcript has not
 * decided anything there). Pure.
 */
import type { CodedSegment, Polarity } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';
import { agreementOf, type Agreement } from './agreement.js';

export interface CoderAgreement {
  overall: Agreement;
  /** Where both gave a code: the share where they also agree on support/limit. */
  polarity: { units: number; agreement: number | null };
  /** Segments where both gave a code but not the same polarity. */
  polarityDisagreements: { segment: CodedSegment; code: string; a: Polarity; b: Polarity }[];
  codes: ({ code: string } & Agreement)[];
  /** Segments where the coders differ, with the codes only one of them gave. */
  disagreements: { segment: CodedSegment; onlyA: string[]; onlyB: string[] }[];
  transcripts: string[];
}

const originOf = (coder: string) => (coder === 'auto' ? 'auto' : `manual:${coder}`);

/** The codes one coder gave a segment, with their polarity (a limit wins when one coder gave both). */
function codesBy(s: CodedSegment, origin: string): Map<string, Polarity> {
  const m = new Map<string, Polarity>();
  for (const c of [...s.codes, ...s.suggestions]) if (c.origin === origin && m.get(c.code) !== 'limit') m.set(c.code, c.polarity);
  return m;
}

export function coderAgreement(segments: CodedSegment[], cb: Codebook, a: string, b: string): CoderAgreement {
  const oa = originOf(a);
  const ob = originOf(b);
  const touched = (o: string) => new Set(segments.filter((s) => codesBy(s, o).size > 0).map((s) => s.transcript.meta.id));
  const ta = touched(oa);
  const tb = touched(ob);
  const transcripts = [...new Set(segments.map((s) => s.transcript.meta.id))].filter((t) => ta.has(t) && tb.has(t));
  const units = segments.filter((s) => s.reduced.kept && transcripts.includes(s.transcript.meta.id));
  const decided = units.map((s) => ({ s, A: codesBy(s, oa), B: codesBy(s, ob) }));
  const pooled: [boolean, boolean][] = [];
  const codes = cb.codes.map((code) => {
    const pairs = decided.map(({ A, B }) => [A.has(code.id), B.has(code.id)] as [boolean, boolean]);
    pooled.push(...pairs);
    return { code: code.id, ...agreementOf(pairs) };
  });
  const disagreements = decided
    .map(({ s, A, B }) => ({ segment: s, onlyA: [...A.keys()].filter((c) => !B.has(c)), onlyB: [...B.keys()].filter((c) => !A.has(c)) }))
    .filter((d) => d.onlyA.length + d.onlyB.length > 0);
  const polarityDisagreements: CoderAgreement['polarityDisagreements'] = [];
  let both = 0;
  for (const { s, A, B } of decided) {
    for (const [code, pa] of A) {
      const pb = B.get(code);
      if (pb === undefined) continue;
      both++;
      if (pa !== pb) polarityDisagreements.push({ segment: s, code, a: pa, b: pb });
    }
  }
  const polarity = { units: both, agreement: both ? Math.round(((both - polarityDisagreements.length) / both) * 10000) / 10000 : null };
  return { overall: agreementOf(pooled), polarity, polarityDisagreements, codes, disagreements, transcripts };
}
