import path from 'node:path';
import { deviceIdPattern, parseOpFilePath } from '../../../shared/sync/opFile';
import { isAttachmentPath, parseSnapshotPath } from '../../../shared/sync/folderPaths';
import { retryWhileBusy, type FolderContext } from './folderContext';
import { readBounded } from './boundedRead';
import { errorCode, isNotFound, type SyncDirent } from './syncFs';
import { SyncFolderError } from './syncFolderError';

export interface OpFileEntry {
  device: string;
  seq: number;
  /** Relative to the workspace root, forward slashes: `devices/<id>/ops/<seq>.json`. */
  relPath: string;
  size: number;
}

/**
 * What the shared folder holds. An unreachable share is its own answer, never an empty
 * list, so a share that is down is not read as "everything was deleted".
 */
export type OpFileListing =
  { reachable: true; files: OpFileEntry[] } | { reachable: false; code?: string };

/** Thrown inside the walk when a folder fails for another reason than being absent. */
class WalkFailed extends Error {
  constructor(readonly original: unknown) {
    super('walk failed');
  }
}

/** Lists the op files of every device, ordered by device then number; ignores all else. */
export async function listOpFiles(ctx: FolderContext): Promise<OpFileListing> {
  try {
    const stats = await ctx.fs.stat(ctx.root);
    if (!stats.isDirectory()) return { reachable: false, code: 'ENOTDIR' };
  } catch (error) {
    return { reachable: false, code: errorCode(error) };
  }
  try {
    const files: OpFileEntry[] = [];
    for (const deviceDir of await folders(ctx, 'devices')) {
      if (!deviceIdPattern.test(deviceDir.name)) continue;
      const opsRel = `devices/${deviceDir.name}/ops`;
      for (const entry of await entries(ctx, opsRel)) {
        const relPath = `${opsRel}/${entry.name}`;
        const parsed = parseOpFilePath(relPath);
        if (!parsed || !entry.isFile()) continue;
        const size = await sizeOf(ctx, relPath);
        if (size !== undefined) files.push({ ...parsed, relPath, size });
      }
    }
    files.sort((a, b) => (a.device === b.device ? a.seq - b.seq : a.device < b.device ? -1 : 1));
    return { reachable: true, files };
  } catch (error) {
    if (error instanceof WalkFailed) return { reachable: false, code: errorCode(error.original) };
    throw error;
  }
}

/** The entries of a folder under the root; an absent folder is empty. */
async function entries(ctx: FolderContext, relDir: string): Promise<SyncDirent[]> {
  try {
    return await ctx.fs.readdir(path.join(ctx.root, ...relDir.split('/')), {
      withFileTypes: true,
    });
  } catch (error) {
    if (isNotFound(error)) return [];
    throw new WalkFailed(error);
  }
}

async function folders(ctx: FolderContext, relDir: string): Promise<SyncDirent[]> {
  return (await entries(ctx, relDir)).filter((entry) => entry.isDirectory());
}

async function sizeOf(ctx: FolderContext, relPath: string): Promise<number | undefined> {
  try {
    return (await ctx.fs.stat(ctx.abs(relPath))).size;
  } catch (error) {
    // Pruned between listing and stat: simply not there any more.
    if (isNotFound(error)) return undefined;
    throw new WalkFailed(error);
  }
}

/**
 * Reads an op file, a snapshot or an attachment, but never more than `maxBytes` of it: a larger file answers
 * `{ tooLarge: true }`. A file cut short by another writer comes back short; the
 * caller's schema rejects it.
 */
export async function readOpFile(
  ctx: FolderContext,
  relPath: string,
  maxBytes: number,
): Promise<Uint8Array | { tooLarge: true }> {
  if (!parseOpFilePath(relPath) && !parseSnapshotPath(relPath) && !isAttachmentPath(relPath)) {
    throw new SyncFolderError('invalidPath', `Bukan berkas perubahan: ${relPath}`);
  }
  try {
    // An antivirus or indexer holding the file a moment is waited out, as for writes.
    return await retryWhileBusy(ctx, () => readBounded(ctx.fs, ctx.abs(relPath), maxBytes));
  } catch (error) {
    throw readError(relPath, error);
  }
}

function readError(relPath: string, error: unknown): SyncFolderError {
  // A folder at an op file's name holds no op file: for the reader it is not there.
  if (errorCode(error) === 'ENOENT' || errorCode(error) === 'EISDIR') {
    return new SyncFolderError('notFound', `Berkas ${relPath} tidak ada di folder bersama.`, {
      cause: error,
    });
  }
  return new SyncFolderError('io', `Berkas ${relPath} tidak dapat dibaca dari folder bersama.`, {
    cause: error,
  });
}
