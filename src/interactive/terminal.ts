/** The keyboard loop of a full-screen session (I/O edge): raw keys from the terminal, one at a time. */

/** A chunk read from a raw-mode terminal as key names: enter, backspace, escape, ctrl-c, or the character. */
export function keyNames(chunk: string): string[] {
  if (chunk === '\x1b') return ['escape'];
  if (chunk.startsWith('\x1b')) return []; // arrow keys and the like: ignored
  return [...chunk].map((ch) => (ch === '\r' || ch === '\n' ? 'enter' : ch === '\x7f' || ch === '\b' ? 'backspace' : ch === '\x03' ? 'ctrl-c' : ch));
}

/**
 * Reads keys until `onKey` says stop (or Ctrl-C), redrawing after every chunk; the terminal is back
 * in its normal mode when the promise resolves.
 */
export function keyLoop(draw: () => void, onKey: (key: string) => 'stop' | void): Promise<void> {
  const stdin = process.stdin;
  return new Promise<void>((resolve) => {
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      resolve();
    };
    function onData(chunk: string) {
      for (const key of keyNames(chunk)) {
        if (key === 'ctrl-c' || onKey(key) === 'stop') return finish();
      }
      draw();
    }
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    draw();
    stdin.on('data', onData);
  });
}
