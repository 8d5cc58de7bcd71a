/**
 * Writes a minimal valid WordprocessingML (.docx) file, as Word would, for tests to read back
 * through mammoth like a user's file: one paragraph per string; `\n` inside a string is a manual
 * line break (Shift+Enter), `\t` a tab. A `Name:` label at the start of a paragraph goes in a bold
 * run of its own, as transcribers format speaker names.
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runs(text: string): string {
  const parts: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) parts.push('<w:r><w:br/></w:r>');
    line.split('\t').forEach((piece, j) => {
      if (j > 0) parts.push('<w:r><w:tab/></w:r>');
      const label = /^((?:\[[^\]]*\] )?[^:\s][^:]{0,39}:)( .*)?$/.exec(piece);
      if (label) {
        parts.push(`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(label[1]!)}</w:t></w:r>`);
        if (label[2]) parts.push(`<w:r><w:t xml:space="preserve">${esc(label[2])}</w:t></w:r>`);
      } else if (piece) {
        parts.push(`<w:r><w:t xml:space="preserve">${esc(piece)}</w:t></w:r>`);
      }
    });
  });
  return parts.join('');
}

export async function makeDocx(paragraphs: readonly string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    + '</Types>');
  zip.file('_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    + '</Relationships>');
  const body = paragraphs.map((p) => (p === '' ? '<w:p/>' : `<w:p>${runs(p)}</w:p>`)).join('');
  zip.file('word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
