/**
 * Regression tests of the second hardening round (issue 19): each reproduces one defect found by an
 * adversarial pass and shows it is fixed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { copyPujud } from './helpers/mini-project.js';

/** Runs the CLI in a fresh module graph: no stems memoised by an earlier run of this process. */
async function freshRun(argv: string[]) {
  vi.resetModules();
  const { run } = await import('./helpers/cli.js');
  return run(argv);
}

describe('the stemming cache never changes results (#2)', () => {
  it('ignores and rewrites a cache whose stems were edited by hand', async () => {
    const dir = copyPujud();
    expect((await freshRun(['run', dir])).code).toBe(0);
    const segments = readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8');
    const cacheFile = path.join(dir, '.telaah-cache', 'stems-id.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { stems: Record<string, string> };
    // every word that stems to a keyword's root now "stems" to nonsense
    let edited = 0;
    for (const [w, s] of Object.entries(cache.stems)) {
      if (w !== s) {
        cache.stems[w] = 'zzz';
        edited++;
      }
    }
    expect(edited).toBeGreaterThan(20);
    writeFileSync(cacheFile, JSON.stringify(cache));

    expect((await freshRun(['run', dir])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8')).toBe(segments);
    const rewritten = JSON.parse(readFileSync(cacheFile, 'utf8')) as { stems: Record<string, string> };
    expect(Object.values(rewritten.stems)).not.toContain('zzz');
  }, 60_000);
});
