/**
 * Text from a transcript, codebook or codings file made safe to print to a terminal. Pure.
 *
 * Escape sequences start with a control character (ESC, or the C1 controls such as U+009B CSI and
 * U+009D OSC): a transcript could otherwise set the window title (OSC 0), write the clipboard
 * (OSC 52), move the cursor or hide text. Each control character — also carriage return, backspace,
 * DEL, and the bidirectional overrides that reorder what is shown — becomes U+FFFD, one for one,
 * so offsets into the text stay valid (the interactive coder highlights by offset). The rest of a
 * sequence (`]0;title`) is plain printable text. Line feed and tab are kept.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, '\ufffd');
}
