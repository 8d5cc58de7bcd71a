import type { Codebook } from '../../model/codebook.js';
import type { Diagnostic, Position, Severity } from '../../model/diagnostic.js';

export interface Finding {
  pos: Position;
  message: string;
  hint?: string;
}

/** One lint rule: a small unit with a stable id; `check` is pure. */
export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  /** Rules reported while reading (YAML, schema, extends) have no check of their own. */
  check?: (cb: Codebook) => Finding[];
}

/** Stamps rule id and severity onto every finding (cf. remark-lint's lintRule wrapper). */
export function runRule(rule: Rule, cb: Codebook): Diagnostic[] {
  if (!rule.check) return [];
  return rule.check(cb).map((f) => {
    const d: Diagnostic = { file: f.pos.file, line: f.pos.line, column: f.pos.column, ruleId: rule.id, severity: rule.severity, message: f.message };
    if (f.hint) d.hint = f.hint;
    return d;
  });
}

export function where(p: Position): string {
  return `${p.file}:${p.line}:${p.column}`;
}
