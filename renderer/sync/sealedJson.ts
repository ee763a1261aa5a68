import { UnauthenticatedFileError } from './cryptoErrors';
import { openFile } from './fileEnvelope';
import { folderErrorMessage, type FolderPort } from './folderPort';
import type { WorkspaceKeys } from './workspaceCrypto';

/** What reading one sealed file of the folder gave, before its own schema is checked. */
export type SealedJson =
  | { kind: 'json'; json: unknown }
  /** Could not be read now (gone between listing and read, share busy): try next cycle. */
  | { kind: 'unavailable'; message: string }
  /** Read, but not a file this PC may use: the Indonesian reason. */
  | { kind: 'refused'; reason: string };

/**
 * Reads one op file or snapshot: bounded read, openFile with the path as aad (a file copied
 * under another name is refused), strict UTF-8, JSON. `name` names it in the reasons
 * ('Berkas …', 'Snapshot …'), `what` says what Meja TI writes ('berkas perubahan').
 */
export async function readSealedJson(
  folder: FolderPort,
  keys: WorkspaceKeys,
  file: { relPath: string; maxBytes: number; name: string; what: string },
): Promise<SealedJson> {
  const { relPath, maxBytes, name } = file;
  let envelope: Uint8Array | { tooLarge: true };
  try {
    envelope = await folder.readOpFile(relPath, maxBytes);
  } catch (error) {
    return { kind: 'unavailable', message: folderErrorMessage(error) };
  }
  if (!(envelope instanceof Uint8Array)) {
    return {
      kind: 'refused',
      reason: `${name} ${relPath} lebih besar dari ${maxBytes / 1024 / 1024} MiB, padahal Meja TI tidak pernah menulis ${file.what} sebesar itu.`,
    };
  }
  let plaintext: Uint8Array;
  try {
    plaintext = await openFile(keys, envelope, relPath);
  } catch (error) {
    if (error instanceof UnauthenticatedFileError)
      return { kind: 'refused', reason: error.message };
    throw error;
  }
  try {
    return {
      kind: 'json',
      json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)),
    };
  } catch {
    return { kind: 'refused', reason: `${name} ${relPath} rusak: isinya bukan JSON yang utuh.` };
  }
}

/** The `format` a parsed file says it has, if any. */
export function formatOf(json: unknown): unknown {
  return typeof json === 'object' && json !== null && 'format' in json ? json.format : undefined;
}
