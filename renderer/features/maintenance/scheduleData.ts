import { endOfMonth } from 'date-fns';
import { toIsoDate } from '../../../shared/format/date';
import {
  matchOccurrences,
  type Occurrence,
  type ScheduleRecord,
} from '../../../shared/maintenance/schedule';
import { scheduleRecordsOf, type TaskRecordSources } from '../../../shared/maintenance/taskRecords';
import type { MejaDatabase } from '../../db/database';
import type {
  BackupRow,
  MaintenanceRecordRow,
  MaintenanceTaskRow,
  NetworkCheckRow,
  UatRow,
} from '../../db/rows';
import { listBackups, listNetworkChecks, listUats } from '../security/public';
import { recordsOfTasks } from './recordStore';

export interface DayEntry {
  task: MaintenanceTaskRow;
  occurrence: Occurrence;
}

/** The sources as the database rows they are, so a caller may read more of them. */
export interface LoadedRecordSources extends TaskRecordSources {
  maintenance: MaintenanceRecordRow[];
  networkChecks: NetworkCheckRow[];
  uats: UatRow[];
  backups: BackupRow[];
}

/** Every record that can count for a scheduled task, read once. */
export async function loadTaskRecordSources(
  db: MejaDatabase,
  tasks: readonly MaintenanceTaskRow[],
): Promise<LoadedRecordSources> {
  return {
    maintenance: await recordsOfTasks(
      db,
      tasks.map((t) => t.id),
    ),
    networkChecks: await listNetworkChecks(db),
    uats: await listUats(db),
    backups: await listBackups(db),
  };
}

/** The records each task is matched against, by task id. */
export function recordsByTask(
  tasks: readonly MaintenanceTaskRow[],
  sources: TaskRecordSources,
): Map<string, ScheduleRecord[]> {
  return new Map(tasks.map((t) => [t.id, scheduleRecordsOf(t, sources)]));
}

/** Each active task's occurrences in a month, by due date. `month` is 1..12. */
export function monthEntries(
  tasks: readonly MaintenanceTaskRow[],
  records: ReadonlyMap<string, readonly ScheduleRecord[]>,
  year: number,
  month: number,
  today: string,
): Map<string, DayEntry[]> {
  const first = new Date(year, month - 1, 1);
  const from = toIsoDate(first);
  const to = toIsoDate(endOfMonth(first));
  const byDay = new Map<string, DayEntry[]>();
  for (const task of tasks) {
    if (!task.aktif) continue;
    const occurrences = matchOccurrences(
      task.pengulangan,
      task.mulai,
      records.get(task.id) ?? [],
      from,
      to,
      today,
    );
    for (const occurrence of occurrences) {
      const list = byDay.get(occurrence.due) ?? [];
      list.push({ task, occurrence });
      byDay.set(occurrence.due, list);
    }
  }
  return byDay;
}
