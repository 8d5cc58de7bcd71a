/**
 * The engine `/regex/` keywords run on: RE2JS, a pure-JavaScript port of RE2 (no compiler, no
 * native binary to install). RE2 matches in time linear in the text, whatever the pattern, so no
 * keyword can hang `run`, `code`, `kwic` or the interactive coder — bounded by design, not by
 * spotting risky patterns. The price is RE2 syntax: no lookahead/lookbehind, no backreferences
 * (docs/codebook-format.md). JavaScript spellings (`\uXXXX`, `\u{…}`, `(?<name>…)`) are translated.
 *
 * Matching is case-insensitive. A pattern without capital letters runs case-sensitively on the
 * lower-cased text instead: same matches, but then RE2's required-substring prefilter works, and it
 * is checked here before RE2JS is asked at all (RegexSet).
 */
import { RE2JS } from 're2js';
import { isStopword } from '../text/stopwords.js';
import { LiteralScan } from './literal-scan.js';

export interface KeywordRegex {
  /** The pattern as the codebook wrote it (between the slashes). */
  source: string;
  /**
   * Case-insensitive, for the text as it is. Where `lower` exists it is needed only for a text that
   * lower-casing lengthens (İ), so it is compiled on first use: every command starts faster (224
   * regex keywords in ansell-gash-2008 took 230 ms to compile both ways in a fresh process).
   */
  readonly fold: RE2JS;
  /** Case-sensitive, for the lower-cased text: only for patterns without capitals. */
  lower?: RE2JS;
  /**
   * For `lower` when every match is at most `maxLen` UTF-16 units long (no repeat without bound,
   * no ^ or $) and contains one of `literals`: a long text is searched only around those strings.
   */
  windows?: { maxLen: number; literals: string[] };
  /**
   * For `lower` when it can match only a few strings (no repeat without bound, small character
   * classes: `\bitu[- ]itu (saja|aja)\b` has four): those strings as one alternation of literals
   * (built on first use). A text without any of them cannot match, and the native search for
   * literals takes a fraction of a microsecond where RE2JS takes many.
   */
  readonly strings?: RegExp;
}

/** A regex keyword compiled, or a message saying why it cannot run. */
export function compileKeywordRegex(source: string): KeywordRegex | { problem: string } {
  try {
    const re2 = RE2JS.translateRegExp(source);
    // capitals outside escapes (\W, \D, \S, \B, \P{…}, \pL are escapes) would not match lower-cased text
    const noCapitals = !/\p{Lu}/u.test(re2.replace(/\\(?:[pP]\{[^}]*\}|[pP][A-Za-z]|x\{[^}]*\}|.)/gsu, ''));
    if (!noCapitals) return { source, fold: RE2JS.compile(re2, RE2JS.CASE_INSENSITIVE) };
    const lower = RE2JS.compile(re2, 0); // the same syntax check as the case-insensitive form
    const windows = windowsOf(lower);
    let fold: RE2JS | undefined;
    let strings: RegExp | null | undefined;
    return {
      source, lower, ...(windows ? { windows } : {}),
      get fold() {
        return (fold ??= RE2JS.compile(re2, RE2JS.CASE_INSENSITIVE));
      },
      get strings() {
        if (strings === undefined) strings = literalAlternation(lower) ?? null;
        return strings ?? undefined;
      },
    };
  } catch (e) {
    const msg = ((e as Error).message || String(e)).replace(/^error parsing regexp: /, '').replace('`(?i)', '`');
    const unsupported = /unsupported|invalid named capture|invalid escape sequence: `\\\d/.test(msg);
    return { problem: unsupported ? `${msg} (regex keywords use RE2 syntax: no lookaround, no backreferences)` : msg };
  }
}

/**
 * Keyword regexes run together on texts: `scan(text, hit)` calls `hit(i, start, end)` (UTF-16
 * offsets into the text) for each non-empty match of regex i, regex by regex, each regex's left to
 * right, each search starting where the previous match ended (as `String.prototype.matchAll`).
 * The text is lower-cased once for all of them, and before RE2JS is asked, each regex's prefilter
 * (the strings every match contains, read from RE2JS) is checked against one scan of the text for
 * the strings of all the prefilters (literal-scan.ts), not one search per string and pattern: most
 * segments hold none of a pattern's strings (2% of segment × pattern pairs in the samples pass),
 * and a call into RE2JS costs several microseconds even when nothing matches.
 */
export class RegexSet {
  private readonly literals: LiteralScan;
  /** Each regex's prefilter over string ids of `literals` (true: may match). */
  private readonly filters: Filter[];
  /**
   * Per id in `literals`: the regexes whose prefilter cannot pass without that string among a few
   * others (see `needs`), so that a scan visits only the prefilters of regexes some string found is
   * needed by.
   */
  private readonly neededBy: number[][];
  /** Every prefilter string by id. */
  private readonly strings: readonly string[];
  /**
   * Per string id: its id in `literals`, or -1. Only the strings some regex needs are scanned for;
   * the others (the single letters and short endings of an AND's other parts, found in nearly every
   * text) are checked with `includes`, for the few candidates whose needed strings occurred.
   */
  private readonly scanIdOf: Int32Array;
  /** The lower-cased text of the current scan. */
  private lowered = '';
  /** Per regex: the number of the scan in which a string it needs was found (=== scans: a candidate). */
  private readonly candidateIn: Int32Array;
  private scans = 0;
  /**
   * Per string id not scanned for: the scan in which `includes` last looked for it, and what it
   * found. Many regexes share such a string (" ", "nya"), so it is looked for once per text.
   */
  private readonly lookedIn: Int32Array;
  private readonly included: Uint8Array;
  /** The regexes that are candidates in every text, ascending. */
  private readonly always: number[] = [];
  /** The candidates of the current scan (reused). */
  private readonly candidates: number[] = [];

  constructor(readonly regexes: readonly KeywordRegex[]) {
    const strings = new Map<string, number>();
    const toFilter = (pf: Prefilter): Filter => {
      switch (pf.type) {
        case EXACT: {
          if (typeof pf.str !== 'string') return true;
          let id = strings.get(pf.str);
          if (id === undefined) strings.set(pf.str, (id = strings.size));
          return id;
        }
        case AND:
          return { all: (pf.subs ?? []).map(toFilter) };
        case OR:
          // no parts: no condition
          return !pf.subs || pf.subs.length === 0 ? true : { any: pf.subs.map(toFilter) };
        default:
          return true;
      }
    };
    this.filters = regexes.map((k) => {
      const pf = k.lower ? prefilterOf(k.lower) : null;
      return pf ? toFilter(pf) : true;
    });
    const list = [...strings.keys()];
    this.strings = list;
    const neededBy: number[][] = list.map(() => []);
    this.candidateIn = new Int32Array(regexes.length).fill(-1);
    this.filters.forEach((f, i) => {
      const need = regexes[i]!.lower ? needs(f, list) : undefined;
      if (need) for (const id of new Set(need)) neededBy[id]!.push(i);
      else this.always.push(i); // no string it needs (or no lower-case form): a candidate in every text
    });
    this.scanIdOf = new Int32Array(list.length).fill(-1);
    this.lookedIn = new Int32Array(list.length).fill(-1);
    this.included = new Uint8Array(list.length);
    const scanned: string[] = [];
    this.neededBy = [];
    list.forEach((s, id) => {
      if (!neededBy[id]!.length) return;
      this.scanIdOf[id] = scanned.push(s) - 1;
      this.neededBy.push(neededBy[id]!);
    });
    this.literals = new LiteralScan(scanned);
  }

  /** The regexes tried in every text: no lower-case form, or no string their matches need (the `slow-regex` lint rule). */
  get everywhere(): readonly number[] {
    return this.always;
  }

  scan(text: string, hit: (i: number, start: number, end: number) => void): void {
    const lowered = text.toLowerCase();
    if (lowered.length !== text.length) {
      // offsets would shift on the lower-cased text (İ → i̇): every regex, case-insensitively, on the text
      for (let i = 0; i < this.regexes.length; i++) runKeyword(this.regexes[i]!, text, lowered, (a, b) => hit(i, a, b));
      return;
    }
    if (this.scans === 0x7fffffff) {
      this.candidateIn.fill(-1);
      this.lookedIn.fill(-1);
      this.scans = 0;
    }
    const scan = ++this.scans;
    this.lowered = lowered;
    // only the regexes a string found is needed by, and those always tried: in regex order
    const cands = this.candidates;
    cands.length = 0;
    for (const id of this.literals.scan(lowered)) {
      for (const i of this.neededBy[id]!) {
        if (this.candidateIn[i] === scan) continue;
        this.candidateIn[i] = scan;
        cands.push(i);
      }
    }
    for (const i of this.always) cands.push(i);
    if (cands.length > 1) cands.sort((a, b) => a - b);
    for (const i of cands) {
      const k = this.regexes[i]!;
      if (k.lower && !this.passes(this.filters[i]!)) continue;
      runKeyword(k, text, lowered, (a, b) => hit(i, a, b));
    }
  }

  private passes(f: Filter): boolean {
    if (f === true) return true;
    if (typeof f === 'number') {
      const id = this.scanIdOf[f]!;
      if (id >= 0) return this.literals.has(id);
      if (this.lookedIn[f] !== this.scans) {
        this.lookedIn[f] = this.scans;
        this.included[f] = this.lowered.includes(this.strings[f]!) ? 1 : 0;
      }
      return this.included[f] === 1;
    }
    if ('all' in f) {
      for (const s of f.all) if (!this.passes(s)) return false;
      return true;
    }
    for (const s of f.any) if (this.passes(s)) return true;
    return false;
  }
}

/**
 * Strings of which a text holds at least one whenever `f` passes (undefined: none such): a string
 * itself; for all-of, the needs of one part (the rarest-looking: no function word, longest shortest
 * string: not the " " of "a b", nor the "yang" of "(yang|pihak) (kuat|lemah)"); for any-of, the needs of every part together.
 */
function needs(f: Filter, strings: readonly string[]): number[] | undefined {
  if (f === true) return undefined;
  if (typeof f === 'number') return [f];
  if ('any' in f) {
    const all: number[] = [];
    for (const s of f.any) {
      const n = needs(s, strings);
      if (!n) return undefined;
      all.push(...n);
    }
    return all;
  }
  let best: number[] | undefined;
  let bestRarity = -1;
  for (const s of f.all) {
    const n = needs(s, strings);
    if (!n) continue;
    const rarity = Math.min(...n.map((id) => rarityOf(strings[id]!)));
    if (rarity > bestRarity) {
      best = n;
      bestRarity = rarity;
    }
  }
  return best;
}

/**
 * How rarely a text is likely to hold `s`, to pick the part of a regex to scan for: 0 for a string
 * of only function words and short pieces (`yang`, `itu `, ` `: in nearly every segment, so every
 * segment would be a candidate), else its length.
 */
function rarityOf(s: string): number {
  const pieces = s.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length > 2);
  return pieces.some((p) => !isStopword(p, 'id') && !isStopword(p, 'en')) ? s.length : 0;
}

/** A prefilter read from a LiteralScan: a string's id, all of / any of, or true (no condition). */
type Filter = number | true | { all: Filter[] } | { any: Filter[] };

/** Whether `k` runs case-sensitively on the lower-cased text (see KeywordRegex.lower). */
function usesLower(k: KeywordRegex, text: string, lowered: string): boolean {
  // lower-casing may change the length (İ → i̇): then offsets would shift, so match the text as it is
  return k.lower !== undefined && lowered.length === text.length;
}

/** The matches of `k` in `text` (its prefilter passed). */
function runKeyword(k: KeywordRegex, text: string, lowered: string, hit: (start: number, end: number) => void): void {
  if (!usesLower(k, text, lowered)) {
    scanRange(k.fold, text, 0, 0, text.length, hit);
    return;
  }
  const re = k.lower!;
  if (k.strings && !k.strings.test(lowered)) return;
  const w = k.windows;
  if (!w || lowered.length < 8 * w.maxLen + 64) {
    scanRange(re, lowered, 0, 0, lowered.length, hit);
    return;
  }
  // every match starts at most maxLen before an occurrence of a required string, and ends within
  // maxLen of its start: search only there, with one character of context either side (for \b)
  let from = 0;
  for (const [a, b] of cores(lowered, w.literals, w.maxLen)) {
    if (b < from) continue;
    from = scanRange(re, lowered, Math.max(a, from), b, Math.min(lowered.length, b + w.maxLen + 1), hit);
  }
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
const CAPTURE = 3;
const EMPTY_WIDTH = 4;
const FAIL = 5;
const MATCH = 6;
const NOP = 7;
const RUNE = 8;
const RUNE1 = 9;
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
    else if (i.op === CAPTURE || i.op === NOP) n = longest(i.out);
    else n = Infinity;
    open.delete(pc);
    memo.set(pc, n);
    return n;
  };
  const maxLen = longest(prog.start);
  return Number.isFinite(maxLen) && maxLen > 0 ? { maxLen, literals } : undefined;
}

/** RE2JS's flag on a rune instruction that folds case (an inline `(?i)`). */
const FOLD_CASE = 1;
/** At most this many strings, from character classes of at most MAX_CLASS characters. */
const MAX_STRINGS = 256;
const MAX_CLASS = 4;

/**
 * Every string `re` can match, ignoring \b and other empty-width conditions (so a superset of its
 * matches), as an alternation of escaped literals: undefined when there are more than MAX_STRINGS,
 * or a loop, a larger class, any character, case folding or an instruction this file does not know.
 * An alternation of literals cannot backtrack beyond trying each literal at each position, so the
 * native engine is safe on it whatever the codebook wrote.
 */
function literalAlternation(re: RE2JS): RegExp | undefined {
  const prog = (re.re2() as unknown as { prog?: { inst?: (Inst & { runes?: ArrayLike<number> })[]; start?: number } }).prog;
  const inst = prog?.inst;
  if (!inst || typeof prog?.start !== 'number') return undefined;
  const runesOf = (i: Inst & { runes?: ArrayLike<number> }): number[] | undefined => {
    const r = i.runes;
    if (!r || i.arg & FOLD_CASE) return undefined;
    if (i.op === RUNE1) return r.length >= 1 ? [r[0]!] : undefined;
    const out: number[] = [];
    for (let j = 0; j + 1 < r.length; j += 2) {
      for (let c = r[j]!; c <= r[j + 1]!; c++) {
        out.push(c);
        if (out.length > MAX_CLASS) return undefined;
      }
    }
    return out;
  };
  // the strings from each instruction to a match, memoised; undefined: too many, or not knowable
  const memo = new Map<number, string[] | undefined>();
  const open = new Set<number>();
  const from = (pc: number): string[] | undefined => {
    if (memo.has(pc)) return memo.get(pc);
    const i = inst[pc];
    if (!i || open.has(pc)) return undefined;
    open.add(pc);
    let out: string[] | undefined;
    if (i.op === ALT || i.op === ALT_MATCH) {
      const a = from(i.out);
      const b = a && from(i.arg);
      out = a && b && a.length + b.length <= MAX_STRINGS ? [...a, ...b] : undefined;
    } else if (i.op === MATCH) out = [''];
    else if (i.op === FAIL) out = [];
    else if (i.op === EMPTY_WIDTH || i.op === CAPTURE || i.op === NOP) out = from(i.out); // \b, ^, $ ignored: a superset
    else if (i.op === RUNE || i.op === RUNE1) {
      const cs = runesOf(i);
      const rest = cs && from(i.out);
      if (cs && rest && cs.length * rest.length <= MAX_STRINGS) out = cs.flatMap((c) => rest.map((r) => String.fromCodePoint(c) + r));
    }
    open.delete(pc);
    memo.set(pc, out);
    return out;
  };
  const all = from(prog.start);
  const strings = all && [...new Set(all.filter((x) => x.length > 0))];
  if (!strings?.length) return undefined; // only the empty string: scan reports no empty match
  return new RegExp(strings.map((x) => x.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'));
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
 * RE2JS's own prefilter of `re` (computed by the library for this very pattern, so as sound as
 * RE2JS): null when there is none. A shape RegexSet does not know counts as "may match", so a
 * change in the library costs speed, never matches.
 */
function prefilterOf(re: RE2JS): Prefilter | null {
  return (re.re2() as unknown as { prefilter?: Prefilter | null }).prefilter ?? null;
}
