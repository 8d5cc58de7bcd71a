/**
 * out/conclusions.md: the draft's blocks (conclusions.ts) as Markdown. Pure and deterministic: the
 * same input gives the same text (LF, one trailing newline).
 */
import type { ConclusionInput } from '../model/conclusion.js';
import { draftBlocks, inert, type Block } from './conclusions.js';
import { markdownSafeInput } from './markdown-safe-input.js';
import { mdInline, oneLine } from './markup.js';

export function conclusionsMarkdown(raw: ConclusionInput): string {
  const input = markdownSafeInput(raw); // every user text escaped for Markdown and HTML once, here
  return `${draftBlocks(input).blocks.map(markdownBlock).join('\n\n')}\n`;
}

function markdownBlock(b: Block): string {
  switch (b.kind) {
    case 'title': return `# ${oneLine(b.text)}`;
    case 'note': return `*${b.text}*`;
    case 'heading': return `${'#'.repeat(b.level)} ${b.text}`;
    case 'paragraph': return b.text;
    case 'callout': return `> ${b.text}`;
    // the coder in brackets after the citation; the segment id rides along as a comment
    case 'quote': return `> "${inert(b.text)}" ${b.citation} [${mdInline(b.quote.codedBy)}] <!-- ${oneLine(b.quote.segment)} -->`;
    case 'numbered': return b.items.map((item, j) => `${j + 1}. ${item}`).join('\n');
    case 'bullets': return b.items.map((item) => `- ${item}`).join('\n');
  }
}
