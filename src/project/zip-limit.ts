/**
 * Unpacking zip members (.docx, .qdpx) within a size limit (I/O edge, with jszip): a small zip can
 * hold a member that unpacks to gigabytes, so members are unpacked as streams that stop as soon as
 * they pass the limit.
 */
import JSZip from 'jszip';

/** A member (or the whole archive) larger unpacked than the limit: reading stopped at the limit. */
export class MemberTooLarge extends Error {
  constructor(readonly member: string, readonly limit: number) {
    super(`${member} is larger than ${(limit / 1048576).toFixed(0)} MB unpacked`);
  }
}

/** A member's bytes, unpacked as a stream that is stopped as soon as it passes `limit`. */
export function readLimited(entry: JSZip.JSZipObject, limit: number, onChunk?: (size: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy(): void };
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        stream.removeAllListeners('data');
        stream.destroy();
        chunks.length = 0;
        reject(new MemberTooLarge(entry.name, limit));
      } else {
        onChunk?.(c.length);
        if (!onChunk) chunks.push(c);
      }
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

/**
 * Unpacks every member of a zip, keeping nothing, and throws MemberTooLarge once all of them
 * together pass `limit` (named after the member that crossed it). Other errors (not a zip,
 * damaged) are thrown as jszip reports them.
 */
export async function checkUnpackedSize(bytes: Uint8Array, limit: number): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await readLimited(entry, limit - total, (n) => (total += n));
  }
}
