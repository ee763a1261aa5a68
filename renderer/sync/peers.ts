import { putRow, type WriteContext } from '../db/repository';
import type { MejaDatabase } from '../db/database';

/**
 * The PCs of a workspace, as a synced table (`syncPeers`, keyed by device id): each PC names
 * itself, and an operator retires a PC that is no longer used. A retired PC stops syncing
 * when the change reaches it, and the others no longer wait for its files.
 */

/** Names this PC (or renames it); the first name also records when it joined. */
export async function namePeer(ctx: WriteContext, nama: string): Promise<void> {
  const trimmed = nama.trim();
  if (trimmed.length < 2 || trimmed.length > 60) {
    throw new RangeError('Nama PC ini 2 sampai 60 karakter.');
  }
  const existing = await ctx.db.syncPeers.get(ctx.device);
  await putRow(ctx, 'syncPeers', ctx.device, {
    nama: trimmed,
    ...(existing ? {} : { bergabungPada: ctx.now().toISOString() }),
    dikeluarkanPada: null,
    dikeluarkanOleh: null,
  });
}

/** Retires another PC from the workspace, attributed to the current user. */
export async function retirePeer(ctx: WriteContext, device: string): Promise<void> {
  if (device === ctx.device) {
    throw new RangeError(
      'PC ini tidak dapat mengeluarkan dirinya sendiri; gunakan Keluar dari ruang kerja.',
    );
  }
  const existing = await ctx.db.syncPeers.get(device);
  if (!existing || existing._deleted) throw new RangeError('PC itu tidak ada di ruang kerja.');
  await putRow(ctx, 'syncPeers', device, {
    dikeluarkanPada: ctx.now().toISOString(),
    dikeluarkanOleh: ctx.actor(),
  });
}

/** The devices an operator has retired. */
export async function retiredDevices(db: MejaDatabase): Promise<Set<string>> {
  const peers = await db.syncPeers.toArray();
  return new Set(peers.filter((p) => !p._deleted && p.dikeluarkanPada).map((p) => p.id));
}
