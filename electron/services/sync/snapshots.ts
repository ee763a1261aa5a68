import { parseSnapshotPath } from '../../../shared/sync/folderPaths';
import { parseOpFilePath } from '../../../shared/sync/opFile';
import { ensureRoot, retryWhileBusy, type FolderContext } from './folderContext';
import { errorCode, isNotFound } from './syncFs';
import { SyncFolderError } from './syncFolderError';

export interface SnapshotEntry {
  /** `snapshots/<hlc>.json` */
  relPath: string;
  hlc: string;
  size: number;
}

export type SnapshotListing =
  { reachable: true; files: SnapshotEntry[] } | { reachable: false; code?: string };

/** The snapshots in the folder, oldest first; anything else in `snapshots/` is ignored. */
export async function listSnapshots(ctx: FolderContext): Promise<SnapshotListing> {
  try {
    await ensureRoot(ctx);
  } catch (error) {
    return { reachable: false, code: errorCode(error) };
  }
  let names: string[];
  try {
    const entries = await ctx.fs.readdir(ctx.abs('snapshots'), { withFileTypes: true });
    names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch (error) {
    if (isNotFound(error)) return { reachable: true, files: [] };
    return { reachable: false, code: errorCode(error) };
  }
  const files: SnapshotEntry[] = [];
  for (const name of names) {
    const relPath = `snapshots/${name}`;
    const parsed = parseSnapshotPath(relPath);
    if (!parsed) continue;
    try {
      files.push({ relPath, hlc: parsed.hlc, size: (await ctx.fs.stat(ctx.abs(relPath))).size });
    } catch (error) {
      // Pruned by another PC between the listing and the stat.
      if (!isNotFound(error)) return { reachable: false, code: errorCode(error) };
    }
  }
  files.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  return { reachable: true, files };
}

/** Whether `relPath` names a file the engine reads: an op file or a snapshot. */
export function isSyncDataPath(relPath: string): boolean {
  return parseOpFilePath(relPath) !== null || parseSnapshotPath(relPath) !== null;
}

/**
 * Deletes an op file or snapshot when pruning; one already gone is fine (another PC
 * pruned it first). Never touches anything else in the folder.
 */
export async function deleteSyncFile(ctx: FolderContext, relPath: string): Promise<void> {
  if (!isSyncDataPath(relPath)) {
    throw new SyncFolderError('invalidPath', `Bukan berkas sinkronisasi: ${relPath}`);
  }
  await ensureRoot(ctx);
  try {
    await retryWhileBusy(ctx, () => ctx.fs.unlink(ctx.abs(relPath)));
  } catch (error) {
    if (isNotFound(error)) return;
    throw new SyncFolderError('io', `Berkas ${relPath} tidak dapat dihapus dari folder bersama.`, {
      cause: error,
    });
  }
}
