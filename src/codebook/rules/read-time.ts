import type { Rule } from './rule.js';

/** Problems found while reading the file; listed here so every rule id is documented in one place. */
export const yamlSyntax: Rule = { id: 'yaml-syntax', severity: 'error', description: 'the file is valid YAML: no syntax errors, duplicate keys or alias bombs' };
export const schema: Rule = { id: 'schema', severity: 'error', description: 'known keys only, values of the right type, every code has an id and a label' };
export const extendsCycle: Rule = { id: 'extends-cycle', severity: 'error', description: '`extends:` names an existing codebook and never leads back to itself' };
