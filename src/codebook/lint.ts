import type { Codebook } from '../model/codebook.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { RULES } from './rules/index.js';
import { runRule } from './rules/rule.js';

/** Runs every registered rule over a (merged) codebook; reports all problems at once. Pure. */
export function lintCodebook(cb: Codebook): Diagnostic[] {
  return RULES.flatMap((rule) => runRule(rule, cb));
}
