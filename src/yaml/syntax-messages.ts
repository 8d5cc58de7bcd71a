/**
 * Plain-language messages for the YAML syntax errors people make when they write front matter,
 * codebooks, codings and telaah.yaml by hand: what is wrong, where it starts, and how to write it.
 * The `yaml` library's own wording ("Flow sequence in block collection must be sufficiently
 * indented and end with a ]") is written for YAML experts, and it points where the parser gave up,
 * often the line after the mistake. Pure.
 */

export interface YamlSyntaxError {
  /** The `yaml` library's error code (BAD_INDENT, MISSING_CHAR, …). */
  code: string;
  /** Its message, first line. */
  message: string;
  /** Offset in the text where the library reports it. */
  offset: number;
}

export interface ExplainedError {
  message: string;
  hint: string;
  /** Where the mistake starts (may be before where the library reports it). */
  offset: number;
  /** The mistake spans to here: later errors before it are its echoes. */
  spansTo?: number;
}

/**
 * Walks text[from, to) as a YAML reader would for brackets: `visit` sees each character outside
 * quoted values and comments (returning true stops the walk). A quote opens a value only at its
 * start, not inside a word (*Jum'at*); `\"` and `''` are escaped quotes. A quoted value may go on
 * over lines (`acrossLines`), or ends at the line's end (for brackets on one line). Returns the
 * offset of the quote still open where the walk ends, or -1.
 */
function walk(text: string, from: number, to: number, acrossLines: boolean, visit: (ch: string, i: number) => boolean | void = () => {}): number {
  let quote = '';
  let at = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\n' && !acrossLines) quote = '';
      else if (ch === quote && !(quote === '"' && text[i - 1] === '\\')) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? to : nl;
      continue;
    }
    if ((ch === '"' || ch === "'") && (i === 0 || /[\s:[{,-]/.test(text[i - 1]!))) {
      quote = ch;
      at = i;
    } else if (visit(ch, i)) break;
  }
  return quote ? at : -1;
}

/** Last unclosed `open` before `end`, outside quotes; -1 when none. */
function unclosed(text: string, end: number, open: string, close: string): number {
  const stack: number[] = [];
  walk(text, 0, end, false, (ch, i) => {
    if (ch === open) stack.push(i);
    else if (ch === close) stack.pop();
  });
  return stack.length ? stack[stack.length - 1]! : -1;
}

/** Offset of the bracket that closes the one opened at `at` (outside quotes), or the end of the text. */
function closingAfter(text: string, at: number, open: string, close: string): number {
  let depth = 0;
  let found = text.length;
  walk(text, at, text.length, false, (ch, i) => {
    if (ch === open) depth++;
    else if (ch === close && --depth === 0) {
      found = i;
      return true;
    }
    return false;
  });
  return found;
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The hint for a value with ": " in it, shown on the user's own line: `informant: "Bapak Camat: Drs. Azwar"`. */
function quoteIt(line: string): string {
  const m = /^\s*(?:-\s+)?([^:#]+):\s+(.*?)\s*$/.exec(line);
  const example = m ? `${m[1]!.trim()}: "${m[2]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : 'role: "Kepala Desa: Pak Budi"';
  return `put the whole value in double quotes: ${example}`;
}

/** A clearer message, hint and position for a YAML syntax error in `text`. */
export function explainYamlError(err: YamlSyntaxError, text: string): ExplainedError {
  const { code, message, offset } = err;
  const flow = /^Flow (sequence|map) in block collection/.exec(message);
  if (flow) {
    const [open, close] = flow[1] === 'map' ? ['{', '}'] : ['[', ']'];
    const at = unclosed(text, offset, open, close);
    const closedLater = at >= 0 && unclosed(text, text.length, open, close) !== at;
    const [what, example] = open === '[' ? ['a list', 'speakers: [Peneliti, Camat]'] : ['a set of key: value pairs', 'label: { id: Dialog, en: Dialogue }'];
    if (closedLater) {
      return {
        message: `${what} opened with \`${open}\` goes on over more than one line, which YAML allows only when its next lines are indented`,
        hint: `write it on one line, as in ${example}`,
        offset: at,
        spansTo: closingAfter(text, at, open, close),
      };
    }
    return {
      message: `${what} opened with \`${open}\` is never closed with \`${close}\``,
      hint: `close it on the same line, as in ${example}; if the ${open} is part of the text, put the whole value in double quotes`,
      offset: at < 0 ? offset : at,
    };
  }
  if (code === 'MISSING_CHAR' && /closing .*quote/i.test(message)) {
    const at = walk(text, 0, offset, true);
    return {
      message: 'a quoted value is never closed: the quote at its start has no partner',
      hint: 'end the value with the same quote on the same line, or remove the opening quote; to write " inside a value in double quotes, type \\"',
      offset: at < 0 ? offset : at,
    };
  }
  if (code === 'MISSING_CHAR' && /Implicit map keys need to be followed by map values/.test(message)) {
    return {
      message: 'this line is not a `key: value` line (no colon followed by a space)',
      hint: 'write it as key: value, with a space after the colon (in front matter, plain text belongs in the body, after the closing ---)',
      offset,
    };
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    const line = lineAt(text, offset);
    if (!/^\s*(-\s+)?[^\s:#][^:#]*:(\s|$)/.test(line)) {
      return {
        message: 'this line is not a `key: value` line (no colon followed by a space)',
        hint: 'write it as key: value, with a space after the colon (in front matter, plain text belongs in the body, after the closing ---)',
        offset: offset - (offset - (text.lastIndexOf('\n', offset - 1) + 1)),
      };
    }
    const rest = line.slice(line.indexOf(':') + 1);
    if (/:\s/.test(rest) || /:$/.test(rest.trimEnd())) {
      return { message: 'this value holds a colon and a space (": "), which YAML reads as the start of another key', hint: quoteIt(line), offset };
    }
    return {
      message: 'the line after this one is indented more than this one, so YAML reads both lines as one key',
      hint: 'start every key: value line at the same column (use spaces, not tabs); indent only the items of a list under its key',
      offset,
    };
  }
  if (code === 'TAB_AS_INDENT') {
    return { message: 'a tab is used for indentation, which YAML does not allow', hint: 'indent with spaces (two per level); many editors can show tabs and convert them', offset };
  }
  if (code === 'BAD_SCALAR_START') {
    const ch = /character (.)/.exec(message)?.[1] ?? '';
    return {
      message: `a value cannot start with ${ch ? `\`${ch}\`` : 'this character'} unless it is in quotes`,
      hint: 'put the whole value in double quotes, e.g. informant: "@sari_kader"',
      offset,
    };
  }
  if (code === 'BAD_INDENT' && /same column/.test(message)) {
    return {
      message: 'the keys of this block do not start at the same column',
      hint: 'line up every key of the block with the one above it (spaces only)',
      offset,
    };
  }
  if (code === 'DUPLICATE_KEY') return { message: 'duplicate key in a mapping', hint: 'remove or rename one of the two keys', offset };
  return {
    message: message.replace(/ at line \d+, column \d+:?$/, ''),
    hint: 'check this line and the one above it for unclosed quotes or brackets, a missing colon after a key, or uneven indentation',
    offset,
  };
}
