/** A table inside a horizontally scrollable, keyboard-focusable region (narrow windows). Pure. */
import { esc } from '../markup.js';

export interface TableParts {
  className: string;
  /** Id of the caption (or of the heading that names the table when there is no caption). */
  labelledBy: string;
  caption?: string;
  /** Markup between <table> and <thead> (colgroups). */
  cols?: string;
  /** The rows of <thead> and <tbody>, markup. */
  head: string;
  body: string;
}

export function scrollTable(t: TableParts): string {
  const caption = t.caption === undefined ? '' : `<caption id="${t.labelledBy}">${esc(t.caption)}</caption>\n`;
  return `<div class="scroll" role="region" aria-labelledby="${t.labelledBy}" tabindex="0">
<table class="${t.className}">
${caption}${t.cols ? `${t.cols}\n` : ''}<thead>
${t.head}
</thead>
<tbody>
${t.body}
</tbody>
</table>
</div>`;
}
