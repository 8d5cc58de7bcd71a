/** Byte-stable zip packages (the workbook, the Word draft): fixed entry dates, no folder entries. Pure apart from being asynchronous. */
import JSZip from 'jszip';

/** Fixed, so that the same inputs give the same bytes (the zip format cannot say "no date"). */
export const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/** The same zip with every entry dated FIXED_DATE and no folder entries; `edit` may rewrite an entry's bytes. */
export async function stableZip(raw: Uint8Array, edit?: (name: string, data: Uint8Array) => Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(raw);
  const out = new JSZip();
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name]!;
    if (f.dir) continue;
    const data = await f.async('uint8array');
    out.file(name, edit ? edit(name, data) : data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
