import { endOfMonth } from 'date-fns';
import { toIsoDate } from '../../../shared/format/date';
import { matchOccurrences, type Occurrence } from '../../../shared/maintenance/schedule';
import type { MaintenanceRecordRow, MaintenanceTaskRow } from '../../db/rows';

export interface DayEntry {
  task: MaintenanceTaskRow;
  occurrence: Occurrence;
}

/** The records of each task, as the schedule matches them. */
export function recordsByTask(
  records: readonly MaintenanceRecordRow[],
): Map<string, MaintenanceRecordRow[]> {
  const byTask = new Map<string, MaintenanceRecordRow[]>();
  for (const r of records) {
    if (!r.taskId) continue;
    const list = byTask.get(r.taskId) ?? [];
    list.push(r);
    byTask.set(r.taskId, list);
  }
  return byTask;
}

/** Each active task's occurrences in a month, by due date. `month` is 1..12. */
export function monthEntries(
  tasks: readonly MaintenanceTaskRow[],
  records: ReadonlyMap<string, readonly MaintenanceRecordRow[]>,
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
