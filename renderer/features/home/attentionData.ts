import { toIsoDate } from '../../../shared/format/date';
import {
  devicesByCondition,
  lateBackupItems,
  requestsWaitingFor,
  todayFigures,
  type AttentionCounts,
  type TodayFigures,
} from '../../../shared/home/attention';
import { isRequestLate } from '../../../shared/requests/requestLateness';
import { isCancelled } from '../../../shared/requests/corrections';
import type { Procedure } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows } from '../../db/rowReading';
import { readQuarantine } from '../../sync/syncState';
import { readStepAuthority } from '../delegations/public';
import { listDevices } from '../devices/public';
import { readDueList } from '../maintenance/public';
import { readCurrentUser } from '../people/public';
import { contentWaiting, staleKeptInfo } from '../content/public';
import { policyWaitingFor } from '../policy/public';
import { readRequestSettings } from '../requests/public';
import { backupItemsSaved, listBackups, readBackupItems } from '../security/public';
import { getSopAtRevision } from '../sop/public';
import { renewalsDueFor, websiteWaiting } from '../website/public';

export interface HomeData {
  counts: AttentionCounts;
  today: TodayFigures;
}

/**
 * What Beranda counts, read as of `now`: open requests (the status index) with the few
 * procedures they run on, today's requests, the schedule, devices, backups and quarantine.
 */
export async function readHomeData(db: MejaDatabase, now: Date): Promise<HomeData> {
  const today = toIsoDate(now);
  const { officeHours } = await readRequestSettings(db);
  const open = sortOutRows(
    'requests',
    await db.requests.where('status').equals('berjalan').toArray(),
  ).rows.filter((r) => !r._deleted && !isCancelled(r));
  const procedures = new Map<string, Procedure | undefined>();
  for (const r of open) {
    const key = `${r.sopId}@${r.sopRevision}`;
    if (procedures.has(key)) continue;
    const doc = await getSopAtRevision(db, { sopId: r.sopId, revision: r.sopRevision });
    procedures.set(
      key,
      doc?.procedures.find((p) => p.key === 'B'),
    );
  }
  const known = new Map<string, Procedure>();
  for (const [k, p] of procedures) if (p) known.set(k, p);
  const user = await readCurrentUser(db);
  const mine = requestsWaitingFor(
    user,
    open.map((r) => ({
      id: r.id,
      sopKey: `${r.sopId}@${r.sopRevision}`,
      langkahTerakhir: r.langkahTerakhir,
    })),
    known,
    await readStepAuthority(db),
    today,
  );
  // Today's received and finished requests: the diterimaPada and selesaiPada indexes from the
  // start of the day (rows still open have no selesaiPada and are not in that index).
  const dayStart = new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
  const recent = sortOutRows(
    'requests',
    await db.requests.where('diterimaPada').aboveOrEqual(dayStart).toArray(),
  ).rows.filter((r) => !r._deleted);
  const closedToday = sortOutRows(
    'requests',
    await db.requests.where('selesaiPada').aboveOrEqual(dayStart).toArray(),
  ).rows.filter((r) => !r._deleted && r.selesaiPada !== null && r.selesaiPada >= dayStart);
  const dayOf = (iso: string) => toIsoDate(new Date(iso));
  const todays = new Map([...recent, ...closedToday].map((r) => [r.id, r]));
  const figures = todayFigures([...todays.values()], today, dayOf);
  const items = await readBackupItems(db);
  const backups = await listBackups(db);
  return {
    counts: {
      mySteps: mine.length,
      myPolicySteps: (await policyWaitingFor(db, user, now)).length,
      openRequests: open.length,
      lateRequests: open.filter((r) =>
        isRequestLate(r, procedures.get(`${r.sopId}@${r.sopRevision}`), officeHours, now),
      ).length,
      maintenance: await readDueList(db, today),
      devices: devicesByCondition(await listDevices(db)),
      lateBackups: lateBackupItems(items, backups, today, await backupItemsSaved(db)).length,
      // A quarantine list that cannot be read is the sync badge's to show (it shrinks to a
      // mark); Beranda stays up without the line.
      quarantined: await readQuarantine(db).then(
        (list) => list.length,
        () => 0,
      ),
      myContentSteps: (await contentWaiting(db, user, now)).length,
      myWebsiteSteps: (await websiteWaiting(db, user, now)).length,
      renewals: await renewalsDueFor(db, today),
      staleInfo: (await staleKeptInfo(db, today)).length,
    },
    today: { ...figures, dalamProses: open.length },
  };
}
