/** A floor under the coder's quality on the hand-labelled set, so a keyword or matcher change that hurts it fails. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvalSegment } from '../src/analysis/evaluate.js';
import { compileCodebook } from '../src/codebook/compile.js';
import { loadCodebook } from '../src/project/codebooks.js';

const root = path.join(import.meta.dirname, 'fixtures', 'eval');
const holdout = (s: EvalSegment) => Number(/(\d+)$/.exec(s.id)?.[1] ?? 0) % 2 === 0;

describe('evaluation set (npm run eval prints the details)', () => {
  for (const file of readdirSync(root).filter((f) => f.endsWith('.yaml'))) {
    const set = parse(readFileSync(path.join(root, file), 'utf8')) as { codebook: string; segments: EvalSegment[] };
    it(`${set.codebook}: top-1 stays at or above its current level`, () => {
      const matcher = compileCodebook(loadCodebook(set.codebook, process.cwd()).codebook!);
      const all = evaluate(set.segments, matcher, 1);
      const held = evaluate(set.segments.filter(holdout), matcher, 1);
      expect(all.top1).toBeGreaterThanOrEqual(0.75);
      expect(held.top1).toBeGreaterThanOrEqual(0.6);
      expect(all.polarity!).toBeGreaterThanOrEqual(0.65);
    });
  }
});
