/** The new-code form: id, label, parent, definition typed one after the other, checked before it is sent. Pure. */
import type { CodeChoice, NewCodeForm } from './state.js';

export const FORM_FIELDS = ['id', 'label', 'parent (empty: top level)', 'definition'] as const;

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

/** Why the form cannot be sent yet (the first problem), or undefined. */
export function formProblem(f: NewCodeForm, codebook: CodeChoice[]): string | undefined {
  const [id = '', label = '', parent = '', definition = ''] = f.values.map((v) => v.trim());
  if (!ID_RE.test(id)) return `the id "${id}" must be lower-case letters, digits and dashes, e.g. kepercayaan-warga`;
  if (codebook.some((c) => c.id === id)) return `the codebook already has a code "${id}"`;
  if (!label) return 'give the code a label';
  if (parent && !codebook.some((c) => c.id === parent)) return `there is no code "${parent}" to put it under`;
  if (!definition) return 'give the code a definition: what it covers';
  return undefined;
}

export function formCode(f: NewCodeForm): { id: string; label: string; parent?: string; definition: string } {
  const [id = '', label = '', parent = '', definition = ''] = f.values.map((v) => v.trim());
  return { id, label, ...(parent ? { parent } : {}), definition };
}
