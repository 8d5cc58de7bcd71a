/**
 * A coded telaah project as a REFI-QDA project: one TextSource per transcript (its body, after the
 * front matter, as `sources/<guid>.txt`), one PlainTextSelection per coded segment with a Coding
 * per code (manual codings by their coder, automatic ones by the user `telaah-auto`), cases per
 * informant with the variables group, method and role, and memos as Notes. Takes the segments the
 * pipeline coded; recomputes nothing. Pure.
 */
import type { CodeAssignment, CodedSegment } from '../model/analysis.js';
import { labelOf, type Codebook } from '../model/codebook.js';
import type { Transcript } from '../model/transcript.js';
import { codeTree } from './codebook-xml.js';
import { codeGuid, guidFor } from './guid.js';
import type { RefiCase, RefiCoding, RefiNote, RefiProject, RefiSelection, RefiTextSource, RefiUser } from './model.js';
import { positionMap } from './positions.js';

export const AUTO_USER = 'telaah-auto';
/** A memo of a coding whose evidence shows a limit starts with this, so the polarity survives a round trip. */
export const LIMIT_MARK = '[limit]';
const VARIABLES = ['group', 'method', 'role'] as const;

export interface ProjectExportInput {
  name: string;
  origin: string;
  codebook: Codebook;
  transcripts: Transcript[];
  segments: CodedSegment[];
  coders: string[];
  lang: string;
}

export interface ProjectExport {
  project: RefiProject;
  /** Files of the .qdpx besides project.qde: `sources/<guid>.txt` → text. */
  sources: Map<string, string>;
}

/** Where the body starts in a transcript's text (after the front matter), in UTF-16 units. */
export function bodyOffset(t: Transcript): number {
  let off = 0;
  for (let line = 1; line < t.bodyLine; line++) {
    const nl = t.text.indexOf('\n', off);
    if (nl < 0) return t.text.length;
    off = nl + 1;
  }
  return off;
}

export function userName(origin: string): string {
  return origin === 'auto' ? AUTO_USER : origin.replace(/^manual:/, '');
}

export function projectExport(input: ProjectExportInput): ProjectExport {
  const { codebook: cb, lang } = input;
  const userGuid = (name: string) => guidFor('user', name);
  const users: RefiUser[] = [...new Set(input.coders)].sort().concat(AUTO_USER).map((name) => ({ guid: userGuid(name), name }));
  const used = new Set(input.segments.flatMap((s) => s.codes.map((a) => a.code)));
  const bySource = new Map<string, CodedSegment[]>();
  for (const s of input.segments) {
    if (!s.codes.length) continue;
    const list = bySource.get(s.transcript.meta.id) ?? [];
    list.push(s);
    bySource.set(s.transcript.meta.id, list);
  }
  const notes: RefiNote[] = [];
  const sources = new Map<string, string>();
  const textSources: RefiTextSource[] = input.transcripts.map((t) => {
    const guid = guidFor('source', t.meta.id);
    const from = bodyOffset(t);
    const body = t.text.slice(from);
    const map = positionMap(body);
    sources.set(`sources/${guid}.txt`, body);
    const selections: RefiSelection[] = (bySource.get(t.meta.id) ?? []).map((s) => {
      const seg = s.reduced.segment;
      const codings = s.codes.map((a) => coding(a, seg.id, cb, lang, userGuid, notes));
      return {
        guid: guidFor('selection', seg.id), name: seg.id,
        start: map.toCodePoints(seg.offsets[0] - from), end: map.toCodePoints(seg.offsets[1] - from),
        codings, notes: [],
      };
    });
    const src: RefiTextSource = { guid, name: t.meta.id, plainTextPath: `internal://${guid}.txt`, selections };
    const about = [t.meta.role ?? t.meta.informant, t.meta.method, t.meta.date].filter(Boolean).join(', ');
    if (about) src.description = about;
    return src;
  });
  const variables = VARIABLES.map((name) => ({ guid: guidFor('variable', name), name }));
  return {
    project: {
      name: input.name, origin: input.origin, description: cb.title[lang] ?? Object.values(cb.title)[0],
      users, codes: codeTree(cb, { lang, used }), variables, cases: cases(input.transcripts, variables), sources: textSources, notes,
    },
    sources,
  };
}

function coding(a: CodeAssignment, segId: string, cb: Codebook, lang: string, userGuid: (n: string) => string, notes: RefiNote[]): RefiCoding {
  const key = `${segId}/${a.code}/${a.origin}`;
  const user = userName(a.origin);
  const c: RefiCoding = { guid: guidFor('coding', key), codeGuid: codeGuid(cb.id, a.code), user: userGuid(user), notes: [] };
  if (a.origin !== 'auto' && (a.memo || a.polarity === 'limit')) {
    const code = cb.codes.find((x) => x.id === a.code);
    const note: RefiNote = {
      guid: guidFor('note', key), name: `${user}: ${code ? labelOf(code, lang) : a.code} (${segId})`,
      text: [a.polarity === 'limit' ? LIMIT_MARK : '', a.memo ?? ''].filter(Boolean).join(' '),
    };
    notes.push(note);
    c.notes.push(note.guid);
  }
  return c;
}

/** One case per informant (a transcript without `informant:` is its own case), sources in transcript order. */
function cases(transcripts: Transcript[], variables: { guid: string; name: (typeof VARIABLES)[number] }[]): RefiCase[] {
  const byName = new Map<string, Transcript[]>();
  for (const t of transcripts) {
    const name = t.meta.informant ?? t.meta.id;
    byName.set(name, [...(byName.get(name) ?? []), t]);
  }
  return [...byName].map(([name, ts]) => ({
    guid: guidFor('case', name), name,
    values: variables.flatMap((v) => {
      const values = [...new Set(ts.map((t) => t.meta[v.name]).filter((x): x is string => Boolean(x)))];
      return values.length ? [{ variable: v.guid, value: values.join('; ') }] : [];
    }),
    sources: ts.map((t) => guidFor('source', t.meta.id)),
  }));
}
