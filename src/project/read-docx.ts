/**
 * Reading a Word file (I/O edge, asynchronous because mammoth is): .docx bytes → transcript text,
 * or a Diagnostic when the bytes are not a Word document. mammoth is loaded only when a project has
 * a .docx, so other commands do not pay for it.
 */
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { docxToText, type DocxNode } from '../transcript/formats/docx.js';

export async function readDocx(buf: Buffer, shown: string): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const { default: mammoth } = await import('mammoth');
  let doc: DocxNode | undefined;
  try {
    // mammoth's documented hook hands over the document it read; converting it to HTML is not needed
    await mammoth.convertToHtml({ buffer: buf }, {
      externalFileAccess: false,
      transformDocument: (d: DocxNode) => {
        doc = d;
        return { ...d, children: [] };
      },
    });
  } catch (e) {
    return { diagnostic: notWord(buf, shown, e) };
  }
  if (!doc) return { diagnostic: notWord(buf, shown, undefined) };
  return { text: docxToText(doc) };
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function notWord(buf: Buffer, shown: string, e: unknown): Diagnostic {
  const first = e instanceof Error ? e.message.split('\n')[0]!.replace(/\s+/g, ' ').trim() : '';
  const why = buf.subarray(0, 4).equals(OLE) ? 'it is an old Word .doc file, or a document with a password'
    : /central directory|zip/i.test(first) ? 'it is not a .docx file: a .docx is a zip archive, and this is not one'
    : /main document part/i.test(first) || !first ? 'there is no Word document inside this archive'
    : first;
  return diagnostic({ file: shown, line: 1, column: 1 }, 'docx-unreadable', 'error', `cannot read this Word file: ${why}`,
    'open it in Word or LibreOffice and save it again as Word Document (.docx), without a password');
}
