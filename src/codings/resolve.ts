/**
 * Places every manual coding on a segment: unknown codes and transcripts, orphans (quote no longer
 * found) and ambiguous quotes become Diagnostics pointing into the codings file. Nothing is deleted:
 * an orphan stays in its file until a person removes it. Pure.
 */
import { ancestors, type Codebook } from '../model/codebook.js';
import type { CodeAssignment } from '../model/analysis.js';
import type { CodingsFile } from '../model/coding.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Segment, Transcript, UnreadableTranscript } from '../model/transcript.js';
import { anchorQuote, type AnchorHints, type AnchorResult } from './anchor.js';

export interface ResolvedCodings {
  bySegment: Map<string, CodeAssignment[]>;
  diagnostics: Diagnostic[];
  /** Per coder: the segment ids they coded (for agreement later). */
  coders: string[];
}

/**
 * `transcripts` may be only those some coding names, with `ids` the ids of all the project's
 * transcripts, in order (named in the hint of a coding whose transcript is not in the project).
 */
export function resolveCodings(
  files: CodingsFile[], transcripts: Transcript[], cb: Codebook, ids: readonly string[] = transcripts.map((t) => t.meta.id),
  /** Transcript files left out of the project because of an error (Project.unreadable). */
  unreadable: readonly UnreadableTranscript[] = [],
): ResolvedCodings {
  const byId = new Map(transcripts.map((t) => [t.meta.id, t]));
  const codes = new Set(cb.codes.map((c) => c.id));
  const bySegment = new Map<string, CodeAssignment[]>();
  const diagnostics: Diagnostic[] = [];
  const idList = `${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}`;
  const mayBe = (id: string) => unreadable.filter((u) => !u.ids || u.ids.includes(id)).map((u) => u.file);
  for (const f of files) {
    // with transcripts left out, a missing one is most likely among them: one warning per transcript
    // and file (the transcript's own error says what to mend), not an error per coding
    const missing = new Map<string, { first: CodingsFile['codings'][number]; count: number }>();
    for (const c of f.codings) {
      const t = byId.get(c.transcript);
      if (!t) {
        if (mayBe(c.transcript).length) {
          const m = missing.get(c.transcript);
          if (m) m.count++;
          else missing.set(c.transcript, { first: c, count: 1 });
          continue;
        }
        diagnostics.push(diagnostic(c.pos, 'unknown-transcript', 'error', `coding names transcript "${c.transcript}", which is not in the project`,
          `transcript ids: ${idList}`));
        continue;
      }
      if (!codes.has(c.code)) {
        diagnostics.push(diagnostic(c.codePos, 'unknown-code', 'error', `code "${c.code}" is not in codebook "${cb.id}"`,
          'add it to the codebook, or correct the id'));
        continue;
      }
      const { result: res, segment: seg } = placeCoding(t, c);
      if (!res.anchor) {
        diagnostics.push(diagnostic(c.pos, 'orphaned-coding', 'warning',
          `the quote "${short(c.quote)}" is no longer in ${t.file}; this coding is kept in the file but not counted`,
          'find the passage and update the quote, or delete the coding if the passage is gone'));
        continue;
      }
      if (res.ambiguous) {
        diagnostics.push(diagnostic(c.pos, 'ambiguous-quote', 'warning',
          `the quote "${short(c.quote)}" occurs ${res.candidates} times in ${t.file}; the first is used`,
          'quote a few more words, or add `line:` with the line number'));
      }
      if (!seg) continue;
      const a: CodeAssignment = { code: c.code, path: ancestors(cb, c.code), origin: `manual:${c.coder}`, polarity: 'support', score: 0, terms: [c.quote] };
      if (c.polarity) a.polarity = c.polarity;
      if (c.memo) a.memo = c.memo;
      const list = bySegment.get(seg.id) ?? [];
      // the same code twice by one coder on one segment counts once; as a limit if either says limit
      const same = list.find((x) => x.code === a.code && x.origin === a.origin);
      if (!same) list.push(a);
      else if (a.polarity === 'limit') same.polarity = 'limit';
      bySegment.set(seg.id, list);
    }
    for (const [id, { first, count }] of missing) {
      const maybe = mayBe(id);
      const left = maybe.slice(0, 3).join(', ') + (maybe.length > 3 ? `, and ${maybe.length - 3} more` : '');
      diagnostics.push(diagnostic(first.pos, 'unknown-transcript', 'warning',
        `${count === 1 ? 'a coding names' : `${count} codings name`} transcript "${id}", which was not loaded; ${count === 1 ? 'it is' : 'they are'} kept in this file but not counted`,
        `${left} could not be read (see the error there) and may be this transcript; once mended, these codings count again. Transcript ids loaded: ${idList || '(none)'}`));
    }
  }
  return { bySegment, diagnostics, coders: files.map((f) => f.coder) };
}

/**
 * Where a coding lands: its quote anchored with every hint it stores (line, offset, prefix,
 * suffix), and the segment that holds it. The one answer for the analysis and the codebook edits.
 */
export function placeCoding(t: Transcript, c: { quote: string } & AnchorHints): { result: AnchorResult; segment?: Segment } {
  const hints: AnchorHints = {};
  for (const k of ['line', 'offset', 'prefix', 'suffix'] as const) if (c[k] !== undefined) (hints as Record<string, unknown>)[k] = c[k];
  const result = anchorQuote(t.text, c.quote, hints);
  const segment = result.anchor ? segmentAt(t.segments, result.anchor.start, result.anchor.end) : undefined;
  return segment ? { result, segment } : { result };
}

/** The codable segment that overlaps the passage most (else any segment). */
export function segmentAt(segments: Segment[], start: number, end: number): Segment | undefined {
  let best: Segment | undefined;
  let bestOverlap = -1;
  for (const s of segments) {
    const overlap = Math.min(end, s.offsets[1]) - Math.max(start, s.offsets[0]);
    const score = overlap + (s.codable ? 1e9 : 0);
    if (overlap > 0 && score > bestOverlap) {
      best = s;
      bestOverlap = score;
    }
  }
  return best;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
