import { isRequestLate } from '../../../shared/requests/requestLateness';
import type { OfficeHours } from '../../../shared/requests/workingTime';
import type { MejaDatabase } from '../../db/database';
import type { RequestRow } from '../../db/rows';
import { sortOutRows, type DamagedRow } from '../../db/rowReading';
import { procedureCache } from './requestProcedures';
import { toRegisterItem, type RegisterItem } from './registerFilter';

export interface LoadedRegister {
  items: RegisterItem[];
  damaged: DamagedRow[];
}

/**
 * Rows read per transaction when the whole register is read: each chunk is read, checked
 * and mapped in its own task, so 50,000 requests never hold the page in one long frame.
 */
export const REGISTER_CHUNK = 1000;

/**
 * Every request as a register item, and the damaged request rows apart. Only request rows
 * are read (progress is kept on them), in primary-key chunks of `chunk` rows; the few
 * procedures they run on are read once each to judge open steps as of `now`.
 */
export async function loadRegister(
  db: MejaDatabase,
  hours: OfficeHours,
  now: Date,
  chunk = REGISTER_CHUNK,
): Promise<LoadedRegister> {
  const toItems = itemMaker(db, hours, now);
  const result: LoadedRegister = { items: [], damaged: [] };
  let last: string | null = null;
  for (;;) {
    const rows: RequestRow[] = await (
      last === null ? db.requests.orderBy(':id') : db.requests.where(':id').above(last)
    )
      .limit(chunk)
      .toArray();
    const part = await toItems(rows);
    result.items.push(...part.items);
    result.damaged.push(...part.damaged);
    const end = rows.at(-1);
    if (!end || rows.length < chunk) return result;
    last = end.id;
  }
}

/**
 * The newest `limit` requests by received time (the register's first screen, newest first),
 * read through the diterimaPada index without reading the rest. Damaged and deleted rows
 * are left out here; loadRegister reports the damaged ones.
 */
export async function loadRegisterPage(
  db: MejaDatabase,
  hours: OfficeHours,
  now: Date,
  limit: number,
): Promise<RegisterItem[]> {
  const rows = await db.requests.orderBy('diterimaPada').reverse().limit(limit).toArray();
  return (await itemMaker(db, hours, now)(rows)).items;
}

/** Checks rows against the row schema and maps the good, live ones to register items. */
function itemMaker(db: MejaDatabase, hours: OfficeHours, now: Date) {
  const procedureOf = procedureCache(db);
  return async (stored: RequestRow[]): Promise<LoadedRegister> => {
    // A row another PC damaged (or an old version stored) is reported, never mapped.
    const { rows, damaged } = sortOutRows('requests', stored);
    const items: RegisterItem[] = [];
    for (const r of rows) {
      if (r._deleted) continue;
      const procedure = await procedureOf(r);
      items.push(
        toRegisterItem(r, isRequestLate(r, procedure, hours, now), procedure?.steps.length ?? 0),
      );
    }
    return { items, damaged };
  };
}
