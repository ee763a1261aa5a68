import { readSmallJson } from './boundedRead';
import { ensureRoot, type FolderContext } from './folderContext';
import { writeImmutable } from './immutableWrite';
import { errorCode } from './syncFs';
import { isSyncFolderError, SyncFolderError } from './syncFolderError';

/** The file at the root that says "this folder is a Meja TI workspace". */
export const MARKER_FILE = 'meja-ti-workspace.json';

/**
 * What the root holds. The caller validates `value` with its own schema; `absent` on a
 * reachable root means the folder is not (yet) a workspace, which differs from a share
 * that cannot be reached.
 */
export type MarkerReading =
  | { kind: 'found'; value: unknown }
  | { kind: 'invalid' }
  | { kind: 'absent' }
  | { kind: 'unreachable' };

export async function readMarker(ctx: FolderContext): Promise<MarkerReading> {
  try {
    await ensureRoot(ctx);
  } catch (error) {
    if (isSyncFolderError(error, 'unreachable')) return { kind: 'unreachable' };
    throw error;
  }
  try {
    const json = await readSmallJson(ctx.fs, ctx.abs(MARKER_FILE));
    return 'value' in json ? { kind: 'found', value: json.value } : { kind: 'invalid' };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'absent' };
    throw new SyncFolderError('io', 'Penanda ruang kerja di folder bersama tidak dapat dibaca.', {
      cause: error,
    });
  }
}

/** Makes the root a workspace; refuses when it already is one. */
export async function createMarker(ctx: FolderContext, json: unknown): Promise<void> {
  const text = JSON.stringify(json, null, 2);
  if (text === undefined) throw new TypeError('The marker must be JSON.');
  try {
    await writeImmutable(ctx, MARKER_FILE, new TextEncoder().encode(`${text}\n`));
  } catch (error) {
    if (isSyncFolderError(error, 'exists')) {
      throw new SyncFolderError('exists', 'Folder ini sudah berisi ruang kerja Meja TI.', {
        cause: error,
      });
    }
    throw error;
  }
}
