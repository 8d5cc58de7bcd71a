/**
 * The .qdpx container (I/O edge, with jszip): a zip holding `project.qde` and the sources'
 * plain texts under `sources/`. Written deterministically (fixed dates, sorted members); read
 * leniently (`Sources/` or `sources/`, any case for `project.qde`).
 */
import JSZip from 'jszip';

/** 1980-01-01, the earliest date a zip can hold: no timestamps in outputs. */
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));

export async function packQdpx(qde: string, sources: Map<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', qde, { date: ZIP_EPOCH, createFolders: false });
  for (const name of [...sources.keys()].sort()) zip.file(name, sources.get(name)!, { date: ZIP_EPOCH, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

export interface UnpackedQdpx {
  /** The member name of the project file as it was found. */
  qdeName?: string;
  qde?: string;
  /** Every other member's bytes, by lower-cased name. */
  members: Map<string, Uint8Array>;
}

export async function unpackQdpx(bytes: Uint8Array): Promise<UnpackedQdpx> {
  const zip = await JSZip.loadAsync(bytes);
  const out: UnpackedQdpx = { members: new Map() };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const lower = entry.name.toLowerCase();
    if (!out.qde && (lower === 'project.qde' || (lower.endsWith('.qde') && !lower.includes('/')))) {
      out.qdeName = entry.name;
      out.qde = await entry.async('string');
    } else out.members.set(lower, await entry.async('uint8array'));
  }
  return out;
}

/** The member a `plainTextPath` such as `internal://<guid>.txt` points at, if the zip has it. */
export function memberFor(plainTextPath: string, members: Map<string, Uint8Array>): Uint8Array | undefined {
  const m = /^internal:\/\/(.+)$/i.exec(plainTextPath.trim());
  if (!m) return undefined; // a path outside the zip (relative:// or absolute): not carried
  const name = m[1]!.replace(/^\/+/, '').toLowerCase();
  return members.get(`sources/${name}`) ?? members.get(name);
}
