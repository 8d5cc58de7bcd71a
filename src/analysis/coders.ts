/**
 * Agreement between two coders over the project's codable segments, per code and pooled over all
 * (segment, code) pairs. A coder is `manual:<name>` or the automatic coder `auto`. Units are the kept
 * segments of the transcripts both coders coded (a coder who has not opened a transcript has not
 * decided anything there). Pure.
 */
import type { CodedSegment } from '../model/analysis.js';
import type { Codebook } from '../model/codebook.js';
import { agreementOf, type Agreement } from './agreement.js';

export interface CoderAgreement {
  overall: Agreement;
  codes: ({ code: string } & Agreement)[];
  /** Segments where the coders differ, with the codes only one of them gave. */
  disagreements: { segment: CodedSegment; onlyA: string[]; onlyB: string[] }[];
  transcripts: string[];
}

const originOf = (coder: string) => (coder === 'auto' ? 'auto' : `manual:${coder}`);

function codesBy(s: CodedSegment, origin: string): Set<string> {
  return new Set([...s.codes, ...s.suggestions].filter((c) => c.origin === origin).map((c) => c.code));
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
    .map(({ s, A, B }) => ({ segment: s, onlyA: [...A].filter((c) => !B.has(c)), onlyB: [...B].filter((c) => !A.has(c)) }))
    .filter((d) => d.onlyA.length + d.onlyB.length > 0);
  return { overall: agreementOf(pooled), codes, disagreements, transcripts };
}
