/**
 * Two markdownlint custom rules for the mistake that once turned half the README inside out: a
 * code fence left open, so the next fence (```sh) is read as text inside the block and every
 * fence after it swaps code for prose.
 */
import type { Rule } from 'markdownlint';

type Token = { type: string; startLine: number; endLine: number; text: string; children: Token[] };
const fences = (tokens: readonly Token[]) => tokens.filter((t) => t.type === 'codeFenced');

/** A fenced block must be closed before the end of the file. */
export const fenceClosed: Rule = {
  names: ['TL001', 'fence-closed'],
  description: 'Code fence is never closed',
  tags: ['code'],
  parser: 'micromark',
  function(params, onError) {
    for (const t of fences(params.parsers.micromark!.tokens as unknown as Token[])) {
      if (t.children.filter((c) => c.type === 'codeFencedFence').length < 2) {
        onError({ lineNumber: t.startLine, detail: 'this fence is never closed: everything after it is shown as code' });
      }
    }
  },
};

/** A line inside a block that opens a fence with a language (```sh) means the fence before was left open. */
export const noFenceInFence: Rule = {
  names: ['TL002', 'no-fence-in-fence'],
  description: 'Fence opener inside a code block',
  tags: ['code'],
  parser: 'micromark',
  function(params, onError) {
    for (const t of fences(params.parsers.micromark!.tokens as unknown as Token[])) {
      for (const c of t.children) {
        if (c.type === 'codeFlowValue' && /^\s*(```|~~~)[\w-]+\s*$/.test(c.text)) {
          onError({ lineNumber: c.startLine, detail: `"${c.text.trim()}" is inside the code block opened on line ${t.startLine}: close that block first` });
        }
      }
    }
  },
};
