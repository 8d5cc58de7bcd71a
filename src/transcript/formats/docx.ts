/**
 * A Word document's content (the element tree mammoth reads from a .docx) → transcript text. Pure.
 *
 * Each paragraph becomes one line, an empty paragraph a blank line, and a manual line break
 * (Shift+Enter) inside a paragraph starts a new line too — so `Speaker: text` paragraphs are turns,
 * and the line numbers telaah cites count paragraphs and manual line breaks from the top. Paragraphs
 * in tables, lists and text boxes are lines like any other; footnotes and comments are left out.
 */

/** The part of mammoth's document model read here (the same fields mammoth's own raw-text walk uses). */
export interface DocxNode {
  type: string;
  children?: readonly DocxNode[];
  /** For `text` nodes. */
  value?: string;
}

export function docxToText(doc: DocxNode): string {
  const lines: string[] = [];
  let line: string | undefined;
  const walk = (node: DocxNode): void => {
    switch (node.type) {
      case 'text':
        line = (line ?? '') + (node.value ?? '');
        return;
      case 'tab':
        line = (line ?? '') + '\t';
        return;
      case 'break':
        lines.push(line ?? '');
        line = '';
        return;
      case 'paragraph': {
        const outer = line; // a paragraph inside a paragraph: a text box
        if (outer) lines.push(outer);
        line = '';
        for (const c of node.children ?? []) walk(c);
        lines.push(line);
        line = outer === undefined ? undefined : '';
        return;
      }
      default:
        for (const c of node.children ?? []) walk(c);
    }
  };
  walk(doc);
  // Word's spaces: no-break and zero-width characters read as what they look like
  const text = lines.map((l) => l.replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/\u00a0/g, ' ').trimEnd()).join('\n');
  return text.replace(/\n+$/, '') + '\n';
}
