// Writing a generated corpus: transcripts go to `quarter/` (the first quarter of the files: the small
// corpus of the growth ratio) or `rest/`; projects `full` (both folders) and `small` (the quarter) sit
// beside them and name the codebook.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function corpusFolders(dir) {
  const quarter = path.join(dir, 'quarter');
  const rest = path.join(dir, 'rest');
  mkdirSync(quarter);
  mkdirSync(rest);
  let bytes = 0;
  let smallBytes = 0;
  return {
    dirs: [quarter, rest],
    /** Writes transcript `f` of `files`; returns its size in bytes. */
    write(f, files, body) {
      const inQuarter = f < files / 4;
      writeFileSync(path.join(inQuarter ? quarter : rest, `t${f}.md`), body);
      const n = Buffer.byteLength(body);
      bytes += n;
      if (inQuarter) smallBytes += n;
      return n;
    },
    get bytes() {
      return bytes;
    },
    get smallBytes() {
      return smallBytes;
    },
  };
}

export function project(dir, name, yaml, files = {}) {
  const p = path.join(dir, name);
  mkdirSync(p);
  writeFileSync(path.join(p, 'telaah.yaml'), yaml);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(p, file), text);
  return p;
}

/** The projects `full` and `small` of a corpus generated in `dir` with codebook `codebook` (a name or ./file). */
export function corpusProjects(dir, codebook) {
  const yaml = (transcripts) => `codebook: ${codebook}\ntranscripts: ${transcripts}\nlanguage: id\noutput: out\n`;
  return {
    full: project(dir, 'full', yaml('[../quarter, ../rest]')), small: project(dir, 'small', yaml('../quarter')),
    // every other transcript (by the last digit of its number): two halves of the corpus
    halves: ['[02468]', '[13579]'].map((d, i) => project(dir, `half${i + 1}`, yaml(`['../quarter/t*${d}.md', '../rest/t*${d}.md']`))),
  };
}

/** Front matter of generated transcript `f`. */
export const frontMatter = (f) => `---\nid: t${f}\ninformant: Informan ${f}\ngroup: g${f % 5}\nmethod: interview\n---\n`;

/** Text wrapped at about 95 characters like a typed transcript, each line ending in a newline. */
export const wrap = (text) => text.replace(/(.{1,95})(\s|$)/g, '$1\n');
/** A speaker turn, wrapped. */
export const turn = (who, words) => wrap(`${who}: ${words.join(' ')}.`);
