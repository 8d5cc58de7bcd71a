/** The definition panel: the code under the cursor, its definition and its inclusion and exclusion criteria. Pure. */
import type { ChalkInstance } from 'chalk';
import { fit, wrap } from './layout.js';
import type { CodeChoice } from './state.js';

export function panelLines(code: CodeChoice | undefined, width: number, c: ChalkInstance): string[] {
  if (!code) return [];
  const title = fit(`── ${code.label} (${code.id}) `, width);
  const out = [c.cyan(title + '─'.repeat(Math.max(0, width - [...title].length)))];
  out.push(...wrap(code.definition || '(no definition in the codebook)', width));
  for (const x of code.include ?? []) out.push(...wrap(`+ ${x}`, width).map((l) => c.green(l)));
  for (const x of code.exclude ?? []) out.push(...wrap(`− ${x}`, width).map((l) => c.yellow(l)));
  return out;
}
