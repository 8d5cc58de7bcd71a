/** WebVTT (`.vtt`, as Zoom, Teams and Meet export recorded calls) → transcript text. Pure. */
import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';
import { blocks, cueAt, subtitleText, type Cue, type CueText } from './cues.js';

const EXAMPLE = '00:01:02.500 --> 00:01:05.000 (hours may be left out)';

export function vttToText(source: string, file: string): CueText {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0]!.trimEnd())) {
    return { text: '', speakers: [], diagnostics: [diagnostic({ file, line: 1, column: 1 }, 'subtitle-format', 'error', 'a WebVTT file must start with the line WEBVTT', 'is this really a .vtt file? If it is SRT, rename it to .srt')] };
  }
  const read: Array<Cue | Diagnostic> = [];
  // the header runs to the first blank line
  const all = blocks(lines);
  for (const b of all.slice(1)) {
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(b.lines[0]!)) continue;
    const t = b.lines[0]!.includes('-->') ? 0 : b.lines[1]?.includes('-->') ? 1 : -1;
    if (t < 0) {
      read.push(diagnostic({ file, line: b.at + 1, column: 1 }, 'cue-timing', 'error',
        'this block is not a cue: it has no timing line `start --> end`', `cue times look like ${EXAMPLE}`));
      continue;
    }
    read.push(cueAt(b, t, file, EXAMPLE));
  }
  return subtitleText(read, file);
}
