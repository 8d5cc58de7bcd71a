/** telaah.yaml: parse and validate (pure), with defaults. */
import type { Node } from 'yaml';
import { diagnostic, type Diagnostic, type Position } from '../model/diagnostic.js';
import { deref, isScalar, isSeq, keyOf, mapPairs, parseYaml } from '../yaml/document.js';

export type AutoMode = 'on' | 'suggest' | 'off';

export interface ProjectConfig {
  codebook: string;
  codebookPos: Position;
  transcripts: string[];
  language: 'id' | 'en';
  output: string;
  /** Where `output:` was written (or the file start), for messages about the output folder. */
  outputPos: Position;
  /** minConfidence: automatic codes below it are not assigned (0–1). */
  coding: { auto: AutoMode; minConfidence: number };
  triangulation: { minGroups: number; minMethods: number };
  maxFileMb: number;
}

export const CONFIG_FILE = 'telaah.yaml';

/** The confidence an automatic code needs to be assigned, when telaah.yaml does not say. */
export const DEFAULT_MIN_CONFIDENCE = 0.35;

export function defaultConfig(file: string): ProjectConfig {
  return {
    codebook: 'ansell-gash-2008',
    codebookPos: { file, line: 1, column: 1 },
    transcripts: ['transcripts'],
    language: 'id',
    output: 'out',
    outputPos: { file, line: 1, column: 1 },
    coding: { auto: 'on', minConfidence: DEFAULT_MIN_CONFIDENCE },
    triangulation: { minGroups: 2, minMethods: 2 },
    maxFileMb: 50,
  };
}

const KEYS = ['codebook', 'transcripts', 'language', 'output', 'coding', 'triangulation', 'max_file_mb', 'title'];

export function parseConfig(text: string, file: string): { config: ProjectConfig; diagnostics: Diagnostic[] } {
  const config = defaultConfig(file);
  const { yaml, diagnostics } = parseYaml(text, file);
  if (!yaml) return { config, diagnostics };
  const err = (node: Node | null | undefined, message: string, hint?: string): void => {
    diagnostics.push(diagnostic(yaml.pos(node), 'config', 'error', message, hint));
  };
  const pairs = mapPairs(yaml.doc, yaml.doc.contents);
  if (!pairs) {
    if (yaml.doc.contents) err(yaml.doc.contents, 'telaah.yaml must be key: value lines');
    return { config, diagnostics };
  }
  const str = (node: Node | null, key: string): string | undefined => {
    const n = deref(yaml.doc, node);
    if (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number') && String(n.value).trim()) return String(n.value).trim();
    err(node, `\`${key}\` must be a text`);
    return undefined;
  };
  const num = (node: Node | null, key: string, min: number, max: number): number | undefined => {
    const n = deref(yaml.doc, node);
    if (isScalar(n) && typeof n.value === 'number' && n.value >= min && n.value <= max) return n.value;
    err(node, `\`${key}\` must be a number from ${min} to ${max}`);
    return undefined;
  };
  const sub = (node: Node | null, key: string, allowed: string[], each: (k: string, v: Node | null) => void): void => {
    const ps = mapPairs(yaml.doc, node);
    if (!ps) return err(node, `\`${key}\` must be a mapping, e.g. ${key}: { ${allowed[0]}: ... }`);
    for (const p of ps) {
      const k = keyOf(p);
      if (allowed.includes(k)) each(k, p.value);
      else err(p.key as Node, `unknown key "${k}" in ${key}`, `allowed: ${allowed.join(', ')}`);
    }
  };
  for (const pair of pairs) {
    const key = keyOf(pair);
    const v = pair.value;
    switch (key) {
      case 'codebook': {
        const s = str(v, key);
        if (s) { config.codebook = s; config.codebookPos = yaml.pos(v); }
        break;
      }
      case 'transcripts': {
        const n = deref(yaml.doc, v);
        if (isSeq(n)) {
          const list = n.items.map((it) => str(it as Node, key)).filter((s): s is string => s !== undefined);
          if (list.length) config.transcripts = list;
          else err(v, '`transcripts` lists no folder or pattern');
        } else {
          const s = str(v, key);
          if (s) config.transcripts = [s];
        }
        break;
      }
      case 'language': {
        const s = str(v, key);
        if (s === 'id' || s === 'en') config.language = s;
        else if (s) err(v, `language "${s}" is not supported`, 'use id (Indonesian) or en (English)');
        break;
      }
      case 'output': {
        const s = str(v, key);
        if (s) { config.output = s; config.outputPos = yaml.pos(v); }
        break;
      }
      case 'coding':
        sub(v, key, ['auto', 'min_score', 'min_confidence'], (k, val) => {
          if (k === 'min_score') {
            // telaah 0.1 counted keyword hits; a calibrated confidence replaced it
            num(val, 'coding.min_score', 0, 100);
            diagnostics.push(diagnostic(yaml.pos(val), 'config', 'warning',
              '`coding.min_score` is no longer used: automatic codes need `coding.min_confidence` (0–1, default 0.35)',
              'replace the line by min_confidence: 0.35 (see the README, "How sure is an automatic code?")'));
          } else if (k === 'min_confidence') {
            const x = num(val, 'coding.min_confidence', 0, 1);
            if (x !== undefined) config.coding.minConfidence = x;
          } else {
            const n = deref(yaml.doc, val);
            // YAML 1.1 habits: `on`/`off` unquoted may arrive as booleans
            const raw = isScalar(n) ? (n.value === true ? 'on' : n.value === false ? 'off' : String(n.value)) : '';
            if (raw === 'on' || raw === 'suggest' || raw === 'off') config.coding.auto = raw;
            else err(val, '`coding.auto` must be on, suggest or off');
          }
        });
        break;
      case 'triangulation':
        sub(v, key, ['min_groups', 'min_methods'], (k, val) => {
          const x = num(val, `triangulation.${k}`, 1, 100);
          if (x === undefined) return;
          if (k === 'min_groups') config.triangulation.minGroups = x;
          else config.triangulation.minMethods = x;
        });
        break;
      case 'max_file_mb': {
        const x = num(v, key, 1, 2048);
        if (x !== undefined) config.maxFileMb = x;
        break;
      }
      case 'title':
        str(v, key);
        break;
      default:
        err(pair.key as Node, `unknown key "${key}" in telaah.yaml`, `known keys: ${KEYS.join(', ')}`);
    }
  }
  return { config, diagnostics };
}
