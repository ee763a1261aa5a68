import { isCancelled } from '../../../../shared/requests/corrections';
import { procedureTotal } from '../../../../shared/sop/totals';
import type { MejaDatabase } from '../../../db/database';
import { listDevices, listDeviceTypes } from '../../devices/public';
import { deviceTypeLabels } from '../../../../shared/devices/deviceTypes';
import { listPeople } from '../../people/public';
import { lateRequestIds, readRequestSettings } from '../../requests/public';
import { toIsoDate } from '../../../../shared/format/date';
import { readBackupItems } from '../../security/public';
import { readActiveProcedure } from '../../sop/public';
import { listRecords } from '../recordStore';
import { loadTaskRecordSources } from '../scheduleData';
import { listTasks } from '../taskStore';
import { monthRange, type MonthRecords } from '../../../../shared/maintenance/reportFigures';

/** Reads what the month's report counts. `month` is 1..12. */
export async function loadMonthRecords(
  db: MejaDatabase,
  year: number,
  month: number,
  now: Date,
): Promise<MonthRecords> {
  const today = toIsoDate(now);
  const range = monthRange(year, month);
  const inMonth = (r: { tanggal: string }) => r.tanggal >= range.from && r.tanggal <= range.to;
  const tasks = await listTasks(db);
  const sources = await loadTaskRecordSources(db, tasks);
  const people = await listPeople(db);
  const names = new Map(people.map((p) => [p.id, p.nama]));
  const requests = await db.requests
    .where('diterimaPada')
    .between(new Date(year, month - 1, 1).toISOString(), new Date(year, month, 1).toISOString())
    .toArray();
  // A request cancelled because it was registered by mistake is not one of the month's.
  const live = requests.filter((r) => !r._deleted && !isCancelled(r));
  const officeHours = (await readRequestSettings(db)).officeHours;
  // Late as the register shows it, as of the month's end or now, whichever comes first.
  const asOf = new Date(Math.min(now.getTime(), new Date(year, month, 1).getTime() - 1));
  const late = await lateRequestIds(db, live, officeHours, asOf);
  const procedureB = await readActiveProcedure(db, 'B');
  const total = procedureB ? procedureTotal(procedureB.procedure) : null;
  return {
    year,
    month,
    today,
    tasks,
    taskSources: sources,
    records: await listRecords(db, range.from, range.to),
    devices: await listDevices(db),
    deviceTypes: deviceTypeLabels(await listDeviceTypes(db)),
    // The month's share of what the schedule already read in full.
    networkChecks: sources.networkChecks.filter(inMonth),
    uats: sources.uats.filter(inMonth),
    backups: sources.backups.filter(inMonth),
    backupItems: await readBackupItems(db),
    requests: live.map((r) => ({ ...r, terlambat: late.has(r.id) })),
    officeHours,
    standarMenit: total && total.kind === 'duration' ? total.maxMinutes : null,
    personName: (id) => (id ? (names.get(id) ?? '-') : '-'),
  };
}
