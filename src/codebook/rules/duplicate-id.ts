import type { Finding, Rule } from './rule.js';
import { where } from './rule.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'every code id is unique within the codebook (including codebooks it extends)',
  check(cb) {
    const first = new Map<string, Finding['pos']>();
    const out: Finding[] = [];
    for (const code of cb.codes) {
      const prev = first.get(code.id);
      if (prev) out.push({ pos: code.pos, message: `duplicate code id "${code.id}" (first defined at ${where(prev)})`, hint: 'rename one of them' });
      else first.set(code.id, code.pos);
    }
    return out;
  },
};
