import { z } from 'zod';
import type { MejaDatabase } from '../db/database';
import { lastStamp, readExportState } from './syncState';

/**
 * A PC that has its own data (it went through the first-run wizard, or worked alone for a
 * while) and joins an existing workspace must not send that data over the office's: its
 * first-run office row and staff were written after the workspace's, so their stamps are
 * newer and would win every field on every PC.
 *
 * So joining such a PC puts its export on hold (this record, in `local`, never synced):
 * - the office row's values are kept here and its field stamps are dropped, so the
 *   workspace's office wins every field when it is imported, and its outbox entries go;
 * - the engine imports but neither exports nor writes snapshots while the hold is on;
 * - once the first import is done (phase `review`), the operator is shown what differs
 *   (office fields, staff with the same NIP) and chooses per item (features/sync/joinReview);
 *   only the chosen local values are written again as new changes, then the hold ends and
 *   everything else this PC holds (its other rows, the merges) is exported.
 */
export const JOIN_HOLD_KEY = 'sync:joinHold';

const holdSchema = z.object({
  phase: z.enum(['waiting', 'review']),
  /** The office as this PC held it before joining (its fields, parsed by the caller). */
  localOffice: z.record(z.string(), z.unknown()).nullable(),
  /** Staff this PC had before joining (their ids), to match with the workspace's by NIP. */
  localPeopleIds: z.array(z.string()),
});
export type JoinHold = z.infer<typeof holdSchema>;

export async function readJoinHold(db: MejaDatabase): Promise<JoinHold | null> {
  const parsed = holdSchema.safeParse((await db.local.get(JOIN_HOLD_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/** Whether this PC's changes wait for the operator's choices before reaching the folder. */
export async function exportHeld(db: MejaDatabase): Promise<boolean> {
  return (await readJoinHold(db)) !== null;
}

/** The office row's id in `settings` (features/office/officeStore.ts). */
const OFFICE_ROW_ID = 'office';

/**
 * Puts the export on hold when this PC has an office of its own; does nothing on an empty
 * PC (joining from the first run). Only outbox entries never planned into a file are
 * dropped: a PC that was in a workspace before keeps what it already sent.
 */
export async function holdLocalData(db: MejaDatabase): Promise<boolean> {
  const exported = await readExportState(db);
  const after = lastStamp(exported.files);
  return db.transaction('rw', [db.settings, db.people, db.outbox, db.local], async () => {
    const office = await db.settings.get(OFFICE_ROW_ID);
    if (!office || office._deleted) return false;
    const { id: _id, _clock: _stamps, _deleted, _updatedBy, _updatedAt, ...fields } = office;
    await db.settings.put({ ...office, _clock: {} });
    const unsent = after ? db.outbox.where('hlc').above(after) : db.outbox.toCollection();
    await unsent.filter((e) => e.table === 'settings' && e.key === OFFICE_ROW_ID).delete();
    const people = await db.people.toArray();
    const hold: JoinHold = {
      phase: 'waiting',
      localOffice: fields,
      localPeopleIds: people.filter((p) => !p._deleted).map((p) => p.id),
    };
    await db.local.put({ key: JOIN_HOLD_KEY, value: hold });
    return true;
  });
}

/** The first import is done: the differences can be shown. */
export async function markJoinReviewReady(db: MejaDatabase): Promise<void> {
  await db.transaction('rw', db.local, async () => {
    const hold = await readJoinHold(db);
    if (hold?.phase === 'waiting') {
      await db.local.put({ key: JOIN_HOLD_KEY, value: { ...hold, phase: 'review' } });
    }
  });
}

export async function releaseJoinHold(db: MejaDatabase): Promise<void> {
  await db.local.delete(JOIN_HOLD_KEY);
}
