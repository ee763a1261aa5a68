import { createHlcClock, decodeHlc, encodeHlc, type HlcClock } from '../../shared/sync/hlc';
import type { MejaDatabase } from './database';

const DEVICE_KEY = 'deviceId';
const CLOCK_KEY = 'hlc';

/** This installation's id: made once, kept in the local table, never synced. */
export async function ensureDeviceId(db: MejaDatabase, newId: () => string): Promise<string> {
  return db.transaction('rw', db.local, async () => {
    const existing = await db.local.get(DEVICE_KEY);
    if (typeof existing?.value === 'string') return existing.value;
    const id = newId();
    await db.local.put({ key: DEVICE_KEY, value: id });
    return id;
  });
}

/** The device's clock, resumed from its last persisted stamp. */
export async function loadClock(
  db: MejaDatabase,
  device: string,
  wallClock: () => number,
): Promise<HlcClock> {
  const stored = await db.local.get(CLOCK_KEY);
  const initial = typeof stored?.value === 'string' ? decodeHlc(stored.value) : undefined;
  return createHlcClock({ device, wallClock, initial });
}

export function clockRow(clock: HlcClock) {
  return { key: CLOCK_KEY, value: encodeHlc(clock.last()) };
}
