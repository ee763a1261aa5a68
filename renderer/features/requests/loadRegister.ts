import { isOpenStepLate } from '../../../shared/requests/lateness';
import type { OfficeHours } from '../../../shared/requests/workingTime';
import type { Procedure } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';
import type { RequestRow } from '../../db/rows';
import { sortOutRows, type DamagedRow } from '../../db/rowReading';
import { getSopAtRevision } from '../sop/public';
import { toRegisterItem, type RegisterItem } from './registerFilter';

/**
 * Every request as a register item, and the damaged request rows apart. Only request rows are read (progress is kept on them);
 * the few procedures they run on are read once each to judge open steps as of `now`.
 */
export async function loadRegister(
  db: MejaDatabase,
  hours: OfficeHours,
  now: Date,
): Promise<{ items: RegisterItem[]; damaged: DamagedRow[] }> {
  // A row another PC damaged (or an old version stored) is reported, never mapped.
  const { rows, damaged } = sortOutRows('requests', await db.requests.toArray());
  const procedures = new Map<string, Procedure | undefined>();
  for (const r of rows) {
    const key = `${r.sopId}@${r.sopRevision}`;
    if (!procedures.has(key)) {
      const doc = await getSopAtRevision(db, { sopId: r.sopId, revision: r.sopRevision });
      procedures.set(
        key,
        doc?.procedures.find((p) => p.key === 'B'),
      );
    }
  }
  const items: RegisterItem[] = [];
  for (const r of rows) {
    if (r._deleted) continue;
    const procedure = procedures.get(`${r.sopId}@${r.sopRevision}`);
    items.push(
      toRegisterItem(
        r,
        r.adaTerlambat || openStepLate(r, procedure, hours, now),
        procedure?.steps.length ?? 0,
      ),
    );
  }
  return { items, damaged };
}

function openStepLate(
  r: RequestRow,
  procedure: Procedure | undefined,
  hours: OfficeHours,
  now: Date,
): boolean {
  if (r.status !== 'berjalan' || !procedure) return false;
  const next = procedure.steps.find((s) => s.no === r.langkahTerakhir + 1);
  if (!next) return false;
  return isOpenStepLate({
    mutuBaku: next.mutuBaku,
    startedAt: new Date(r.langkahMulai),
    receivedAt: new Date(r.diterimaPada),
    hours,
    now,
  });
}
