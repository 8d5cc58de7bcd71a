/** SubRip (`.srt`) subtitles → transcript text. Pure. */
import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';
import { blocks, cueAt, subtitleText, type Cue, type CueText } from './cues.js';

const EXAMPLE = '00:01:02,500 --> 00:01:05,000';

export function srtToText(source: string, file: string): CueText {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  const read: Array<Cue | Diagnostic> = [];
  for (const b of blocks(lines)) {
    const numbered = /^\s*\d+\s*$/.test(b.lines[0]!);
    const t = b.lines[0]!.includes('-->') ? 0 : numbered || b.lines[1]?.includes('-->') ? 1 : -1;
    if (t < 0 || (t === 1 && !b.lines[1]?.includes('-->'))) {
      const last = read[read.length - 1];
      if (t < 0 && last && 'payload' in last) {
        last.payload.push(...b.lines); // a blank line inside a cue's text
        continue;
      }
      const at = t === 1 && b.lines[1] !== undefined ? b.at + 2 : b.at + 1;
      read.push(diagnostic({ file, line: at, column: 1 }, 'cue-timing', 'error',
        t === 1 ? 'expected the cue\'s timing line `start --> end` after its number' : 'this block is not a cue: it has no timing line `start --> end`',
        `cue times look like ${EXAMPLE}`));
      continue;
    }
    read.push(cueAt(b, t, file, EXAMPLE));
  }
  return subtitleText(read, file);
}
