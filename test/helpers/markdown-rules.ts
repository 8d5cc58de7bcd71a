/**
 * Two markdownlint custom rules for the mistake that once turned half the README inside out: a
 * code fence left open, so the next fence (```sh) is read as text inside the block and every
 * fence after it swaps code for prose.
 */
import type { Rule } from 'markdownlint';

type Token = { type: string; startLine: number; endLine: number; text: string; children: Token[] };
const fences = (tokens: readonly Token[]) => tokens.filter((t) => t.type === 'codeFenced');

function fenceRule(name: string, description: string, check: (fence: Token, onError: (line: number, detail: string) => void) => void): Rule {
  return {
    names: [name.split(' ')[0]!, name.split(' ')[1]!],
    description,
    tags: ['code'],
    parser: 'micromark',
    function(params, onError) {
      for (const t of fences(params.parsers.micromark!.tokens as unknown as Token[])) check(t, (lineNumber, detail) => onError({ lineNumber, detail }));
    },
  };
}

/** A fenced block must be closed before the end of the file. */
export const fenceClosed = fenceRule('TL001 fence-closed', 'Code fence is never closed', (t, report) => {
  if (t.children.filter((c) => c.type === 'codeFencedFence').length < 2) report(t.startLine, 'this fence is never closed: everything after it is shown as code');
});

/** A line inside a block that opens a fence with a language (```sh) means the fence before was left open. */
export const noFenceInFence = fenceRule('TL002 no-fence-in-fence', 'Fence opener inside a code block', (t, report) => {
  for (const c of t.children) {
    if (c.type === 'codeFlowValue' && /^\s*(```|~~~)[\w-]+\s*$/.test(c.text)) {
      report(c.startLine, `"${c.text.trim()}" is inside the code block opened on line ${t.startLine}: close that block first`);
    }
  }
});
