import type { Finding, Rule } from './rule.js';

export const unknownParent: Rule = {
  id: 'unknown-parent',
  severity: 'error',
  description: '`parent:` names a code that exists',
  check(cb) {
    const ids = new Set(cb.codes.map((c) => c.id));
    const out: Finding[] = [];
    for (const code of cb.codes) {
      if (code.parent !== undefined && !ids.has(code.parent)) {
        const near = [...ids].find((id) => id.includes(code.parent!) || code.parent!.includes(id));
        out.push({
          pos: code.parentPos ?? code.pos,
          message: `code "${code.id}" names parent "${code.parent}", which is not a code in this codebook`,
          hint: near ? `did you mean "${near}"?` : 'check the spelling of the parent id',
        });
      } else if (code.parent === code.id) {
        out.push({ pos: code.parentPos ?? code.pos, message: `code "${code.id}" is its own parent` });
      }
    }
    return out;
  },
};
