import { dueList, type DueList, type ScheduleRecord } from '../../../shared/maintenance/schedule';
import type { Recurrence } from '../../../shared/maintenance/recurrence';
import type { MejaDatabase } from '../../db/database';
import { loadTaskRecordSources, recordsByTask } from './scheduleData';
import { listTasks } from './taskStore';

/** The active tasks' overdue, due-today and coming occurrences as of `today`. */
export async function readDueList(db: MejaDatabase, today: string): Promise<DueList> {
  const tasks = (await listTasks(db)).filter((t) => t.aktif);
  const byTask = recordsByTask(tasks, await loadTaskRecordSources(db, tasks));
  return dueList(
    tasks.map((t) => ({
      id: t.id,
      rule: t.pengulangan,
      mulai: t.mulai,
      records: byTask.get(t.id) ?? [],
    })),
    today,
  );
}

/** The active tasks with the records each is matched against, for the statistics. */
export async function readScheduledTasks(
  db: MejaDatabase,
): Promise<{ rule: Recurrence; mulai: string; records: ScheduleRecord[] }[]> {
  const tasks = (await listTasks(db)).filter((t) => t.aktif);
  const byTask = recordsByTask(tasks, await loadTaskRecordSources(db, tasks));
  return tasks.map((t) => ({
    rule: t.pengulangan,
    mulai: t.mulai,
    records: byTask.get(t.id) ?? [],
  }));
}
