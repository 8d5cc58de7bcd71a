/**
 * The learned polarity (codebook/polarity-model.ts): stories that show a shortfall without a cue
 * word are limits, plain support stays support, a codebook of one's own learns from the bundled
 * passages, `code --explain` says when the model decided, and a passage's `polarity` is checked.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { trainPolarity } from '../src/codebook/polarity-model.js';
import { rankCandidates } from '../src/passes/code.js';
import { limitClause } from '../src/output/conclusions.js';
import { loadCodebook } from '../src/project/codebooks.js';
import { run } from './helpers/cli.js';
import { miniProject } from './helpers/mini-project.js';

const bartania = compileCodebook(loadCodebook('bartania', process.cwd()).codebook!);
const top = (text: string, lang = 'id', m = bartania) => rankCandidates(text, lang, m, {})[0]!.evidence;

/** Meetings planned and put off, never held: no cue word says so. */
const POSTPONED = 'Rapat koordinasinya dijadwalkan tiap bulan, Pak. Yang jalan baru sekali, itu pun pas peresmian. Sisanya diundur terus, ujung-ujungnya cuma kirim notulen lewat grup.';
const WEEKLY = 'Tiap Kamis kami rapat di balai desa, semua datang, Pak Camat juga. Ngobrolnya enak, apa adanya.';

describe('learned polarity', () => {
  it('reads a shortfall told as a story, with no cue word, as a limit', () => {
    const e = top(POSTPONED);
    expect(e.code).toBe('dialog-tatap-muka');
    expect(e.cues).toEqual([]);
    expect(e.polarity).toBe('limit');
    expect(e.learnedPolarity).toBe('limit');
    expect(e.limitProbability).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves a plain support as support, and says nothing when it is not sure', () => {
    const e = top(WEEKLY);
    expect(e.code).toBe('dialog-tatap-muka');
    expect(e.polarity).toBe('support');
    expect(e.learnedPolarity).toBeUndefined();
    expect(e.limitProbability).toBeLessThan(0.5);
  });

  it('reads English stories too', () => {
    const e = top('Coordination meetings were planned for every month. One took place, at the launch; the rest were postponed again and again, and in the end the minutes were simply posted in the chat group.', 'en');
    expect(e.code).toBe('dialog-tatap-muka');
    expect(e.cues).toEqual([]);
    expect(e.polarity).toBe('limit');
  });

  it('trains a codebook of one\'s own, without passages, on the bundled passages', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'telaah-learned-polarity-'));
    const file = path.join(dir, 'mine.yaml');
    writeFileSync(file, [
      'id: mine',
      'title: { id: "Kodebuku saya" }',
      'codes:',
      '  - id: rapat',
      '    label: { id: "Rapat warga" }',
      '    keywords:',
      '      id: [rapat]',
      '',
    ].join('\n'));
    const loaded = loadCodebook(file, dir).codebook!;
    expect(loaded.polarityCorpus!.length).toBeGreaterThan(500);
    const own = compileCodebook(loaded);
    expect(top(POSTPONED, 'id', own).polarity).toBe('limit');
    expect(top(WEEKLY, 'id', own).polarity).toBe('support');
    // the same codebook without the corpus: the cue rules alone, which find no cue in the story
    const bare = compileCodebook({ ...loaded, polarityCorpus: undefined });
    expect(top(POSTPONED, 'id', bare).polarity).toBe('support');
  });

  it('leaves the polarity of a keyword the codebook marks support or limit to the codebook', () => {
    // "nggak pernah bolong" is marked polarity: support in bartania; the model alone would read a limit
    const e = top('Anggota kelompok kami nggak pernah bolong datang ke rapat.');
    expect(e.code).toBe('komitmen-proses');
    expect(e.limitProbability).toBeGreaterThanOrEqual(0.8);
    expect(e.polarity).toBe('support');
    expect(e.learnedPolarity).toBeUndefined();
  });

  it('says nothing when trained on too few passages of either polarity', () => {
    const few = Array.from({ length: 19 }, (_, i) => ({ text: `rapat ke-${i} batal lagi`, polarity: 'limit' as const }));
    const many = Array.from({ length: 40 }, (_, i) => ({ text: `rapat ke-${i} ramai sekali`, polarity: 'support' as const }));
    expect(trainPolarity([...few, ...many])).toBeUndefined();
    expect(trainPolarity([...few, { text: 'rapat batal', polarity: 'limit' }, ...many])).toBeDefined();
  });

  it('overrules a cue the whole passage contradicts: distrust told as where the story began', () => {
    const e = top('The villagers did not trust the rangers at first. The rangers came every week, kept every promise, and by the second year the villagers called them first whenever they saw a fire.', 'en');
    expect(e.code).toBe('membangun-kepercayaan');
    expect(e.cues).toEqual(['not']);
    expect(e.learnedPolarity).toBe('support');
    expect(e.polarity).toBe('support');
    expect(e.limitProbability).toBeLessThanOrEqual(0.1);
    // distrust that is the whole story stays a limit
    const now = top('The villagers do not trust the rangers. They say the rangers take money from the loggers, and nobody reports a fire to them any more.', 'en');
    expect(now.code).toBe('membangun-kepercayaan');
    expect(now.polarity).toBe('limit');
  });
});

describe('learned polarity in the CLI', () => {
  it('code --explain says the model made the limit, with its probability', async () => {
    const dir = miniProject({ 'w1.md': `---\nid: w1\ninformant: Pak Darmo\n---\nDarmo: ${POSTPONED}\n` });
    const r = await run(['code', dir, '--explain', 'w1#1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^dialog-tatap-muka/m);
    expect(r.stdout).toMatch(/polarity {3}limit \(no live limiting cue, but passages like this one are limits: learned P\(limit\) 0\.\d\d, at least 0\.8; words weighing most: "[^"]+"(, "[^"]+")*\)/);
    // the words it names are the segment's own
    const named = [...r.stdout.match(/words weighing most: (.*)\)$/m)![1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const w of named) expect(POSTPONED.toLowerCase()).toContain(w);
    // and segments.jsonl says which polarity the model set
    expect((await run(['code', dir])).code).toBe(0);
    const line = JSON.parse(readFileSync(path.join(dir, 'out', 'segments.jsonl'), 'utf8').split('\n')[0]!) as { codes: { code: string; polarity: string; polarity_by?: string }[] };
    const d = line.codes.find((c) => c.code === 'dialog-tatap-muka')!;
    expect(d).toMatchObject({ polarity: 'limit', polarity_by: 'learned' });
  });

  /** The reference-passages fixture with `more` appended to its passages; the project and the first appended line. */
  const withPassages = (more: string): { dir: string; line: number } => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-learned-polarity-')), 'proj');
    cpSync(path.join(import.meta.dirname, 'fixtures', 'reference-passages'), dir, { recursive: true });
    const file = path.join(dir, 'codebook.passages.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before + more);
    return { dir, line: before.split('\n').length };
  };

  it('a text labelled support and limit is a warning at the second label, naming the first', async () => {
    const text = 'Rapat tiap Senin di balai desa, tapi yang datang cuma pengurus.';
    const { dir, line } = withPassages(`  - code: dialog\n    language: id\n    polarity: support\n    text: "${text}"\n  - code: kepercayaan\n    language: id\n    polarity: limit\n    text: "${text}"\n`);
    const r = await run(['lint', path.join(dir, 'codebook.yaml')]);
    expect(r.stdout).toContain(`codebook.passages.yaml:${line + 6}:15  warning  this text is labelled support at line ${line + 2} and limit here: the learned polarity keeps the first label`);
  });

  it('a passage\'s polarity other than support or limit is an error at its value', async () => {
    const { dir, line } = withPassages('  - code: dialog\n    language: id\n    polarity: maybe\n    text: "Rapat tiap Senin di balai desa."\n');
    const r = await run(['lint', path.join(dir, 'codebook.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`codebook.passages.yaml:${line + 2}:15  error  \`polarity\` of a passage must be support or limit, not "maybe"`);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('learned polarity: what the draft quotes, and a broken installation', () => {
  it('a limit no sentence voices names its last sentence, where a story tells the shortfall', () => {
    const story = 'Coordination meetings were planned for every month with all the village heads and the agency staff. One took place at the launch, and after that each date was moved to the following month.';
    expect(limitClause(story)).toBe('One took place at the launch, and after that each date was moved to the following month');
    // a limit resting on a keyword match names the sentence that holds it
    const bypass = 'Forum pasar rapat tiap bulan di kantor UPT bersama dinas dan paguyuban pedagang. Pedagang yang kesal soal retribusi langsung lapor ke bupati lewat ajudannya. Setelah itu forum cuma dengar kabar belakangan dari grup.';
    expect(limitClause(bypass, 'langsung lapor ke bupati')).toBe('Pedagang yang kesal soal retribusi langsung lapor ke bupati lewat ajudannya');
    // a voiced limit is still the sentence that voices it
    expect(limitClause('Rapat koordinasi sudah dijadwalkan tiap bulan bersama semua kepala desa. Namun warga belum dilibatkan dalam rapat itu sampai sekarang. Semua orang pulang jam lima sore.'))
      .toBe('Namun warga belum dilibatkan dalam rapat itu sampai sekarang');
  });

  it('a missing bundled corpus is a warning naming it, and the coder goes on with the codebook\'s own passages', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'telaah-no-corpus-'));
    const repo = path.join(import.meta.dirname, '..');
    for (const d of ['bin', 'dist', 'codebooks']) cpSync(path.join(repo, d), path.join(root, d), { recursive: true });
    cpSync(path.join(repo, 'package.json'), path.join(root, 'package.json'));
    symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
    rmSync(path.join(root, 'codebooks', 'polarity-corpus.json'));
    const dir = miniProject({ 'w1.md': `---\nid: w1\ninformant: Pak Darmo\n---\nDarmo: ${POSTPONED}\n` });
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'telaah.js'), 'code', dir, '--explain', 'w1#1'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/codebooks\/polarity-corpus\.json:1:1 +warning +the bundled polarity corpus cannot be used: it is missing/);
    expect(r.stdout).toMatch(/^dialog-tatap-muka/m);
    expect(r.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
