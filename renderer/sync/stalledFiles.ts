import { z } from 'zod';
import type { MejaDatabase } from '../db/database';
import type { WaitingDevice } from './importOps';

/**
 * Files another PC's changes wait at for long: a gap, a file that cannot be read, one in
 * quarantine. Most clear on their own within a cycle or two (a synchroniser still copying,
 * the PC writing its file again); one still there after `STALL_AFTER_MS` is shown to the
 * operator with the PC and the number, so no PC waits in silence.
 */
export interface StalledFile extends WaitingDevice {
  /** Since when this PC has waited at this number, ISO. */
  since: string;
}

export const STALL_AFTER_MS = 10 * 60_000;
export const WAITING_SINCE_KEY = 'sync:waitingSince';

const storedSchema = z.array(
  z.object({
    device: z.string(),
    seq: z.number().int().positive(),
    why: z.enum(['gap', 'unavailable', 'quarantined']),
    since: z.iso.datetime({ offset: true }),
  }),
);

async function readWaiting(db: MejaDatabase): Promise<StalledFile[]> {
  const parsed = storedSchema.safeParse((await db.local.get(WAITING_SINCE_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

function overdue(waiting: StalledFile[], now: Date, afterMs: number): StalledFile[] {
  return waiting.filter((w) => now.getTime() - Date.parse(w.since) >= afterMs);
}

/**
 * Remembers since when each device waits at its number (a new number starts the time
 * again; a device no longer waiting is forgotten) and returns those waiting `afterMs` or more.
 */
export async function trackStalled(
  db: MejaDatabase,
  waiting: readonly WaitingDevice[],
  now: Date,
  afterMs = STALL_AFTER_MS,
): Promise<StalledFile[]> {
  const before = await readWaiting(db);
  const next = waiting.map((w): StalledFile => {
    const known = before.find((b) => b.device === w.device && b.seq === w.seq);
    return { ...w, since: known?.since ?? now.toISOString() };
  });
  await db.local.put({ key: WAITING_SINCE_KEY, value: next });
  return overdue(next, now, afterMs);
}

/** The overdue files as last seen, for a cycle that could not read the folder. */
export async function lastStalled(
  db: MejaDatabase,
  now: Date,
  afterMs = STALL_AFTER_MS,
): Promise<StalledFile[]> {
  return overdue(await readWaiting(db), now, afterMs);
}
