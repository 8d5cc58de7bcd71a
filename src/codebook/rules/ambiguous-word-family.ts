import { AMBIGUOUS_ROOTS } from '../../text/ambiguous-roots.js';
import { termForm } from '../../text/word-form.js';
import { words } from '../../text/tokenize.js';
import type { Finding, Rule } from './rule.js';

/**
 * A bare Indonesian root as keyword matches every derived form of it; for the roots whose forms
 * mean different things (bertemu/menemukan) that codes words of another sense.
 */
export const ambiguousWordFamily: Rule = {
  id: 'ambiguous-word-family',
  severity: 'warning',
  description: 'an Indonesian keyword written as a bare root whose derived forms differ in meaning names the forms it means',
  check(cb) {
    const out: Finding[] = [];
    for (const code of cb.codes) {
      for (const kw of code.keywords) {
        if (kw.lang !== 'id' || kw.exact || kw.kind !== 'word') continue; // a phrase gives its words a context
        for (const w of words(kw.value)) {
          const f = termForm(w, 'id');
          const senses = AMBIGUOUS_ROOTS[f.root];
          if (f.accepts !== 'any' || !senses) continue;
          out.push({
            pos: kw.pos,
            message: `keyword "${kw.raw}" of "${code.id}" matches every form of the root "${f.root}", whose forms differ in meaning: ${senses.join(' / ')}`,
            hint: `write the forms you mean (e.g. ${senses[0]!.split(/[,( ]/)[0]}), or "=${w}" for this word only`,
          });
        }
      }
    }
    return out;
  },
};
