import type { Codebook, Code, Keyword } from '../../model/codebook.js';
import { compileKeywordRegex, type KeywordRegex } from '../regex-engine.js';
import type { Finding, Rule } from './rule.js';

/** What compiling a keyword gave, kept for the next rule that asks (each compiles in about half a millisecond). */
const compiled = new WeakMap<Keyword, KeywordRegex | { problem: string }>();

/** Every `/regex/` keyword of the codebook with its code and what compiling it gave (shared by the regex rules). */
export function* regexKeywords(cb: Codebook): Generator<{ code: Code; kw: Keyword; re: KeywordRegex | { problem: string } }> {
  for (const code of cb.codes) {
    for (const kw of code.keywords) {
      if (kw.kind !== 'regex') continue;
      let re = compiled.get(kw);
      if (!re) compiled.set(kw, (re = compileKeywordRegex(kw.value)));
      yield { code, kw, re };
    }
  }
}

export const invalidRegex: Rule = {
  id: 'invalid-regex',
  severity: 'error',
  description: '`/regex/` keywords compile as RE2 regular expressions (linear time: no lookaround, no backreferences)',
  check(cb) {
    const out: Finding[] = [];
    for (const { code, kw, re } of regexKeywords(cb)) {
      if ('problem' in re) out.push({ pos: kw.pos, message: `keyword ${kw.raw} of "${code.id}" is not a valid regular expression: ${re.problem}` });
    }
    return out;
  },
};
