import JSZip from 'jszip';

export interface ZipEntry {
  name: string;
  content: string;
  /** Unix permission bits, e.g. 0o755 for an executable. */
  mode: number;
}

/**
 * A zip archive with the entries' Unix modes kept: enough for a stand-in Electron zip that
 * the real extractor unpacks into an executable.
 */
export async function storedZip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const entry of entries) {
    zip.file(entry.name, entry.content, { unixPermissions: entry.mode });
  }
  return zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX', compression: 'STORE' });
}
