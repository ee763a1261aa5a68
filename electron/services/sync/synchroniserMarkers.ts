import { synchronisersIn, type SynchroniserName } from '../../../shared/sync/synchroniserMarkers';
import { ensureRoot, type FolderContext } from './folderContext';

export type SynchroniserReading =
  { reachable: true; synchronisers: SynchroniserName[] } | { reachable: false };

/** Which file synchronisers left their marker at the root of the shared folder. */
export async function findSynchronisers(ctx: FolderContext): Promise<SynchroniserReading> {
  try {
    await ensureRoot(ctx);
    const entries = await ctx.fs.readdir(ctx.root, { withFileTypes: true });
    return { reachable: true, synchronisers: synchronisersIn(entries.map((e) => e.name)) };
  } catch {
    // Away or unreadable: nothing can be told about it.
    return { reachable: false };
  }
}
