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

/** What reading and opening one sealed file of the folder gave. */
export type SealedBytes =
  { kind: 'bytes'; bytes: Uint8Array } | Exclude<SealedJson, { kind: 'json' }>;

/**
 * Reads and opens one sealed file: bounded read, openFile with the path as aad (a file
 * copied under another name is refused). `name` names it in the reasons ('Berkas …',
 * 'Snapshot …'), `what` says what Meja TI writes ('berkas perubahan').
 */
export async function readSealedBytes(
  folder: FolderPort,
  keys: WorkspaceKeys,
  file: { relPath: string; maxBytes: number; name: string; what: string },
): Promise<SealedBytes> {
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
  try {
    return { kind: 'bytes', bytes: await openFile(keys, envelope, relPath) };
  } catch (error) {
    if (error instanceof UnauthenticatedFileError)
      return { kind: 'refused', reason: error.message };
    throw error;
  }
}

/** Reads one op file or snapshot as readSealedBytes does, then strict UTF-8 and JSON. */
export async function readSealedJson(
  folder: FolderPort,
  keys: WorkspaceKeys,
  file: { relPath: string; maxBytes: number; name: string; what: string },
): Promise<SealedJson> {
  const read = await readSealedBytes(folder, keys, file);
  return read.kind === 'bytes' ? jsonOf(read.bytes, `${file.name} ${file.relPath}`) : read;
}

/** Strict UTF-8 and JSON of an opened file; `named` names it in the reason. */
export function jsonOf(
  bytes: Uint8Array,
  named: string,
): Extract<SealedJson, { kind: 'json' | 'refused' }> {
  try {
    return {
      kind: 'json',
      json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
    };
  } catch {
    return { kind: 'refused', reason: `${named} rusak: isinya bukan JSON yang utuh.` };
  }
}

/** The `format` a parsed file says it has, if any. */
export function formatOf(json: unknown): unknown {
  return typeof json === 'object' && json !== null && 'format' in json ? json.format : undefined;
}
