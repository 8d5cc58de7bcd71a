import { isLeaf } from '../../model/codebook.js';
import type { Finding, Rule } from './rule.js';

export const leafWithoutKeywords: Rule = {
  id: 'leaf-without-keywords',
  severity: 'warning',
  description: 'every code without children has keywords, or it is never coded automatically',
  check(cb) {
    const out: Finding[] = [];
    for (const code of cb.codes) {
      if (isLeaf(cb, code) && code.keywords.length === 0) {
        out.push({ pos: code.pos, message: `code "${code.id}" has no keywords, so it will only be coded by hand`, hint: 'add keywords: { id: [...], en: [...] }' });
      }
    }
    return out;
  },
};
