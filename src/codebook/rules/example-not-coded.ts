import type { Codebook } from '../../model/codebook.js';
import { autoCodes } from '../../passes/code.js';
import { gatherEvidence } from '../../passes/evidence.js';
import { DEFAULT_MIN_CONFIDENCE } from '../../project/config.js';
import { compileCodebook, type Matcher } from '../compile.js';
import type { Finding, Rule } from './rule.js';

const compiled = new WeakMap<Codebook, Matcher>();

/**
 * A code's keywords must find its examples (the examples are part of what the code's similarity
 * compares with, so similarity alone proves nothing), and the automatic coder must not give a code
 * to its not-examples with the default confidence.
 */
export const exampleNotCoded: Rule = {
  id: 'example-not-coded',
  severity: 'warning',
  description: "a code's examples are found by its keywords, and its not-examples are not coded as that code",
  check(cb) {
    let matcher = compiled.get(cb);
    if (!matcher) compiled.set(cb, (matcher = compileCodebook(cb)));
    const out: Finding[] = [];
    for (const code of cb.codes) {
      for (const ex of code.examples) {
        const ev = gatherEvidence(ex.text, ex.lang, matcher);
        if (!ev.some((e) => e.code === code.id && e.terms.length > 0)) {
          const found = ev.filter((e) => e.terms.length > 0).map((e) => e.code);
          out.push({
            pos: ex.pos,
            message: `example of "${code.id}" is not found by its keywords (keywords found: ${found.join(', ') || 'nothing'})`,
            hint: 'add the words that make this an example to the keywords, or choose another example',
          });
        }
      }
      for (const ex of code.notExamples) {
        const got = autoCodes(ex.text, ex.lang, matcher, { minConfidence: DEFAULT_MIN_CONFIDENCE }).map((a) => a.code);
        if (got.includes(code.id)) {
          out.push({ pos: ex.pos, message: `not-example of "${code.id}" is coded as "${code.id}"`, hint: 'the keywords are too broad, or the not-example is really an example' });
        }
      }
    }
    return out;
  },
};
