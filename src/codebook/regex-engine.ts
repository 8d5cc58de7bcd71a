/**
 * The engine `/regex/` keywords run on: RE2JS, a pure-JavaScript port of RE2 (no compiler, no
 * native binary to install). RE2 matches in time linear in the text, whatever the pattern, so no
 * keyword can hang `run`, `code`, `kwic` or the interactive coder — bounded by design, not by
 * spotting risky patterns. The price is RE2 syntax: no lookahead/lookbehind, no backreferences
 * (docs/codebook-format.md). JavaScript spellings (`\uXXXX`, `\u{…}`, `(?<name>…)`) are translated.
 *
 * Matching is case-insensitive. A pattern without capital letters runs case-sensitively on the
 * lower-cased text instead: same matches, but then RE2's required-substring prefilter works, and it
 * is checked here with the native `String.prototype.includes` before RE2JS is asked at all — most
 * segments contain none of a keyword's literal parts (measured: 2% of segment × pattern pairs in
 * the samples), and a call into RE2JS costs several microseconds even when nothing matches.
 */
import { RE2JS } from 're2js';

export interface KeywordRegex {
  /** The pattern as the codebook wrote it (between the slashes). */
  source: string;
  /** Case-insensitive, for the text as it is. */
  fold: RE2JS;
  /** Case-sensitive, for the lower-cased text: only for patterns without capitals. */
  lower?: RE2JS;
  /**
   * For `lower` when every match is at most `maxLen` UTF-16 units long (no repeat without bound,
   * no ^ or $) and contains one of `literals`: a long text is searched only around those strings.
   */
  windows?: { maxLen: number; literals: string[] };
}

/** A regex keyword compiled, or a message saying why it cannot run. */
export function compileKeywordRegex(source: string): KeywordRegex | { problem: string } {
  try {
    const re2 = RE2JS.translateRegExp(source);
    const fold = RE2JS.compile(re2, RE2JS.CASE_INSENSITIVE);
    // capitals outside escapes (\W, \D, \S, \B, \P{…} are escapes) would not match lower-cased text
    const noCapitals = !/\p{Lu}/u.test(re2.replace(/\\(?:[pP]\{[^}]*\}|x\{[^}]*\}|.)/gsu, ''));
    if (!noCapitals) return { source, fold };
    const lower = RE2JS.compile(re2, 0);
    const windows = windowsOf(lower);
    return { source, fold, lower, ...(windows ? { windows } : {}) };
  } catch (e) {
    const msg = ((e as Error).message || String(e)).replace(/^error parsing regexp: /, '').replace('`(?i)', '`');
    const unsupported = /unsupported|invalid named capture|invalid escape sequence: `\\\d/.test(msg);
    return { problem: unsupported ? `${msg} (regex keywords use RE2 syntax: no lookaround, no backreferences)` : msg };
  }
}

/**
 * Finds keyword regexes in one text: `scan(k, hit)` calls `hit(start, end)` (UTF-16 offsets into
 * the text) for each non-empty match of `k`, left to right, each search starting where the previous
 * match ended (as `String.prototype.matchAll`). The text is lower-cased once for all keywords.
 */
export function regexScanner(text: string): (k: KeywordRegex, hit: (start: number, end: number) => void) => void {
  let lowered: string | undefined;
  return (k, hit) => {
    lowered ??= text.toLowerCase();
    // lower-casing may change the length (İ → i̇): then offsets would shift, so match the text as it is
    const useLower = k.lower && lowered.length === text.length;
    if (!useLower) return scanRange(k.fold, text, 0, 0, text.length, hit);
    const re = k.lower!;
    if (!mayMatch(re, lowered)) return;
    const w = k.windows;
    if (!w || lowered.length < 8 * w.maxLen + 64) return scanRange(re, lowered, 0, 0, lowered.length, hit);
    // every match starts at most maxLen before an occurrence of a required string, and ends within
    // maxLen of its start: search only there, with one character of context either side (for \b)
    let from = 0;
    for (const [a, b] of cores(lowered, w.literals, w.maxLen)) {
      if (b < from) continue;
      from = scanRange(re, lowered, Math.max(a, from), b, Math.min(lowered.length, b + w.maxLen + 1), hit);
    }
  };
}

/**
 * Matches of `re` in `text` that start in [from, lastStart], searching the text up to `end` (with
 * one character before `from` as context); non-overlapping, left to right. Returns where the next
 * search may start.
 */
function scanRange(re: RE2JS, text: string, from: number, lastStart: number, end: number, hit: (start: number, end: number) => void): number {
  const whole = from === 0 && end === text.length;
  const offset = whole ? 0 : Math.max(0, from - 1);
  const m = re.matcher(whole ? text : text.slice(offset, end));
  let at = from - offset;
  const limit = whole ? text.length : lastStart - offset;
  let next = from;
  while (at <= limit && m.find(at)) {
    const start = m.start();
    if (start > limit) break;
    const stop = m.end();
    if (stop > start) hit(start + offset, stop + offset);
    at = stop > start ? stop : start + 1;
    next = at + offset;
  }
  return next;
}

/** Merged ranges [first, last] of possible match starts: maxLen before each occurrence of a literal, up to it. */
function cores(text: string, literals: string[], maxLen: number): [number, number][] {
  const at: number[] = [];
  for (const lit of literals) for (let i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + 1)) at.push(i);
  at.sort((x, y) => x - y);
  const out: [number, number][] = [];
  for (const p of at) {
    const a = Math.max(0, p - maxLen);
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], p);
    else out.push([a, p]);
  }
  return out;
}

/** RE2 program instructions (re2js Inst): the ones this file reads. */
interface Inst {
  op: number;
  out: number;
  arg: number;
}
const ALT = 1;
const ALT_MATCH = 2;
const EMPTY_WIDTH = 4;
const FAIL = 5;
const MATCH = 6;
const RUNE_FIRST = 8;
const RUNE_LAST = 11;
const WORD_BOUNDARIES = 16 | 32;

/**
 * When every match of `re` is short and contains a known string: the longest match in UTF-16 units
 * (the longest path through RE2's compiled program, two units per character) and those strings.
 * Undefined for a program with a loop (a repeat without bound), an anchor other than \b / \B, an
 * instruction this file does not know, or no required string.
 */
function windowsOf(re: RE2JS): { maxLen: number; literals: string[] } | undefined {
  const pf = (re.re2() as unknown as { prefilter?: Prefilter | null }).prefilter;
  const literals = pf ? requiredStrings(pf) : undefined;
  if (!literals?.length || literals.some((l) => l.length === 0)) return undefined;
  const prog = (re.re2() as unknown as { prog?: { inst?: Inst[]; start?: number } }).prog;
  const inst = prog?.inst;
  if (!inst || typeof prog?.start !== 'number') return undefined;
  const memo = new Map<number, number>();
  const open = new Set<number>();
  const longest = (pc: number): number => {
    const known = memo.get(pc);
    if (known !== undefined) return known;
    const i = inst[pc];
    if (!i || open.has(pc)) return Infinity;
    open.add(pc);
    let n: number;
    if (i.op === ALT || i.op === ALT_MATCH) n = Math.max(longest(i.out), longest(i.arg));
    else if (i.op === MATCH || i.op === FAIL) n = 0;
    else if (i.op >= RUNE_FIRST && i.op <= RUNE_LAST) n = 2 + longest(i.out);
    else if (i.op === EMPTY_WIDTH) n = (i.arg & ~WORD_BOUNDARIES) === 0 ? longest(i.out) : Infinity;
    else if (i.op === 3 || i.op === 7) n = longest(i.out); // CAPTURE, NOP
    else n = Infinity;
    open.delete(pc);
    memo.set(pc, n);
    return n;
  };
  const maxLen = longest(prog.start);
  return Number.isFinite(maxLen) && maxLen > 0 ? { maxLen, literals } : undefined;
}

/** Strings one of which every match contains: an EXACT prefilter, an OR of EXACTs, or one such part of an AND. */
function requiredStrings(pf: Prefilter): string[] | undefined {
  if (pf.type === EXACT) return typeof pf.str === 'string' ? [pf.str] : undefined;
  if (pf.type === OR) {
    const subs = pf.subs ?? [];
    return subs.length && subs.every((x) => x.type === EXACT && typeof x.str === 'string') ? subs.map((x) => x.str!) : undefined;
  }
  if (pf.type === AND) {
    // the rarest-looking part: the one whose shortest string is longest (not the " " of "a b")
    const parts = (pf.subs ?? []).map(requiredStrings).filter((r): r is string[] => !!r);
    const shortest = (r: string[]) => Math.min(...r.map((x) => x.length));
    return parts.sort((x, y) => shortest(y) - shortest(x))[0];
  }
  return undefined;
}

/** RE2's prefilter shape (see re2js PrefilterTree): required substrings, combined by AND / OR. */
interface Prefilter {
  type: number;
  str?: string;
  subs?: Prefilter[];
}
const EXACT = 1;
const AND = 2;
const OR = 3;

/**
 * False only when the text lacks substrings every match must contain. Reads RE2JS's own prefilter
 * (computed by the library for this very pattern, so it is as sound as RE2JS); a shape it does not
 * know counts as "may match", so a change in the library costs speed, never matches.
 */
function mayMatch(re: RE2JS, text: string): boolean {
  let pf = ordered.get(re);
  if (pf === undefined) {
    const own = (re.re2() as unknown as { prefilter?: Prefilter | null }).prefilter;
    pf = own ? rarestFirst(own) : null;
    ordered.set(re, pf);
  }
  return !pf || holds(pf, text);
}

/**
 * Each pattern's prefilter with the parts of every AND tried rarest first (longest shortest
 * string): "(yang|pihak) (kuat|lemah|berkuasa)" fails on most segments at "kuat|lemah|…" without
 * searching for "yang", which nearly every Indonesian segment holds. Same answer, fewer searches.
 */
const ordered = new WeakMap<RE2JS, Prefilter | null>();
function rarestFirst(pf: Prefilter): Prefilter {
  if (!pf.subs) return pf;
  const subs = pf.subs.map(rarestFirst);
  if (pf.type !== AND) return { ...pf, subs };
  const rank = (x: Prefilter) => {
    const req = requiredStrings(x);
    return req?.length ? Math.min(...req.map((r) => r.length)) : 0;
  };
  return { ...pf, subs: subs.map((x) => ({ x, r: rank(x) })).sort((a, b) => b.r - a.r).map((e) => e.x) };
}

function holds(pf: Prefilter, text: string): boolean {
  switch (pf.type) {
    case EXACT:
      return typeof pf.str !== 'string' || text.includes(pf.str);
    case AND:
      return (pf.subs ?? []).every((s) => holds(s, text));
    case OR: {
      if (!pf.subs) return true;
      const any = literalAlternation(pf.subs);
      return any ? any.test(text) : pf.subs.some((s) => holds(s, text));
    }
    default:
      return true;
  }
}

/**
 * One native regex for "contains one of these strings" (V8 scans an alternation of plain strings
 * far faster than a loop of `includes`). Plain strings only — no quantifier, so no backtracking
 * beyond the length of one string at each position.
 */
const alternations = new WeakMap<Prefilter[], RegExp | null>();
function literalAlternation(subs: Prefilter[]): RegExp | null {
  let re = alternations.get(subs);
  if (re === undefined) {
    const plain = subs.every((s) => s.type === EXACT && typeof s.str === 'string' && s.str.length > 0);
    // `-` is not special outside a class, and escaped under the u flag it is a syntax error
    re = plain ? new RegExp(subs.map((s) => s.str!.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|'), 'u') : null;
    alternations.set(subs, re);
  }
  return re;
}
