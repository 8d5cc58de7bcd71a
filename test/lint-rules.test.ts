/**
 * Fixture-driven: test/fixtures/lint/<rule-id>/ holds valid.yaml (no diagnostic of that rule)
 * and invalid*.yaml files whose lines marked `# expect: <rule-id>` must each get that diagnostic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCodebook } from '../src/codebook/lint.js';
import { RULES } from '../src/codebook/rules/index.js';
import { loadCodebook } from '../src/project/codebooks.js';

const root = path.join(import.meta.dirname, 'fixtures', 'lint');

function lintFile(abs: string) {
  const loaded = loadCodebook(abs, process.cwd());
  return [...loaded.diagnostics, ...(loaded.codebook ? lintCodebook(loaded.codebook) : [])];
}

describe('codebook lint rules', () => {
  it('has a fixture folder for every registered rule', () => {
    const dirs = readdirSync(root).sort();
    expect(dirs).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    const dir = path.join(root, rule.id);
    describe(rule.id, () => {
      it('reports nothing on valid.yaml', () => {
        const diags = lintFile(path.join(dir, 'valid.yaml'));
        expect(diags).toEqual([]);
      });
      for (const f of readdirSync(dir).filter((f) => f !== 'valid.yaml' && f.endsWith('.yaml'))) {
        const text = readFileSync(path.join(dir, f), 'utf8');
        const expected = text.split('\n').flatMap((l, i) => (l.includes(`# expect: ${rule.id}`) ? [i + 1] : []));
        if (expected.length === 0) continue; // a helper file (e.g. the other half of a cycle)
        it(`reports ${f} at line ${expected.join(', ')}`, () => {
          const diags = lintFile(path.join(dir, f)).filter((d) => d.ruleId === rule.id);
          expect(diags.map((d) => d.line).sort((a, b) => a - b)).toEqual(expected);
          for (const d of diags) {
            expect(d.severity).toBe(rule.severity);
            expect(d.file.endsWith('.yaml')).toBe(true);
            expect(d.column).toBeGreaterThan(0);
            expect(d.message.length).toBeGreaterThan(10);
          }
        });
      }
    });
  }
});
