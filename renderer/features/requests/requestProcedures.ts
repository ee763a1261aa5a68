import { isRequestLate } from '../../../shared/requests/requestLateness';
import type { OfficeHours } from '../../../shared/requests/workingTime';
import type { Procedure } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';
import type { RequestRow } from '../../db/rows';
import { getSopAtRevision } from '../sop/public';

/**
 * The procedure B each request runs on (the SOP revision it was registered under), each
 * revision read once however many requests share it.
 */
export function procedureCache(
  db: MejaDatabase,
): (r: Pick<RequestRow, 'sopId' | 'sopRevision'>) => Promise<Procedure | undefined> {
  const read = new Map<string, Promise<Procedure | undefined>>();
  return (r) => {
    const key = `${r.sopId}@${r.sopRevision}`;
    let procedure = read.get(key);
    if (!procedure) {
      procedure = getSopAtRevision(db, { sopId: r.sopId, revision: r.sopRevision }).then((doc) =>
        doc?.procedures.find((p) => p.key === 'B'),
      );
      read.set(key, procedure);
    }
    return procedure;
  };
}

/**
 * The ids of the requests late as of `asOf`, by the one definition the register uses
 * (shared/requests/requestLateness.ts): for the papers that count late requests.
 */
export async function lateRequestIds(
  db: MejaDatabase,
  rows: readonly RequestRow[],
  hours: OfficeHours,
  asOf: Date,
): Promise<Set<string>> {
  const procedureOf = procedureCache(db);
  const late = new Set<string>();
  for (const r of rows) {
    if (isRequestLate(r, await procedureOf(r), hours, asOf)) late.add(r.id);
  }
  return late;
}
