import type { Finding, Rule } from './rule.js';
import { LANGUAGES } from './missing-label-language.js';

export const missingDefinition: Rule = {
  id: 'missing-definition',
  severity: 'warning',
  description: 'every code has a definition, in each language',
  check(cb) {
    const out: Finding[] = [];
    for (const code of cb.codes) {
      const missing = LANGUAGES.filter((l) => !code.definition[l]);
      if (missing.length === LANGUAGES.length) {
        out.push({ pos: code.pos, message: `code "${code.id}" has no definition`, hint: 'a definition tells a second coder when to use the code' });
      } else if (missing.length) {
        out.push({ pos: code.pos, message: `code "${code.id}" has no definition in ${missing.join(', ')}` });
      }
    }
    return out;
  },
};
