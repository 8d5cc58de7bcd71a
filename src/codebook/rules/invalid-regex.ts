import { regexFlags } from '../compile.js';
import type { Finding, Rule } from './rule.js';

export const invalidRegex: Rule = {
  id: 'invalid-regex',
  severity: 'error',
  description: '`/regex/` keywords compile as JavaScript regular expressions',
  check(cb) {
    const out: Finding[] = [];
    for (const code of cb.codes) {
      for (const kw of code.keywords) {
        if (kw.kind !== 'regex') continue;
        try {
          new RegExp(kw.value, regexFlags(kw.value));
        } catch (e) {
          out.push({ pos: kw.pos, message: `keyword ${kw.raw} of "${code.id}" is not a valid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}` });
        }
      }
    }
    return out;
  },
};
