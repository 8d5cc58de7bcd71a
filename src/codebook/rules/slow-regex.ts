import { RegexSet } from '../regex-engine.js';
import { regexKeywords } from './regex-keywords.js';
import type { Finding, Rule } from './rule.js';

/**
 * A `/regex/` keyword the engine cannot prefilter is run by RE2 over every segment of the corpus:
 * six such keywords once made the code stage of a 40 MB corpus 2.7× slower. The prefilter needs a
 * lower-case pattern (a capital letter outside an escape turns it off) and a string every match
 * contains (regex-engine.ts RegexSet): what `everywhere` reports is what coding will do.
 */
export const slowRegex: Rule = {
  id: 'slow-regex',
  severity: 'warning',
  description: '`/regex/` keywords can be prefiltered: lower case, and a string every match contains',
  check(cb) {
    const out: Finding[] = [];
    for (const { code, kw, re } of regexKeywords(cb)) {
      if ('problem' in re || new RegexSet([re]).everywhere.length === 0) continue;
      out.push(re.lower
        ? {
          pos: kw.pos,
          message: `keyword ${kw.raw} of "${code.id}" is run on every segment: no word is common to all its matches — slow on a large corpus`,
          hint: 'keep one word every match contains, or split an alternation of unrelated phrases into keywords of their own',
        }
        : {
          pos: kw.pos,
          message: `keyword ${kw.raw} of "${code.id}" is run on every segment: it has capital letters, which turn the quick word search off — slow on a large corpus`,
          hint: 'write the pattern in lower case (matching ignores case anyway)',
        });
    }
    return out;
  },
};
