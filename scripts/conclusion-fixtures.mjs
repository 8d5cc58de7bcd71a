// Regenerates test/fixtures/conclusions/<sample>-input.json (the conclusion draft's input) from the
// bundled samples, on purpose only: `npm run build && node scripts/conclusion-fixtures.mjs`.
// The automatic codes get an explicit confidence, 0.25 + 0.2 × score (at most 0.95), so the fixtures
// exercise the evidence policy (codes below min_confidence 0.5 are not evidence: single-keyword
// matches) without depending on the scorer's own numbers.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyseProject } from '../dist/cli/analyse.js';
import { memoryIo } from '../dist/cli/io.js';
import { openProject } from '../dist/cli/project.js';
import { studySettings } from '../dist/cli/study.js';
import { corpusStage } from '../dist/passes/study.js';

const root = path.join(import.meta.dirname, '..');
for (const name of ['pujud', 'sampang', 'riverton']) {
  const io = memoryIo({ cwd: root });
  const p = await openProject(path.join('samples', name), undefined, io, []);
  const settings = studySettings(p, {});
  const { analysis } = await analyseProject(p, { auto: settings.auto, minScore: settings.minScore, jobs: 1 });
  for (const s of analysis.segments) {
    for (const a of s.codes) if (a.origin === 'auto') a.confidence = Math.min(0.95, Math.round((0.25 + 0.2 * a.score) * 100) / 100);
  }
  const study = corpusStage(analysis, { ...settings, minConfidence: 0.5 });
  const file = path.join(root, 'test', 'fixtures', 'conclusions', `${name}-input.json`);
  writeFileSync(file, `${JSON.stringify(study.conclusions, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, file)}`);
}
