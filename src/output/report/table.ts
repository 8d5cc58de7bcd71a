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
  // the caption is read by screen readers with the table; sighted readers get the same words above
  // the scrolling region, where a narrow window cannot scroll them out of view
  const caption = t.caption === undefined ? '' : `<caption id="${t.labelledBy}" class="vh">${esc(t.caption)}</caption>\n`;
  const above = t.caption === undefined ? '' : `<p class="cap" aria-hidden="true">${esc(t.caption)}</p>\n`;
  return `${above}<div class="scroll" role="region" aria-labelledby="${t.labelledBy}" tabindex="0">
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
