/** README.md and docs/*.md render as intended: markdownlint's rules plus two for unclosed code fences. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { lint } from 'markdownlint/promise';
import { describe, expect, it } from 'vitest';
import { fenceClosed, noFenceInFence } from './helpers/markdown-rules.js';

const root = path.join(import.meta.dirname, '..');
const config = {
  default: true,
  MD013: false, // long lines: the README wraps prose by hand, tables and commands run long
  MD060: false, // table pipe spacing: |---|---| is the house style
  MD033: false, // a little inline HTML (<kbd>) is fine
};

async function problems(options: { files?: string[]; strings?: Record<string, string> }): Promise<string[]> {
  const r = await lint({ ...options, config, customRules: [fenceClosed, noFenceInFence] });
  return Object.entries(r).flatMap(([file, errs]) =>
    errs.map((e) => `${path.relative(root, file) || file}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`));
}

describe('Markdown lint', () => {
  it('README.md and docs/ have no problems', async () => {
    const files = [path.join(root, 'README.md'), ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join(root, 'docs', f))];
    expect(await problems({ files })).toEqual([]);
  });

  it('catches a fence left open before another fenced block', async () => {
    const text = '# T\n\n```sh\ntelaah run x\n\n## Next\n\n```sh\ntelaah code\n```\n\nProse.\n\n```text\nnever closed\n';
    const found = await problems({ strings: { 'x.md': text } });
    expect(found).toContain('x.md:8 TL002/no-fence-in-fence Fence opener inside a code block ("```sh" is inside the code block opened on line 3: close that block first)');
    expect(found).toContain('x.md:14 TL001/fence-closed Code fence is never closed (this fence is never closed: everything after it is shown as code)');
  });

  it('passes a well-formed file', async () => {
    expect(await problems({ strings: { 'ok.md': '# T\n\n```sh\ntelaah run\n```\n\nText.\n' } })).toEqual([]);
  });
});
