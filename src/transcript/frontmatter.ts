/** Splits a transcript into YAML front matter and body, and validates the front matter. Pure. */
import { METHODS, type Method, type TranscriptMeta } from '../model/transcript.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { deref, isScalar, isSeq, keyOf, mapPairs, parseYaml } from '../yaml/document.js';
import type { Node } from 'yaml';

export const DEFAULT_INTERVIEWER = ['P', 'Peneliti', 'Pewawancara', 'Interviewer', 'Q', 'T'];
const KEYS = ['id', 'informant', 'role', 'group', 'method', 'date', 'language', 'location', 'interviewer', 'speakers', 'title', 'notes'];
const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export interface FrontMatter {
  meta: TranscriptMeta;
  /** 0-based index of the first body line. */
  bodyLineIndex: number;
  diagnostics: Diagnostic[];
}

export function readFrontMatter(lines: readonly string[], file: string, defaultId: string): FrontMatter {
  const meta: TranscriptMeta = { id: defaultId, method: 'interview', interviewer: [...DEFAULT_INTERVIEWER] };
  const diagnostics: Diagnostic[] = [];
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return { meta, bodyLineIndex: 0, diagnostics };
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!.trimEnd();
    if (l === '---' || l === '...') {
      end = i;
      break;
    }
  }
  if (end < 0) {
    diagnostics.push(
      diagnostic({ file, line: 1, column: 1 }, 'front-matter', 'error', 'front matter starts with `---` but never ends',
        'close it with a line containing only `---`'),
    );
    return { meta, bodyLineIndex: 0, diagnostics };
  }
  const read = readMeta(lines.slice(1, end).join('\n'), file, 1, defaultId);
  return { meta: read.meta, bodyLineIndex: end + 1, diagnostics: read.diagnostics };
}

/**
 * The metadata keys as YAML text: the front matter's inside, or a whole metadata file beside the
 * transcript (`<name>.yaml`). `lineOffset`: lines before `yamlText` in `file`.
 */
export function readMeta(yamlText: string, file: string, lineOffset: number, defaultId: string): { meta: TranscriptMeta; diagnostics: Diagnostic[] } {
  const meta: TranscriptMeta = { id: defaultId, method: 'interview', interviewer: [...DEFAULT_INTERVIEWER] };
  const diagnostics: Diagnostic[] = [];
  const { yaml, diagnostics: yd } = parseYaml(yamlText, file, lineOffset);
  diagnostics.push(...yd.map((d) => ({ ...d, ruleId: d.ruleId === 'yaml-syntax' ? 'front-matter' : d.ruleId })));
  if (!yaml) return { meta, diagnostics };
  const pairs = mapPairs(yaml.doc, yaml.doc.contents);
  if (!pairs) {
    if (yaml.doc.contents) {
      diagnostics.push(diagnostic(yaml.pos(yaml.doc.contents), 'front-matter', 'error', 'front matter must be key: value lines'));
    }
    return { meta, diagnostics };
  }
  const err = (node: Node | null | undefined, message: string, hint?: string): void => {
    diagnostics.push(diagnostic(yaml.pos(node), 'front-matter', 'error', message, hint));
  };
  const text = (node: Node | null, key: string): string | undefined => {
    const n = deref(yaml.doc, node);
    if (isScalar(n) && n.value !== null && typeof n.value !== 'object' && String(n.value).trim() !== '') return String(n.value).trim();
    err(node, `\`${key}\` must be a text`);
    return undefined;
  };
  const list = (node: Node | null, key: string): string[] | undefined => {
    const n = deref(yaml.doc, node);
    if (isScalar(n)) {
      const s = text(n, key);
      return s === undefined ? undefined : [s];
    }
    if (!isSeq(n)) {
      err(node, `\`${key}\` must be a label or a list of labels`);
      return undefined;
    }
    const out: string[] = [];
    for (const item of n.items) {
      const s = text(item as Node, key);
      if (s !== undefined) out.push(s);
    }
    return out;
  };
  for (const pair of pairs) {
    const key = keyOf(pair);
    const v = pair.value;
    switch (key) {
      case 'id': {
        const s = text(v, key);
        if (s === undefined) break;
        if (!SAFE_ID.test(s) || s.includes('..')) {
          err(v, `transcript id "${s}" may only contain letters, digits, '.', '_' and '-'`, 'ids become file names under out/');
        } else meta.id = s;
        break;
      }
      case 'method': {
        const s = text(v, key)?.toLowerCase();
        if (s === undefined) break;
        if ((METHODS as readonly string[]).includes(s)) meta.method = s as Method;
        else err(v, `unknown method "${s}"`, `use one of: ${METHODS.join(', ')}`);
        break;
      }
      case 'date': {
        const s = text(v, key);
        if (s === undefined) break;
        if (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))) meta.date = s;
        else err(v, `date "${s}" is not a date in the form YYYY-MM-DD`);
        break;
      }
      case 'language': {
        const s = text(v, key)?.toLowerCase();
        if (s === undefined) break;
        if (/^[a-z]{2}$/.test(s)) meta.language = s;
        else err(v, `language "${s}" must be a two-letter code such as id or en`);
        break;
      }
      case 'interviewer': { const l = list(v, key); if (l) meta.interviewer = l; break; }
      case 'speakers': { const l = list(v, key); if (l) meta.speakers = l; break; }
      case 'informant': case 'role': case 'group': case 'location': {
        const s = text(v, key);
        if (s !== undefined) meta[key] = s;
        break;
      }
      case 'title': case 'notes': text(v, key); break;
      default:
        diagnostics.push(
          diagnostic(yaml.pos(pair.key as Node), 'front-matter', 'warning', `unknown front-matter key "${key}"`,
            `known keys: ${KEYS.join(', ')}`),
        );
    }
  }
  return { meta, diagnostics };
}
