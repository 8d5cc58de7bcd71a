import type { Codebook } from '../../model/codebook.js';
import { autoCodes } from '../../passes/code.js';
import { compileCodebook, type Matcher } from '../compile.js';
import type { Finding, Rule } from './rule.js';

const compiled = new WeakMap<Codebook, Matcher>();

/** The automatic coder must code a code's examples as that code, and must not code its not-examples so. */
export const exampleNotCoded: Rule = {
  id: 'example-not-coded',
  severity: 'warning',
  description: "a code's examples are coded as that code by its keywords, and its not-examples are not",
  check(cb) {
    let matcher = compiled.get(cb);
    if (!matcher) compiled.set(cb, (matcher = compileCodebook(cb)));
    const out: Finding[] = [];
    for (const code of cb.codes) {
      for (const ex of code.examples) {
        const got = autoCodes(ex.text, ex.lang, matcher, 1).map((a) => a.code);
        if (!got.includes(code.id)) {
          out.push({
            pos: ex.pos,
            message: `example of "${code.id}" is not coded as "${code.id}" (coded: ${got.join(', ') || 'nothing'})`,
            hint: 'add the words that make this an example to the keywords, or choose another example',
          });
        }
      }
      for (const ex of code.notExamples) {
        const got = autoCodes(ex.text, ex.lang, matcher, 1).map((a) => a.code);
        if (got.includes(code.id)) {
          out.push({ pos: ex.pos, message: `not-example of "${code.id}" is coded as "${code.id}"`, hint: 'the keywords are too broad, or the not-example is really an example' });
        }
      }
    }
    return out;
  },
};
