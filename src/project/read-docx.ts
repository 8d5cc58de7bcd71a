/**
 * Reading a Word file (I/O edge, asynchronous because mammoth is): .docx bytes → transcript text,
 * or a Diagnostic when the bytes are not a Word document. mammoth is loaded only when a project has
 * a .docx, so other commands do not pay for it.
 */
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { docxToText, type DocxNode } from '../transcript/formats/docx.js';
import { checkUnpackedSize, MemberTooLarge } from './zip-limit.js';

/** @param maxBytes the most the archive may unpack to (a small .docx can hold gigabytes of XML). */
export async function readDocx(buf: Buffer, shown: string, maxBytes: number): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const { default: mammoth } = await import('mammoth');
  let doc: DocxNode | undefined;
  try {
    await checkUnpackedSize(buf, maxBytes);
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
  if (e instanceof MemberTooLarge) {
    return diagnostic({ file: shown, line: 1, column: 1 }, 'file-too-large', 'error',
      `this Word file unpacks to more than ${(e.limit / 1048576).toFixed(0)} MB (at ${e.member}): it is damaged or built to exhaust memory`,
      'open it in Word or LibreOffice and save it again; split a really long document, or raise `max_file_mb` in telaah.yaml');
  }
  const first = e instanceof Error ? e.message.split('\n')[0]!.replace(/\s+/g, ' ').trim() : '';
  const why = buf.subarray(0, 4).equals(OLE) ? 'it is an old Word .doc file, or a document with a password'
    : /central directory|zip/i.test(first) ? 'it is not a .docx file: a .docx is a zip archive, and this is not one'
    : /main document part/i.test(first) || !first ? 'there is no Word document inside this archive'
    : first;
  return diagnostic({ file: shown, line: 1, column: 1 }, 'docx-unreadable', 'error', `cannot read this Word file: ${why}`,
    'open it in Word or LibreOffice and save it again as Word Document (.docx), without a password');
}
