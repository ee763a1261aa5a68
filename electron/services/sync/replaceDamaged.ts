import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DamagedOwnFile } from '../../../shared/sync/damagedFile';
import { parseOpFilePath } from '../../../shared/sync/opFile';
import { randomToken, retryWhileBusy, type FolderContext } from './folderContext';
import { writeImmutable } from './immutableWrite';
import { errorCode } from './syncFs';
import { SyncFolderError } from './syncFolderError';

/**
 * Writes one of this PC's op files again over something damaged at its name: a file cut
 * short, one from another workspace, a folder. The thing found is never deleted: it is
 * renamed aside to `<name>.<random>.damaged` (no reader takes that name), and only while it
 * is still exactly what the PC judged damaged, so a valid file is never replaced. Then the
 * file is written as any new file is (temp file, rename, never over an existing one).
 */
export async function replaceDamaged(
  ctx: FolderContext,
  relPath: string,
  bytes: Uint8Array,
  found: DamagedOwnFile,
): Promise<void> {
  const parsed = parseOpFilePath(relPath);
  if (parsed?.device !== ctx.device) {
    throw new SyncFolderError(
      'invalidPath',
      `PC ini hanya boleh menulis kembali berkas perubahannya sendiri: ${relPath}`,
    );
  }
  const target = ctx.abs(relPath);
  const still = await stillDamaged(ctx, target, found).catch((cause: unknown) => {
    throw new SyncFolderError('io', `Berkas ${relPath} tidak dapat diperiksa.`, { cause });
  });
  if (still === 'changed') {
    throw new SyncFolderError(
      'exists',
      `Berkas ${relPath} sudah berubah di folder bersama dan tidak ditimpa.`,
    );
  }
  if (still === 'damaged') {
    const aside = path.join(
      path.dirname(target),
      `${path.basename(target)}.${randomToken(ctx)}.damaged`,
    );
    try {
      await retryWhileBusy(ctx, () => ctx.fs.rename(target, aside));
    } catch (cause) {
      throw new SyncFolderError(
        'busy',
        `Berkas rusak ${relPath} tidak dapat dipindahkan di folder bersama; dicoba lagi nanti.`,
        { cause },
      );
    }
  }
  await writeImmutable(ctx, relPath, bytes);
}

/** Whether the name still holds what was found ('damaged'), nothing ('absent'), or else. */
async function stillDamaged(
  ctx: FolderContext,
  target: string,
  found: DamagedOwnFile,
): Promise<'damaged' | 'absent' | 'changed'> {
  let stats;
  try {
    stats = await ctx.fs.stat(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'absent';
    throw error;
  }
  if (!stats.isFile()) return found.kind === 'notAFile' ? 'damaged' : 'changed';
  if (found.kind === 'larger') return stats.size > found.than ? 'damaged' : 'changed';
  if (found.kind !== 'file') return 'changed';
  const hash = createHash('sha256')
    .update(await ctx.fs.readFile(target))
    .digest('hex');
  return hash === found.sha256 ? 'damaged' : 'changed';
}
