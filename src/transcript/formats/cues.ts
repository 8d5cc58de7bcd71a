/**
 * Subtitle cues (from .vtt or .srt) → transcript text in the Markdown model. Pure.
 *
 * One line per cue, so line n of the text is cue n of the file: `[start] Name: text`, every line
 * naming its speaker (the parser, given the cue speakers, reads the same name on consecutive lines
 * as one turn), or `[start] text` before any cue has named one. A cue names its speaker with a
 * voice tag `<v Name>` or, in files without voice tags, with `Name:` at its start; a cue without a
 * name continues the previous speaker.
 */
import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';

export interface Cue {
  /** 1-based line of the cue's timing line in the subtitle file. */
  line: number;
  /** Start time in milliseconds. */
  start: number;
  /** The cue's text lines as written (tags and entities still in). */
  payload: string[];
}

export interface CueText {
  text: string;
  /** Every speaker name the cues give, for the parser to match exactly. */
  speakers: string[];
  diagnostics: Diagnostic[];
}

const TIME_RE = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$/;

/** `01:02:03.500`, `02:03.500` or SRT's `01:02:03,500` → milliseconds. */
export function parseTime(s: string): number | undefined {
  const m = TIME_RE.exec(s);
  if (!m) return undefined;
  const [h, min, sec] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])];
  if (min > 59 || sec > 59) return undefined;
  return ((h * 60 + min) * 60 + sec) * 1000 + Number(m[4]!.padEnd(3, '0'));
}

/** Milliseconds → `HH:MM:SS.mmm`, the form timestamps take in the transcript text. */
export function formatTime(ms: number): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const s = Math.floor(ms / 1000);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}.${pad(ms % 1000, 3)}`;
}

/**
 * A timing line `start --> end [settings]`: the start time, or a Diagnostic at the column of the
 * part that is wrong.
 */
export function readTiming(lineText: string, line: number, file: string, example: string): { start: number } | { diagnostic: Diagnostic } {
  const hint = `cue times look like ${example}`;
  const arrow = lineText.indexOf('-->');
  const left = lineText.slice(0, arrow);
  const startTok = left.trim();
  const startCol = left.length - left.trimStart().length + 1;
  const right = lineText.slice(arrow + 3);
  const endTok = right.trim().split(/\s+/)[0] ?? '';
  const endCol = arrow + 3 + (right.length - right.trimStart().length) + 1;
  const start = parseTime(startTok);
  if (start === undefined) {
    return { diagnostic: diagnostic({ file, line, column: startCol }, 'cue-timing', 'error', `"${startTok}" is not a cue start time`, hint) };
  }
  const end = parseTime(endTok);
  if (end === undefined) {
    return { diagnostic: diagnostic({ file, line, column: endCol }, 'cue-timing', 'error', `"${endTok}" is not a cue end time`, hint) };
  }
  if (end < start) {
    return { diagnostic: diagnostic({ file, line, column: endCol }, 'cue-timing', 'error', `the cue ends (${endTok}) before it starts (${startTok})`) };
  }
  return { start };
}

const VOICE_RE = /<v(?:\.[^\s>]*)?[ \t]+([^>]*)>/;
const NAME_RE = /^([\p{L}\p{N}][^:<>\n]{0,59}?)\s*:\s+(?=\S)/u;
const MAX_NAME_WORDS = 6;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '' };

export function cuesToText(cues: readonly Cue[], file: string): CueText {
  const voiced = cues.some((c) => c.payload.some((l) => VOICE_RE.test(l)));
  const speakers = new Set<string>();
  const out: string[] = [];
  let current: string | undefined;
  for (const cue of cues) {
    const raw = cue.payload.join(' ');
    let name: string | undefined;
    let text: string;
    if (voiced) {
      const v = VOICE_RE.exec(raw);
      name = v ? cleanName(v[1]!) : undefined;
      text = plain(raw);
    } else {
      text = plain(raw);
      const m = NAME_RE.exec(text);
      if (m && m[1]!.trim().split(/\s+/).length <= MAX_NAME_WORDS) {
        name = cleanName(m[1]!);
        text = text.slice(m[0].length);
      }
    }
    const ts = `[${formatTime(cue.start)}]`;
    if (name) {
      current = name;
      speakers.add(name);
    }
    // every line names its speaker (the parser reads the same name again as the same turn), so a
    // cue whose text starts like "Rina Kusuma: …" cannot be taken for another speaker's turn
    if (current) out.push(text ? `${ts} ${current}: ${text}` : `${ts} ${current}:`);
    else out.push(text ? `${ts} ${text}` : ts);
  }
  const diagnostics: Diagnostic[] = [];
  if (cues.length > 0 && speakers.size === 0) {
    diagnostics.push(diagnostic({ file, line: cues[0]!.line, column: 1 }, 'cue-no-speaker', 'warning',
      'no cue names its speaker, so the whole file is read as one turn',
      'start each cue with `Name:` or a voice tag `<v Name>` (Zoom and Teams exports have them)'));
  }
  return { text: out.length ? `${out.join('\n')}\n` : '', speakers: [...speakers], diagnostics };
}

/** Cue text without tags (`<i>`, `<c.x>`, `<00:01.000>`, SRT's `{\an8}`) and entities, on one line. */
function plain(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/\{\\[^}]*\}/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
      }
      return ENTITIES[ref.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function cleanName(s: string): string {
  return plain(s).replace(/:/g, '').replace(/\s+/g, ' ').trim();
}

export interface Block {
  /** 0-based index of the block's first line. */
  at: number;
  lines: string[];
}

/** Groups lines into blocks separated by blank lines. */
export function blocks(lines: readonly string[], from = 0): Block[] {
  const out: Block[] = [];
  let cur: Block | undefined;
  for (let i = from; i < lines.length; i++) {
    if (lines[i]!.trim() === '') {
      cur = undefined;
      continue;
    }
    if (!cur) out.push((cur = { at: i, lines: [] }));
    cur.lines.push(lines[i]!);
  }
  return out;
}

/** The cue whose timing line is line `t` of block `b`, or the Diagnostic for its timing. */
export function cueAt(b: Block, t: number, file: string, example: string): Cue | Diagnostic {
  const timing = readTiming(b.lines[t]!, b.at + t + 1, file, example);
  return 'diagnostic' in timing ? timing.diagnostic : { line: b.at + t + 1, start: timing.start, payload: b.lines.slice(t + 1) };
}

/** The transcript text of the cues read, after the problems found reading them. */
export function subtitleText(read: ReadonlyArray<Cue | Diagnostic>, file: string): CueText {
  const cues = read.filter((r): r is Cue => 'payload' in r);
  const out = cuesToText(cues, file);
  return { ...out, diagnostics: [...read.filter((r): r is Diagnostic => !('payload' in r)), ...out.diagnostics] };
}
