import { officeSchema, type Office } from '../../../shared/office/office';
import type { MejaDatabase } from '../../db/database';
import { changedFields } from '../../../shared/records/changedFields';
import { putRow, type WriteContext } from '../../db/repository';

export const OFFICE_ROW_ID = 'office';

/**
 * The office identity, parsed on the way out: a row damaged by hand or by a faulty sync
 * reads as "not set up" rather than breaking every printout.
 */
export async function readOffice(db: MejaDatabase): Promise<Office | null> {
  const row = await db.settings.get(OFFICE_ROW_ID);
  if (!row || row._deleted) return null;
  const parsed = officeSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

export async function saveOffice(ctx: WriteContext, input: Office): Promise<void> {
  const office = officeSchema.parse(input);
  await putRow(ctx, 'settings', OFFICE_ROW_ID, office);
}

/**
 * Saves what a form changed from the office it was opened on (`base`), checked whole first:
 * the fields nobody touched keep what another PC may have written meanwhile.
 */
export async function saveOfficeChanges(ctx: WriteContext, base: Office, input: Office) {
  const office = officeSchema.parse(input);
  const changed = changedFields(base, office);
  if (Object.keys(changed).length) await putRow(ctx, 'settings', OFFICE_ROW_ID, changed);
}
