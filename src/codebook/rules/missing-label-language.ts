import type { Finding, Rule } from './rule.js';

export const LANGUAGES = ['id', 'en'];

export const missingLabelLanguage: Rule = {
  id: 'missing-label-language',
  severity: 'warning',
  description: 'every label is given in Indonesian (id) and English (en)',
  check(cb) {
    const out: Finding[] = [];
    for (const code of cb.codes) {
      if (Object.keys(code.label).length === 0) continue; // reported by schema
      const missing = LANGUAGES.filter((l) => !code.label[l]);
      if (missing.length) {
        out.push({ pos: code.pos, message: `code "${code.id}" has no label in ${missing.join(', ')}`, hint: `add label: { ${LANGUAGES.map((l) => `${l}: "..."`).join(', ')} }` });
      }
    }
    return out;
  },
};
