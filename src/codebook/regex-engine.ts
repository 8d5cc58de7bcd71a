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
}

/** A regex keyword compiled, or a message saying why it cannot run. */
export function compileKeywordRegex(source: string): KeywordRegex | { problem: string } {
  try {
    const re2 = RE2JS.translateRegExp(source);
    const fold = RE2JS.compile(re2, RE2JS.CASE_INSENSITIVE);
    // capitals outside escapes (\W, \D, \S, \B, \P{…} are escapes) would not match lower-cased text
    const noCapitals = !/\p{Lu}/u.test(re2.replace(/\\(?:[pP]\{[^}]*\}|x\{[^}]*\}|.)/gsu, ''));
    return { source, fold, ...(noCapitals ? { lower: RE2JS.compile(re2, 0) } : {}) };
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
    const subject = useLower ? lowered : text;
    const re = useLower ? k.lower! : k.fold;
    if (useLower && !mayMatch(re, lowered)) return;
    const m = re.matcher(subject);
    let from = 0;
    while (from <= subject.length && m.find(from)) {
      const start = m.start();
      const end = m.end();
      if (end > start) hit(start, end);
      from = end > start ? end : start + 1;
    }
  };
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
  const pf = (re.re2() as unknown as { prefilter?: Prefilter | null }).prefilter;
  return !pf || holds(pf, text);
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
    re = plain ? new RegExp(subs.map((s) => s.str!.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'), 'u') : null;
    alternations.set(subs, re);
  }
  return re;
}
