import { ensureParents, type FolderContext } from './folderContext';
import { errorCode } from './syncFs';
import { SyncFolderError } from './syncFolderError';

export type ClaimOutcome = 'claimed' | 'taken';

/**
 * Claims a name on the share by creating its folder, e.g. `claims/2026/0042` for a
 * register number. Creating a folder that exists fails on every file system and SMB
 * share, so of several PCs claiming at once exactly one gets 'claimed'.
 */
export async function claim(ctx: FolderContext, relDir: string): Promise<ClaimOutcome> {
  await ensureParents(ctx, relDir);
  try {
    await ctx.fs.mkdir(ctx.abs(relDir), { recursive: false });
    return 'claimed';
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return 'taken';
    throw new SyncFolderError('io', `Nomor ${relDir} tidak dapat dipesan di folder bersama.`, {
      cause: error,
    });
  }
}
