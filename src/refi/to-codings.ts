/**
 * The selections of a REFI-QDA project as telaah manual codings, per user: each source is matched to
 * a project transcript (by name, else by text), each selection's text is cut from the source by
 * code points — or, when that text is not in the transcript, by UTF-16 units (NVivo for Windows) —
 * and written as a quote that anchors in the transcript. A file without the source's text (a bare
 * .qde) can only have its positions applied to the transcript: then the counting that cuts whole
 * words is chosen (./counting.ts), cuts inside words are dropped, and a warning says the positions
 * were not verified. Codings already in a coder's file are not added twice. Pure.
 */
import { anchorQuote, fold, quoteHints } from '../codings/anchor.js';
import type { NewCoding } from '../codings/edit.js';
import { resolveCodings, segmentAt } from '../codings/resolve.js';
import { slug } from '../codebook/parse.js';
import type { Codebook } from '../model/codebook.js';
import type { CodingsFile } from '../model/coding.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Transcript } from '../model/transcript.js';
import { AUTO_USER, bodyOffset, LIMIT_MARK } from './from-analysis.js';
import { codeGuid } from './guid.js';
import { flattenCodes, type RefiCode, type RefiProject, type RefiSelection, type RefiTextSource } from './model.js';
import { boundaryScore, chooseCounting, countings, onWordBoundaries } from './counting.js';
import { positionMap } from './positions.js';

export interface CodingsImportInput {
  project: RefiProject;
  /** Source GUID → its plain text (from the .qdpx, or inline), when available. */
  texts: ReadonlyMap<string, string>;
  transcripts: Transcript[];
  codebook: Codebook;
  existing: CodingsFile[];
  /** The imported file, as shown in messages. */
  file: string;
}

export interface CodingsImport {
  /** Coder name → codings to append to codings/<coder>.yaml. */
  byCoder: Map<string, NewCoding[]>;
  diagnostics: Diagnostic[];
  counts: { selections: number; imported: number; already: number; auto: number; skipped: number };
}

/** A user's name as a telaah coder name (letters, digits, `.`, `_`, `-`). */
export function coderName(user: string | undefined): string {
  const n = (user ?? '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return n || 'imported';
}

export function importCodings(input: CodingsImportInput): CodingsImport {
  const { project, codebook: cb, file } = input;
  const at = { file, line: 1, column: 1 };
  const out: CodingsImport = { byCoder: new Map(), diagnostics: [], counts: { selections: 0, imported: 0, already: 0, auto: 0, skipped: 0 } };
  const warn = (rule: string, message: string, hint?: string) => out.diagnostics.push(diagnostic(at, rule, 'warning', message, hint));
  const users = new Map(project.users.map((u) => [u.guid, u.name]));
  const notes = new Map(project.notes.map((n) => [n.guid, n.text]));
  const toCode = codeMapper(project.codes, cb);
  const unknownCodes = new Set<string>();
  // a coder's code on a segment counts once (as in the analysis): what their file already has there is not added again
  const seen = new Set<string>();
  for (const [segment, list] of resolveCodings(input.existing, input.transcripts, cb).bySegment) {
    for (const a of list) seen.add(key(a.origin.replace(/^manual:/, ''), segment, a.code));
  }

  const folded = foldOnce();
  for (const src of project.sources) {
    const coded = src.selections.filter((s) => s.codings.length);
    if (!coded.length) continue;
    out.counts.selections += coded.length;
    const t = matchTranscript(src, input.texts.get(src.guid), input.transcripts, folded);
    if (!t) {
      const n = src.selections.reduce((k, s) => k + s.codings.length, 0);
      out.counts.skipped += n;
      warn('unmatched-source', `source "${src.name}" matches no transcript of the project by name or text; ${n === 1 ? 'its coding is' : `its ${n} codings are`} not imported`,
        'put the transcript in the project (named like the source), then import again');
      continue;
    }
    const given = input.texts.get(src.guid);
    let cut = given === undefined ? undefined : cutter(given, t, coded);
    let usable = coded;
    if (!cut) {
      // no text of the source in the file: positions can only be applied to the transcript, in the counting that cuts whole words
      const guess = guessCut(t, coded);
      ({ cut, usable } = guess);
      warn('positions-unverified', `source "${src.name}" has no text in ${file}, so its selection positions could not be checked against it; ` +
        `they were applied to transcript ${t.meta.id} (counted in ${guess.counting})`,
        'export the project as .qdpx with the sources inside, or check the imported quotes against the passages you coded');
      const bad = coded.length - usable.length;
      if (bad) {
        out.counts.skipped += coded.filter((s) => !usable.includes(s)).reduce((k, s) => k + s.codings.length, 0);
        warn('implausible-selection', `${bad === 1 ? 'a selection' : `${bad} selections`} of "${src.name}" would cut words of transcript ${t.meta.id} apart ` +
          `under any way of counting positions; ${bad === 1 ? 'it is' : 'they are'} not imported`,
          'the transcript may differ from the source the QDA program coded; code the passages again by hand');
      }
    }
    for (const sel of usable) {
      const found = cut(sel);
      if (!found) {
        out.counts.skipped += sel.codings.length;
        warn('selection-not-found', `a selection of "${src.name}" (positions ${sel.start}–${sel.end}) is not in transcript ${t.meta.id} as it is now; not imported`,
          'the transcript may have been edited since the export; code the passage again by hand');
        continue;
      }
      for (const c of sel.codings) {
        const userName = users.get(c.user ?? sel.user ?? src.user ?? '');
        if (userName === AUTO_USER) {
          out.counts.auto++;
          continue; // telaah's own automatic codes: recomputed by every run, not a person's codings
        }
        const rc = toCode.byGuid.get(c.codeGuid);
        const code = rc ? toCode.id(rc) : undefined;
        if (!code) {
          out.counts.skipped++;
          const name = rc?.name ?? c.codeGuid;
          if (!unknownCodes.has(name)) {
            unknownCodes.add(name);
            warn('unknown-code', `code "${name}" is not in codebook "${cb.id}"; its codings are not imported`,
              `import the codebook first (telaah import ${file} -o codebook.yaml) and use it in telaah.yaml, or add the code`);
          }
          continue;
        }
        const coder = coderName(userName);
        const k = key(coder, segmentAt(t.segments, found.start, found.end)?.id ?? `${t.meta.id}/${found.start}`, code);
        if (seen.has(k)) {
          out.counts.already++;
          continue;
        }
        seen.add(k);
        const memoParts = [...sel.notes, ...c.notes].map((g) => notes.get(g)).filter((x): x is string => Boolean(x));
        let memo = memoParts.join(' / ');
        const limit = memo.startsWith(LIMIT_MARK);
        if (limit) memo = memo.slice(LIMIT_MARK.length).trim();
        const entry: NewCoding = { transcript: t.meta.id, code, quote: found.quote, ...quoteHints(t.text, found.start, found.end) };
        if (memo) entry.memo = memo;
        if (limit) entry.polarity = 'limit';
        out.byCoder.set(coder, [...(out.byCoder.get(coder) ?? []), reorder(entry)]);
        out.counts.imported++;
      }
    }
  }
  return out;
}

/** The keys of a coding in the order people read them. */
function reorder(c: NewCoding): NewCoding {
  const { transcript, code, quote, memo, polarity, line, prefix, suffix } = c;
  return { transcript, code, quote, memo, polarity, line, prefix, suffix };
}

function key(coder: string, segment: string, code: string): string {
  return `${coder}\u0000${segment}\u0000${code}`;
}

/** REFI codes → project code ids: telaah's own GUIDs, then the slugged name, then a label. */
function codeMapper(codes: RefiCode[], cb: Codebook) {
  const byGuid = new Map(flattenCodes(codes).map((c) => [c.guid, c]));
  const ids = new Map(cb.codes.map((c) => [codeGuid(cb.id, c.id), c.id]));
  const bySlug = new Set(cb.codes.map((c) => c.id));
  const byLabel = new Map<string, string>();
  for (const c of cb.codes) for (const l of Object.values(c.label)) byLabel.set(l.trim().toLowerCase(), c.id);
  return {
    byGuid,
    id: (rc: RefiCode): string | undefined =>
      ids.get(rc.guid) ?? (bySlug.has(slug(rc.name)) ? slug(rc.name) : undefined) ?? byLabel.get(rc.name.trim().toLowerCase()),
  };
}

function matchTranscript(src: RefiTextSource, text: string | undefined, transcripts: Transcript[], foldedOnce: (text: string) => string): Transcript | undefined {
  const names = (s: string) => {
    const base = s.split(/[\\/]/).pop()!.toLowerCase();
    return [base, base.replace(/\.[^.]+$/, '')];
  };
  const wanted = new Set(names(src.name));
  const byName = transcripts.find((t) => wanted.has(t.meta.id.toLowerCase()) || names(t.file).some((n) => wanted.has(n)));
  if (byName || text === undefined) return byName;
  // folded texts are equal only if the raw ones are near in length: a far longer source (or a
  // hostile one) is not folded at all
  const longest = Math.max(0, ...transcripts.map((t) => t.text.length));
  if (text.length > 2 * longest + 1024) return undefined;
  const folded = foldedOnce(text);
  return transcripts.find((t) => foldedOnce(t.text.slice(bodyOffset(t))) === folded || foldedOnce(t.text) === folded);
}

/** fold(text).text, computed once per distinct text within one import (sources may share a text). */
function foldOnce(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let f = cache.get(text);
    if (f === undefined) cache.set(text, (f = fold(text).text));
    return f;
  };
}

interface Found {
  quote: string;
  /** UTF-16 offsets of the quote in the transcript's file text. */
  start: number;
  end: number;
}

/**
 * Cuts selections out of the source text. Both ways of counting give *some* text of the same
 * source, so the count is chosen per source by where the selections fall: a person selects whole
 * words, so the count that puts more starts and ends on word boundaries wins (code points, the
 * spec's, on a tie). A cut is kept only when its text is in the transcript as it is now.
 */
function cutter(text: string, t: Transcript, selections: RefiSelection[]): (sel: RefiSelection) => Found | undefined {
  const map = positionMap(text);
  const from = bodyOffset(t);
  const byCodePoints = (sel: RefiSelection) => ({ start: map.toUtf16(sel.start), end: map.toUtf16(sel.end) });
  const byUtf16 = (sel: RefiSelection) => ({ start: Math.min(sel.start, text.length), end: Math.min(sel.end, text.length) });
  const valid = selections.filter(isValid);
  const order = boundaryScore(text, valid.map(byUtf16)) > boundaryScore(text, valid.map(byCodePoints)) ? [byUtf16, byCodePoints] : [byCodePoints, byUtf16];
  return (sel) => {
    if (!isValid(sel)) return undefined;
    for (const cut of order) {
      const r = cut(sel);
      const quote = text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
      if (!quote) continue;
      const res = anchorQuote(t.text, quote, { offset: from + r.start });
      if (res.anchor && res.anchor.distance === 0) return { quote, start: res.anchor.start, end: res.anchor.end };
    }
    return undefined;
  };
}

/**
 * Selections cut from the transcript itself (the file has no source text): the counting that puts
 * the most cuts on word boundaries is used, and only the cuts that start and end on one are kept.
 */
function guessCut(t: Transcript, selections: RefiSelection[]): { cut: (sel: RefiSelection) => Found | undefined; usable: RefiSelection[]; counting: string } {
  const from = bodyOffset(t);
  const c = chooseCounting(countings(t.text.slice(from)), selections.filter(isValid));
  const usable = selections.filter((sel) => {
    const r = isValid(sel) ? c.range(sel.start, sel.end) : undefined;
    return r !== undefined && onWordBoundaries(c.text, r);
  });
  const cut = (sel: RefiSelection): Found | undefined => {
    const r = c.range(sel.start, sel.end)!;
    const quote = c.text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
    const res = quote ? anchorQuote(t.text, quote, { offset: from + c.back(r.start) }) : undefined;
    return res?.anchor && res.anchor.distance === 0 ? { quote, start: res.anchor.start, end: res.anchor.end } : undefined;
  };
  return { cut, usable, counting: c.name };
}

function isValid(sel: RefiSelection): boolean {
  return Number.isInteger(sel.start) && Number.isInteger(sel.end) && sel.start >= 0 && sel.end > sel.start;
}
