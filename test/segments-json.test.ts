/**
 * segments.jsonl is written line by line without building an object per segment (issue 18): every
 * line must be exactly what JSON.stringify gives for the object of the DESIGN contract, whatever
 * the strings hold (quotes, backslashes, control characters, lone surrogates, non-Latin scripts)
 * and whichever optional keys are there.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodeAssignment, CodedSegment } from '../src/model/analysis.js';
import { segmentsJsonl } from '../src/output/segments.js';

/** The contract, as the writer built it before: an object per segment, JSON.stringify. */
function reference(segments: CodedSegment[]): string {
  const assignment = (a: CodeAssignment) => {
    const o: Record<string, unknown> = { code: a.code, path: a.path, origin: a.origin, polarity: a.polarity };
    if (a.polarityBy) o.polarity_by = a.polarityBy;
    o.score = a.score;
    if (a.confidence !== undefined) o.confidence = a.confidence;
    o.terms = a.terms;
    if (a.memo) o.memo = a.memo;
    return o;
  };
  return segments.map((s) => {
    const m = s.transcript.meta;
    const o: Record<string, unknown> = {
      transcript: m.id, segment: s.reduced.segment.id, lines: s.reduced.segment.lines, speaker: s.reduced.segment.speaker ?? null,
      informant: m.informant ?? null, group: m.group ?? null, method: m.method, text: s.reduced.text, kept: s.reduced.kept,
      codes: s.codes.map(assignment),
    };
    if (s.reduced.reason) o.dropped = s.reduced.reason;
    if (s.suggestions.length) o.suggestions = s.suggestions.map(assignment);
    return `${JSON.stringify(o)}\n`;
  }).join('');
}

const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '"', '\\', '\n', '\t', '\u0001', '\u001f', '\u007f', 'é', '–', '→', '漢', '\ud800', '\udc00', '😀') });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const assignment: fc.Arbitrary<CodeAssignment> = fc.record({
  code: text, path: fc.array(text, { maxLength: 3 }), origin: text, polarity: fc.constantFrom('support', 'limit'),
  score: fc.oneof(fc.integer(), fc.double()), terms: fc.array(text, { maxLength: 3 }),
}).chain((a) => fc.record({ confidence: opt(fc.double({ min: 0, max: 1 })), memo: opt(text), learned: fc.boolean() }).map((x) => {
  const out: CodeAssignment = { ...a };
  if (x.learned) out.polarityBy = 'learned';
  if (x.confidence !== undefined) out.confidence = x.confidence;
  if (x.memo !== undefined) out.memo = x.memo;
  return out;
}));
const meta = fc.record({ id: text, informant: opt(text), group: opt(text), method: fc.constantFrom('interview', 'document') });
const segment = (m: object) => fc.record({
  id: text, lines: fc.tuple(fc.nat(), fc.nat()), speaker: opt(text), text, kept: fc.boolean(),
  reason: opt(fc.constantFrom('interviewer', 'duplicate', 'greeting')), codes: fc.array(assignment, { maxLength: 3 }), suggestions: fc.array(assignment, { maxLength: 2 }),
}).map((s) => ({
  transcript: { meta: m }, lang: 'id', codes: s.codes, suggestions: s.suggestions,
  reduced: { segment: { id: s.id, lines: s.lines, ...(s.speaker === undefined ? {} : { speaker: s.speaker }) }, text: s.text, kept: s.kept, words: 1, ...(s.reason ? { reason: s.reason } : {}) },
}) as unknown as CodedSegment);

describe('segments.jsonl writer', () => {
  it('writes what JSON.stringify writes for the contract object, for any strings and optional keys', () => {
    fc.assert(fc.property(fc.array(meta.chain((m) => fc.array(segment(m), { maxLength: 4 })), { maxLength: 3 }), (groups) => {
      const segments = groups.flat();
      expect(segmentsJsonl(segments)).toBe(reference(segments));
    }), { numRuns: 300 });
  });
});
