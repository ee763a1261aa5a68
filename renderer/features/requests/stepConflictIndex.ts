import { readStepRecords } from '../../../shared/requests/stepConflicts';
import type { MejaDatabase } from '../../db/database';
import type { RequestRow } from '../../db/rows';
import { listSteps } from './requestStore';

/** A request with a step recorded twice that nobody has settled. */
export interface RequestStepConflicts {
  request: RequestRow;
  stepNos: number[];
}

/**
 * The requests of `rows` with an unsettled step conflict, found without reading every step
 * record: the requestId index gives each request's record count, and only a request with
 * more records than its last step number (steps are numbered from 1, one record each) can
 * hold a step recorded twice; those few are read in full.
 */
export async function findStepConflicts(
  db: MejaDatabase,
  rows: readonly RequestRow[],
): Promise<RequestStepConflicts[]> {
  const counts = new Map<string, number>();
  for (const key of await db.requestSteps.orderBy('requestId').keys()) {
    if (typeof key === 'string') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const found: RequestStepConflicts[] = [];
  for (const request of rows) {
    if (request._deleted || (counts.get(request.id) ?? 0) <= request.langkahTerakhir) continue;
    const { conflicts } = readStepRecords(await listSteps(db, request.id));
    if (conflicts.length > 0) found.push({ request, stepNos: conflicts.map((c) => c.stepNo) });
  }
  return found;
}
