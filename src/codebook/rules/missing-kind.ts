import { ancestors, isLeaf } from '../../model/codebook.js';
import type { Finding, Rule } from './rule.js';

/** A leaf whose evidence has no stated kind is drafted as a process ("working / limited"). */
export const missingKind: Rule = {
  id: 'missing-kind',
  severity: 'warning',
  description: 'every code without children has a kind (process, condition or outcome), its own or a parent\'s',
  check(cb) {
    const byId = new Map(cb.codes.map((c) => [c.id, c]));
    const out: Finding[] = [];
    for (const code of cb.codes) {
      if (!isLeaf(cb, code) || code.kind || ancestors(cb, code.id).some((a) => byId.get(a)?.kind)) continue;
      out.push({
        pos: code.pos,
        message: `code "${code.id}" has no kind, so the draft treats its evidence as a process (working or limited)`,
        hint: 'add `kind: process`, `kind: condition` (present or absent) or `kind: outcome` (achieved or not yet) to the code or its parent',
      });
    }
    return out;
  },
};
