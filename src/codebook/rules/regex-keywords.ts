import type { Code, Codebook, Keyword } from '../../model/codebook.js';
import { compileKeywordRegex, type KeywordRegex } from '../regex-engine.js';

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
