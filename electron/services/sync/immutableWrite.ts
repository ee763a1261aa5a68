import path from 'node:path';
import {
  ensureParents,
  randomToken,
  removeQuietly,
  retryWhileBusy,
  type FolderContext,
} from './folderContext';
import { errorCode, isTransientLockError } from './syncFs';
import { SyncFolderError } from './syncFolderError';

/**
 * Writes a file that is never changed afterwards: to `<name>.<random>.tmp` beside it,
 * flushed and closed, then renamed to its name, so another PC sees either nothing or
 * the whole file. An existing file is never replaced.
 *
 * The existence check is not atomic with the rename, which is enough because every
 * file has one writer: a device writes only under its own folders.
 */
export async function writeImmutable(
  ctx: FolderContext,
  relPath: string,
  bytes: Uint8Array,
): Promise<void> {
  const target = ctx.abs(relPath);
  try {
    await ensureParents(ctx, relPath);
    await refuseExisting(ctx, relPath, target);
  } catch (error) {
    throw describeWriteError(relPath, error);
  }

  const temp = path.join(path.dirname(target), `${path.basename(target)}.${randomToken(ctx)}.tmp`);
  try {
    await writeTemp(ctx, temp, bytes);
    await refuseExisting(ctx, relPath, target);
    await retryWhileBusy(ctx, () => ctx.fs.rename(temp, target));
  } catch (error) {
    await removeQuietly(ctx, temp);
    throw describeWriteError(relPath, error);
  }
  await removeLeftoverTemps(ctx, target);
}

/**
 * Removes the temp files an earlier attempt at the same file left when the PC died before
 * its rename. Only this device writes this name, so they can only be its own leftovers.
 */
async function removeLeftoverTemps(ctx: FolderContext, target: string): Promise<void> {
  const dir = path.dirname(target);
  const prefix = `${path.basename(target)}.`;
  let names: string[];
  try {
    names = (await ctx.fs.readdir(dir, { withFileTypes: true })).map((entry) => entry.name);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      await removeQuietly(ctx, path.join(dir, name));
    }
  }
}

async function writeTemp(ctx: FolderContext, temp: string, bytes: Uint8Array): Promise<void> {
  const handle = await retryWhileBusy(ctx, () => ctx.fs.open(temp, 'wx'));
  try {
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, null);
      written += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function refuseExisting(ctx: FolderContext, relPath: string, target: string): Promise<void> {
  try {
    await ctx.fs.stat(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  throw new SyncFolderError(
    'exists',
    `Berkas ${relPath} sudah ada di folder bersama dan tidak boleh ditimpa.`,
  );
}

function describeWriteError(relPath: string, error: unknown): SyncFolderError {
  if (error instanceof SyncFolderError) return error;
  if (isTransientLockError(error)) {
    return new SyncFolderError(
      'busy',
      `Berkas ${relPath} tidak dapat disimpan ke folder bersama: berkas sedang dipakai program lain (misalnya antivirus) atau folder tidak boleh ditulisi. Coba lagi sebentar lagi.`,
      { cause: error },
    );
  }
  return new SyncFolderError('io', `Berkas ${relPath} tidak dapat disimpan ke folder bersama.`, {
    cause: error,
  });
}
