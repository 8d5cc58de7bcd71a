/**
 * The .qdpx container (I/O edge, with jszip): a zip holding `project.qde` and the sources'
 * plain texts under `sources/`. Written deterministically (fixed dates, sorted members); read
 * leniently (`Sources/` or `sources/`, any case for `project.qde`).
 */
import JSZip from 'jszip';
import { MemberTooLarge, readLimited } from '../project/zip-limit.js';

export { MemberTooLarge };

/** 1980-01-01, the earliest date a zip can hold: no timestamps in outputs. */
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));

export async function packQdpx(qde: string, sources: Map<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', qde, { date: ZIP_EPOCH, createFolders: false });
  for (const name of [...sources.keys()].sort()) zip.file(name, sources.get(name)!, { date: ZIP_EPOCH, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

export interface OpenedQdpx {
  /** The member name of the project file as it was found. */
  qdeName?: string;
  qde?: string;
  /** The bytes of the member a source's `plainTextPath` (`internal://<guid>.txt`) names, if the zip has it. */
  source(plainTextPath: string): Promise<Uint8Array | undefined>;
}

/**
 * Opens a .qdpx reading only what is asked for: `project.qde` now, a source's text when asked. No
 * member is unpacked past `limit` bytes (a small zip can hold a huge member): MemberTooLarge.
 */
export async function openQdpx(bytes: Uint8Array, limit: number): Promise<OpenedQdpx> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const qde = byName.get('project.qde') ?? entries.find((e) => /^[^/]+\.qde$/i.test(e.name));
  // each member is unpacked once, however many sources name it (a hostile file can name one 30 times)
  const read = new Map<JSZip.JSZipObject, Promise<Uint8Array>>();
  const once = (entry: JSZip.JSZipObject): Promise<Uint8Array> => {
    let bytes = read.get(entry);
    if (!bytes) read.set(entry, (bytes = readLimited(entry, limit)));
    return bytes;
  };
  return {
    qdeName: qde?.name,
    qde: qde ? new TextDecoder('utf-8').decode(await readLimited(qde, limit)) : undefined,
    async source(plainTextPath) {
      const m = /^internal:\/\/(.+)$/i.exec(plainTextPath.trim());
      if (!m) return undefined; // a path outside the zip (relative:// or absolute): not carried
      const name = m[1]!.replace(/^\/+/, '').toLowerCase();
      const entry = byName.get(`sources/${name}`) ?? byName.get(name);
      return entry && entry !== qde ? once(entry) : undefined;
    },
  };
}
