import { regexKeywords } from './regex-keywords.js';
import type { Finding, Rule } from './rule.js';

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
