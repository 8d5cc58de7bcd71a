/**
 * out/conclusions.docx: the conclusion draft as a Word document, written with the `docx` library
 * from the same blocks as conclusions.md: headings as Word heading styles, quotes as block quotes
 * (style "Quote") with their citations and coders, numbered conclusions and suggestions, and in the
 * results chapter the code × informant matrix and the triangulation table as Word tables and the two
 * figures (SVG, with the PNG fallback Word requires). Byte-stable: fixed document dates, zip entries
 * dated 1980 (as the workbook). Pure apart from being asynchronous; the PNGs come in as data.
 */
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow,
  TableLayoutType, TextRun, WidthType, type ParagraphChild,
} from 'docx';
import { FIXED_DATE, stableZip } from './zip.js';
import type { Block, Draft } from './conclusions.js';
import { oneLine } from './markup.js';

/** A table of the results chapter. */
export interface DocxTable {
  caption: string;
  header: string[];
  rows: string[][];
  /** Per row: indentation depth of its first cell (sub-codes under their parent). */
  depth?: number[];
  /** Shares of the page width per column (default: the label a quarter, the rest evenly). */
  widths?: number[];
}

/** A figure: its SVG, the PNG fallback, and its size in CSS pixels. */
export interface DocxFigure {
  caption: string;
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

export interface DocxExtras {
  /** The results heading's text: the tables and figures follow it. */
  resultsHeading: string;
  /** Table 1, figure 1, table 2, figure 2 — in that order. */
  tables: DocxTable[];
  figures: DocxFigure[];
  title: string;
}

/** Widest figure on an A4 page with 2.5 cm margins, in pixels at 96 dpi. */
const PAGE_WIDTH_PX = 605;
const NUMBERED = 'numbered';

export async function conclusionsDocx(draft: Draft, extras: DocxExtras): Promise<Uint8Array> {
  let lists = 0;
  const children: (Paragraph | Table)[] = [];
  for (const b of draft.blocks) {
    if (b.kind === 'numbered') {
      const instance = lists++;
      children.push(...b.items.map((item) => new Paragraph({ children: inline(item), numbering: { reference: NUMBERED, level: 0, instance } })));
    } else {
      children.push(...paragraphs(b));
    }
    if (b.kind === 'heading' && b.text === oneLine(extras.resultsHeading)) children.push(...displays(extras));
  }
  const doc = new Document({
    creator: 'telaah',
    lastModifiedBy: 'telaah',
    title: extras.title,
    styles: {
      default: { document: { paragraph: { spacing: { after: 160, line: 288 } } } },
      paragraphStyles: [
        {
          id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true,
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 120 } },
          run: { italics: true },
        },
        {
          id: 'ResearcherNote', name: 'Researcher Note', basedOn: 'Normal', next: 'Normal', quickFormat: true,
          paragraph: { indent: { left: 360 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '888888', space: 8 } } },
          run: { color: '444444' },
        },
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, size: 20 } },
      ],
    },
    numbering: {
      config: [{
        reference: NUMBERED,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }],
      }],
    },
    sections: [{ children }],
  });
  const raw = await Packer.toBuffer(doc);
  return stableZip(new Uint8Array(raw), stable);
}

/**
 * What docx writes differently each time, made the same: the time of writing in docProps/core.xml,
 * and the drawings' ids, which count on across all documents a process writes.
 */
function stable(name: string, data: Uint8Array): Uint8Array {
  const edit = (f: (xml: string) => string) => new TextEncoder().encode(f(new TextDecoder().decode(data)));
  if (name === 'docProps/core.xml') {
    const stamp = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return edit((xml) => xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`));
  }
  if (name === 'word/document.xml') {
    let n = 0;
    return edit((xml) => xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`));
  }
  return data;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];

function paragraphs(b: Exclude<Block, { kind: 'numbered' }>): Paragraph[] {
  switch (b.kind) {
    case 'title': return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(oneLine(b.text))] })];
    // Markdown `##` is the first heading level of the document (`#` is its title)
    case 'heading': return [new Paragraph({ heading: HEADINGS[Math.min(HEADINGS.length, Math.max(1, b.level - 1)) - 1], children: [new TextRun(b.text)] })];
    case 'note': return [new Paragraph({ children: [new TextRun({ text: b.text, italics: true })] })];
    case 'paragraph': return [new Paragraph({ children: inline(b.text) })];
    case 'callout': return [new Paragraph({ style: 'ResearcherNote', children: inline(b.text) })];
    case 'quote': return [new Paragraph({
      style: 'Quote',
      children: [
        new TextRun(`“${unescape(b.text)}” `),
        new TextRun({ text: `${b.citation} [${oneLine(b.quote.codedBy)}]`, italics: false }),
      ],
    })];
    case 'bullets': return b.items.map((item) => new Paragraph({ children: inline(item), bullet: { level: 0 } }));
  }
}

/** `**strong**` and `*emphasis*` as Word runs; backslash escapes of the Markdown text undone. */
export function inline(text: string): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  const re = /\*\*(.+?)\*\*|(?<![\\*])\*(?!\s)(.+?)(?<![\\\s])\*/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) runs.push(new TextRun(unescape(text.slice(at, m.index))));
    runs.push(m[1] !== undefined ? new TextRun({ text: unescape(m[1]), bold: true }) : new TextRun({ text: unescape(m[2]!), italics: true }));
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push(new TextRun(unescape(text.slice(at))));
  return runs;
}

const unescape = (s: string): string => s.replace(/\\([\\`*~[\]<>_&])/g, '$1'); // what mdInline (markup.ts) escapes

/** The tables and figures of the results chapter: table 1, figure 1, table 2, figure 2. */
function displays(extras: DocxExtras): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  extras.tables.forEach((t, i) => {
    out.push(new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(t.caption)] }), table(t));
    const f = extras.figures[i];
    if (f) out.push(figure(f), new Paragraph({ style: 'Caption', children: [new TextRun(f.caption)] }));
  });
  return out;
}

/** The text width of an A4 page with the default margins of 2.54 cm, in twentieths of a point. */
const TEXT_WIDTH_TWIPS = 9026;
/** Share of the width the first column (the code's label) gets. */
const LABEL_SHARE = 0.26;

function table(t: DocxTable): Table {
  const shares = t.widths ?? t.header.map((_, j) => (j === 0 ? LABEL_SHARE : (1 - LABEL_SHARE) / Math.max(1, t.header.length - 1)));
  const widths = shares.map((x) => Math.floor(TEXT_WIDTH_TWIPS * x));
  const cell = (text: string, j: number, opts: { bold?: boolean; indent?: number } = {}) => new TableCell({
    width: { size: widths[j]!, type: WidthType.DXA },
    children: [new Paragraph({ indent: opts.indent ? { left: 200 * opts.indent } : undefined, children: [new TextRun({ text, bold: opts.bold ?? false, size: 18 })] })],
  });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((h, j) => cell(h, j, { bold: true })) }),
      ...t.rows.map((r, i) => new TableRow({ cantSplit: true, children: r.map((c, j) => cell(c, j, { indent: j === 0 ? t.depth?.[i] : undefined })) })),
    ],
  });
}

function figure(f: DocxFigure): Paragraph {
  const scale = Math.min(1, PAGE_WIDTH_PX / f.width);
  const transformation = { width: Math.round(f.width * scale), height: Math.round(f.height * scale) };
  return new Paragraph({
    keepNext: true,
    children: [new ImageRun({
      type: 'svg', data: new TextEncoder().encode(f.svg), transformation, fallback: { type: 'png', data: f.png },
      altText: { name: f.caption, description: f.caption, title: f.caption },
    })],
  });
}
