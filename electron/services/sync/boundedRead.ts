import type { SyncFs } from './syncFs';

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a whole file, but never more than `maxBytes` of it: a larger file answers
 * `{ tooLarge: true }`, mostly without reading anything.
 */
export async function readBounded(
  fs: SyncFs,
  absPath: string,
  maxBytes: number,
): Promise<Uint8Array | { tooLarge: true }> {
  const handle = await fs.open(absPath, 'r');
  try {
    if ((await handle.stat()).size > maxBytes) return { tooLarge: true };
    const chunks: Uint8Array[] = [];
    let total = 0;
    // One byte past the limit tells a file that grew after stat from one that fits.
    while (total <= maxBytes) {
      const chunk = new Uint8Array(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > maxBytes) return { tooLarge: true };
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/** Reads a small JSON file: its value, or `invalid` when too large or not JSON; fs errors are thrown. */
export async function readSmallJson(
  fs: SyncFs,
  absPath: string,
  maxBytes = 64 * 1024,
): Promise<{ value: unknown } | { invalid: true }> {
  const bytes = await readBounded(fs, absPath, maxBytes);
  if (!(bytes instanceof Uint8Array)) return { invalid: true };
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { invalid: true };
  }
}
