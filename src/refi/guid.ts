/**
 * Deterministic GUIDs for REFI-QDA exports: UUID version 5 (SHA-1, RFC 9562) of a name in telaah's
 * own namespace, so exporting the same codebook or project twice gives the same GUIDs and the
 * files diff cleanly. Pure.
 */
import { v5 } from 'uuid';

/** telaah's namespace UUID for REFI-QDA names (fixed forever: changing it changes every GUID). */
export const TELAAH_REFI_NAMESPACE = 'dac89aaf-d758-4197-a7ca-aef6a3bdfae0';

/** A code's GUID: UUID v5 of `<codebook id>/<code id>`. */
export function codeGuid(codebookId: string, codeId: string): string {
  return v5(`${codebookId}/${codeId}`, TELAAH_REFI_NAMESPACE);
}

/** Any other object's GUID: UUID v5 of `<kind>:<key>` (user:sari, source:pujud-camat, ...). */
export function guidFor(kind: string, key: string): string {
  return v5(`${kind}:${key}`, TELAAH_REFI_NAMESPACE);
}

/**
 * GUIDs as other programs write them, made comparable: lower case, without braces. Any version
 * (NVivo writes non-v4 hex GUIDs) is accepted.
 */
export function normalizeGuid(g: string): string {
  return g.trim().replace(/^\{|\}$/g, '').toLowerCase();
}
