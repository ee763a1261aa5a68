import { z } from 'zod';
import type { MejaDatabase } from '../../db/database';

/** The sync log on this PC: what each cycle did that is worth reading, newest first. */
export const SYNC_LOG_KEY = 'sync:log';
export const SYNC_LOG_LIMIT = 200;

const entrySchema = z.object({
  at: z.string(),
  kind: z.enum(['ok', 'unreachable', 'back', 'error', 'quarantine', 'clock']),
  message: z.string(),
});
export type SyncLogEntry = z.infer<typeof entrySchema>;

export async function readSyncLog(db: MejaDatabase): Promise<SyncLogEntry[]> {
  const row = await db.local.get(SYNC_LOG_KEY);
  const parsed = z.array(entrySchema).safeParse(row?.value);
  return parsed.success ? parsed.data : [];
}

/** Adds entries at the top, keeping the newest SYNC_LOG_LIMIT. */
export async function appendSyncLog(db: MejaDatabase, entries: SyncLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.transaction('rw', db.local, async () => {
    const current = await readSyncLog(db);
    const next = [...entries.slice().reverse(), ...current].slice(0, SYNC_LOG_LIMIT);
    await db.local.put({ key: SYNC_LOG_KEY, value: next });
  });
}
