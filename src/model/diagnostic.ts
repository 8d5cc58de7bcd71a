/** The one message type for every problem a user's file can have (DESIGN: "One Diagnostic type"). */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path as the user gave it (relative where possible); never rewritten to absolute. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
  ruleId: string;
  severity: Severity;
  message: string;
  hint?: string;
}

/** A position in a file: 1-based line and column. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export function diagnostic(
  at: Position,
  ruleId: string,
  severity: Severity,
  message: string,
  hint?: string,
): Diagnostic {
  const d: Diagnostic = { file: at.file, line: at.line, column: at.column, ruleId, severity, message };
  if (hint) d.hint = hint;
  return d;
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

/** Stable order: file, line, column, rule id. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
