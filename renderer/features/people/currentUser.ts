import type { MejaDatabase } from '../../db/database';

const KEY = 'currentUser';

/** The staff member working on this PC: device-local, never synced. */
export async function readCurrentUser(db: MejaDatabase): Promise<string | null> {
  const row = await db.local.get(KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

export async function writeCurrentUser(db: MejaDatabase, personId: string | null): Promise<void> {
  await db.local.put({ key: KEY, value: personId });
}
