/**
 * Coded matrices (data display): code × informant / group / method counts, code co-occurrence and
 * the framework chart (informant × code with short quotes). Pure: data in, tables out.
 */
import type { CodedSegment } from '../model/analysis.js';
import { depthOf, isLeaf, labelOf, type Codebook } from '../model/codebook.js';
import { METHODS } from '../model/transcript.js';
import { oneLineStart } from '../text/one-line.js';
import { evidenceByCode, provenance } from './evidence.js';

export interface Matrix {
  name: string;
  /** Column ids and their human labels. */
  columns: { id: string; label: string }[];
  rows: { id: string; label: string; depth: number; cells: (number | string)[] }[];
}

interface Column {
  id: string;
  label: string;
  of: (s: CodedSegment) => string;
}

function transcriptColumns(segments: CodedSegment[]): Column[] {
  const seen = new Map<string, Column>();
  for (const s of segments) {
    const m = s.transcript.meta;
    if (!seen.has(m.id)) seen.set(m.id, { id: m.id, label: m.role ?? m.informant ?? m.id, of: (x) => x.transcript.meta.id });
  }
  return [...seen.values()];
}

function groupColumns(segments: CodedSegment[]): Column[] {
  const ids = [...new Set(segments.map((s) => s.transcript.meta.group ?? '(none)'))];
  return ids.map((id) => ({ id, label: id, of: (x) => x.transcript.meta.group ?? '(none)' }));
}

function methodColumns(segments: CodedSegment[]): Column[] {
  const present = new Set(segments.map((s) => s.transcript.meta.method));
  return METHODS.filter((m) => present.has(m)).map((id) => ({ id, label: id, of: (x) => x.transcript.meta.method }));
}

function countMatrix(name: string, segments: CodedSegment[], cb: Codebook, columns: Column[], lang: string): Matrix {
  const ev = evidenceByCode(segments, cb);
  return {
    name,
    columns: columns.map(({ id, label }) => ({ id, label })),
    rows: cb.codes.map((code) => {
      const list = ev.get(code.id)!;
      return {
        id: code.id, label: labelOf(code, lang), depth: depthOf(cb, code.id),
        cells: columns.map((col) => list.filter((e) => col.of(e.segment) === col.id).length),
      };
    }),
  };
}

export function codeByInformant(segments: CodedSegment[], cb: Codebook, lang: string): Matrix {
  return countMatrix('code-by-informant', segments, cb, transcriptColumns(segments), lang);
}

export function codeByGroup(segments: CodedSegment[], cb: Codebook, lang: string): Matrix {
  return countMatrix('code-by-group', segments, cb, groupColumns(segments), lang);
}

export function codeByMethod(segments: CodedSegment[], cb: Codebook, lang: string): Matrix {
  return countMatrix('code-by-method', segments, cb, methodColumns(segments), lang);
}

/** Leaf × leaf: segments in which both codes are assigned (the diagonal: segments with the code). */
export function cooccurrence(segments: CodedSegment[], cb: Codebook, lang: string): Matrix {
  const leaves = cb.codes.filter((c) => isLeaf(cb, c));
  const ev = evidenceByCode(segments, cb);
  const sets = new Map(leaves.map((c) => [c.id, new Set(ev.get(c.id)!.map((e) => e.segment.reduced.segment.id))]));
  return {
    name: 'cooccurrence',
    columns: leaves.map((c) => ({ id: c.id, label: labelOf(c, lang) })),
    rows: leaves.map((a) => ({
      id: a.id, label: labelOf(a, lang), depth: 0,
      cells: leaves.map((b) => {
        const sa = sets.get(a.id)!;
        const sb = sets.get(b.id)!;
        let n = 0;
        for (const x of sa) if (sb.has(x)) n++;
        return n;
      }),
    })),
  };
}

/** A short quote: the start of the segment text, cut at a word boundary. */
export function shortQuote(text: string, max = 140): string {
  // only the start is shown: a long segment is not folded whole
  const one = oneLineStart(text, max);
  if (one.length <= max) return one;
  const cut = one.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

/**
 * The framework method's chart: rows informants (transcripts, in order), columns leaf codes, cells up
 * to two short quotes with their segment ids and coders (`sari`, `auto 0.82`), hand-coded and then
 * best-scoring first.
 */
export function framework(segments: CodedSegment[], cb: Codebook, lang: string): Matrix {
  const leaves = cb.codes.filter((c) => isLeaf(cb, c));
  const ev = evidenceByCode(segments, cb);
  const cols = transcriptColumns(segments);
  return {
    name: 'framework',
    columns: leaves.map((c) => ({ id: c.id, label: labelOf(c, lang) })),
    rows: cols.map((t) => ({
      id: t.id,
      label: t.label,
      depth: 0,
      cells: leaves.map((c) => {
        const mine = ev.get(c.id)!.filter((e) => e.segment.transcript.meta.id === t.id);
        const best = [...mine].sort((x, y) => Number(y.coders.length > 0) - Number(x.coders.length > 0) || y.score - x.score ||
          x.segment.reduced.segment.n - y.segment.reduced.segment.n).slice(0, 2);
        return best.map((e) => `"${shortQuote(e.segment.reduced.text)}" (${e.segment.reduced.segment.id}${e.polarity === 'limit' ? ', limit' : ''}, ${provenance(e)})`).join(' | ');
      }),
    })),
  };
}

export function allMatrices(segments: CodedSegment[], cb: Codebook, lang: string): Matrix[] {
  return [
    codeByInformant(segments, cb, lang),
    codeByGroup(segments, cb, lang),
    codeByMethod(segments, cb, lang),
    cooccurrence(segments, cb, lang),
    framework(segments, cb, lang),
  ];
}

