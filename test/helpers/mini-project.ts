/** A small project written to a temporary folder: telaah.yaml, transcripts and optional codings. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function miniProject(transcripts: Record<string, string>, codings: Record<string, string> = {}, codebook = 'bartania'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'telaah-mini-'));
  writeFileSync(path.join(dir, 'telaah.yaml'), `codebook: ${codebook}\ntranscripts: transcripts\nlanguage: id\n`);
  mkdirSync(path.join(dir, 'transcripts'));
  mkdirSync(path.join(dir, 'codings'));
  for (const [name, text] of Object.entries(transcripts)) writeFileSync(path.join(dir, 'transcripts', name), text);
  for (const [name, text] of Object.entries(codings)) writeFileSync(path.join(dir, 'codings', name), text);
  return dir;
}

/** A copy of samples/pujud without its out/ folder, in a temporary folder. */
export function copyPujud(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-pujud-')), 'pujud');
  cpSync(path.join(import.meta.dirname, '..', '..', 'samples', 'pujud'), dir, { recursive: true, filter: (s) => !s.split(path.sep).includes('out') });
  return dir;
}
