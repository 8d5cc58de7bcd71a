/** The explicit list of codebook lint rules, in the order they run (cf. markdownlint's lib/rules). */
import type { Rule } from './rule.js';
import { extendsCycle, schema, yamlSyntax } from './read-time.js';
import { duplicateId } from './duplicate-id.js';
import { unknownParent } from './unknown-parent.js';
import { missingLabelLanguage } from './missing-label-language.js';
import { missingDefinition } from './missing-definition.js';
import { leafWithoutKeywords } from './leaf-without-keywords.js';
import { missingKind } from './missing-kind.js';
import { keywordSharedByCodes } from './keyword-shared-by-codes.js';
import { invalidRegex } from './invalid-regex.js';
import { slowRegex } from './slow-regex.js';
import { exampleNotCoded } from './example-not-coded.js';
import { ambiguousWordFamily } from './ambiguous-word-family.js';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  extendsCycle,
  duplicateId,
  unknownParent,
  missingLabelLanguage,
  missingDefinition,
  leafWithoutKeywords,
  missingKind,
  keywordSharedByCodes,
  ambiguousWordFamily,
  invalidRegex,
  slowRegex,
  exampleNotCoded,
];
