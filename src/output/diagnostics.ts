/** Writers for Diagnostics: pretty (people), json (scripts), github (CI annotations). Pure. */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../model/diagnostic.js';
import { terminalSafe } from './terminal-text.js';

export type DiagnosticFormat = 'pretty' | 'json' | 'github';

export function formatDiagnostics(diags: readonly Diagnostic[], format: DiagnosticFormat, color?: ChalkInstance): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(diags.map(ordered), null, 2)}\n`;
    case 'github':
      return diags.map(github).join('');
    default:
      return diags.map((d) => pretty(d, color)).join('');
  }
}

/** `file:line:col  error  message  [rule-id]` and an indented hint. Messages quote users' files: no escape sequence gets through. */
export function pretty(raw: Diagnostic, color?: ChalkInstance): string {
  const d = { ...raw, file: terminalSafe(raw.file), message: terminalSafe(raw.message), ...(raw.hint ? { hint: terminalSafe(raw.hint) } : {}) };
  const sev = d.severity === 'error' ? color?.red(d.severity) ?? d.severity : color?.yellow(d.severity) ?? d.severity;
  const rule = color?.dim(`[${d.ruleId}]`) ?? `[${d.ruleId}]`;
  let s = `${d.file}:${d.line}:${d.column}  ${sev}  ${d.message}  ${rule}\n`;
  if (d.hint) s += `    ${color?.dim(`hint: ${d.hint}`) ?? `hint: ${d.hint}`}\n`;
  return s;
}

function github(d: Diagnostic): string {
  const kind = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const msg = `${d.message}${d.hint ? ` (hint: ${d.hint})` : ''} [${d.ruleId}]`;
  return `::${kind} file=${escProp(d.file)},line=${d.line},col=${d.column},title=${escProp(d.ruleId)}::${escData(msg)}\n`;
}

function escData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escProp(s: string): string {
  return escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function ordered(d: Diagnostic): Diagnostic {
  const o: Diagnostic = { file: d.file, line: d.line, column: d.column, ruleId: d.ruleId, severity: d.severity, message: d.message };
  if (d.endLine !== undefined) o.endLine = d.endLine;
  if (d.endColumn !== undefined) o.endColumn = d.endColumn;
  if (d.hint !== undefined) o.hint = d.hint;
  return o;
}

export function summary(diags: readonly Diagnostic[]): string {
  const e = diags.filter((d) => d.severity === 'error').length;
  const w = diags.filter((d) => d.severity === 'warning').length;
  return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}
