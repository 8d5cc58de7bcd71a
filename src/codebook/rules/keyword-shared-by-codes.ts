import { keywordKey } from '../keyword.js';
import { termKey } from '../../text/word-form.js';
import { words } from '../../text/tokenize.js';
import type { Finding, Rule } from './rule.js';
import { where } from './rule.js';
import type { Keyword } from '../../model/codebook.js';

export const keywordSharedByCodes: Rule = {
  id: 'keyword-shared-by-codes',
  severity: 'warning',
  description: 'no two codes share a keyword with the same stem, so the coder can tell them apart',
  check(cb) {
    const seen = new Map<string, { code: string; kw: Keyword }>();
    const out: Finding[] = [];
    for (const code of cb.codes) {
      const mine = new Set<string>();
      for (const kw of code.keywords) {
        const key = `${kw.lang}|${keywordKey(kw, termKey, words)}`;
        if (mine.has(key)) continue; // a repeat inside one code is harmless
        mine.add(key);
        const prev = seen.get(key);
        if (prev && prev.code !== code.id) {
          out.push({
            pos: kw.pos,
            message: `keyword "${kw.raw}" of "${code.id}" matches the same ${kw.lang} words as "${prev.kw.raw}" of "${prev.code}" (${where(prev.kw.pos)})`,
            hint: 'keep it in one code, or make it a longer phrase',
          });
        } else if (!prev) seen.set(key, { code: code.id, kw });
      }
    }
    return out;
  },
};
