import { procedureTotal } from '../../../../shared/sop/totals';
import type { MejaDatabase } from '../../../db/database';
import { listDevices } from '../../devices/public';
import { listPeople } from '../../people/public';
import { readRequestSettings } from '../../requests/public';
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
  today: string,
): Promise<MonthRecords> {
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
    // The month's share of what the schedule already read in full.
    networkChecks: sources.networkChecks.filter(inMonth),
    uats: sources.uats.filter(inMonth),
    backups: sources.backups.filter(inMonth),
    backupItems: await readBackupItems(db),
    requests: requests.filter((r) => !r._deleted),
    officeHours: (await readRequestSettings(db)).officeHours,
    standarMenit: total && total.kind === 'duration' ? total.maxMinutes : null,
    personName: (id) => (id ? (names.get(id) ?? '-') : '-'),
  };
}
