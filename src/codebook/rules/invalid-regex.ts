import { regexFlags } from '../compile.js';
import { backtrackRisk } from '../regex-safety.js';
import type { Finding, Rule } from './rule.js';

export const invalidRegex: Rule = {
  id: 'invalid-regex',
  severity: 'error',
  description: '`/regex/` keywords compile as JavaScript regular expressions and cannot backtrack catastrophically',
  check(cb) {
    const out: Finding[] = [];
    for (const code of cb.codes) {
      for (const kw of code.keywords) {
        if (kw.kind !== 'regex') continue;
        const risk = backtrackRisk(kw.value);
        if (risk) {
          out.push({ pos: kw.pos, message: `keyword ${kw.raw} of "${code.id}" could take forever on some texts: ${risk}`,
            hint: 'remove the inner or the outer repeat, e.g. (a+)+ → a+' });
          continue;
        }
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
