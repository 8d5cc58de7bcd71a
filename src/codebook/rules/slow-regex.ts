import { regexKeywords } from './invalid-regex.js';
import type { Finding, Rule } from './rule.js';

/**
 * A `/regex/` keyword the engine cannot prefilter runs RE2 over every segment of the corpus: one such
 * keyword can make coding a large corpus several times slower (an unbounded `\pL+` in one keyword
 * made the code stage of a 40 MB corpus 2.7× slower). The prefilter needs a lower-case pattern whose
 * matches all contain a fixed word and have a bounded length (regex-engine.ts).
 */
export const slowRegex: Rule = {
  id: 'slow-regex',
  severity: 'warning',
  description: '`/regex/` keywords can be prefiltered: lower case, a fixed word in every match, no unbounded repeat',
  check(cb) {
    const out: Finding[] = [];
    for (const { code, kw, re } of regexKeywords(cb)) {
      if ('problem' in re || re.windows || re.strings) continue;
      out.push({
        pos: kw.pos,
        message: `keyword ${kw.raw} of "${code.id}" is searched in every segment: it has no word every match must contain, or a repeat without bound (+, *, {n,}) — slow on a large corpus`,
        hint: re.lower ? 'bound the repeats ([a-z-]{1,20} instead of \\pL+ or \\w+, \\S{0,5} instead of \\S*) and keep a word every match contains, or split an alternation of unrelated phrases into keywords of their own'
          : 'write the pattern in lower case (matching ignores case anyway), bound its repeats and keep a word every match contains',
      });
    }
    return out;
  },
};
