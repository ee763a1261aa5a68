import { startOfMonth } from 'date-fns';
import { toIsoDate } from '../../../shared/format/date';
import { tasksFromProcedure } from '../../../shared/maintenance/sopTasks';
import { maintenanceTaskSchema, type MaintenanceTaskInput } from '../../../shared/maintenance/task';
import { defaultRecordKindFor } from '../../../shared/maintenance/taskRecords';
import { defaultTargetFor } from '../../../shared/maintenance/taskTargets';
import type { MejaDatabase } from '../../db/database';
import { createRow, putRow, writeTogether, type WriteContext } from '../../db/repository';
import type { MaintenanceTaskRow } from '../../db/rows';
import { readActiveProcedure } from '../sop/public';

/** The tasks on the schedule (also paused ones), tombstones left out, by title. */
export async function listTasks(db: MejaDatabase): Promise<MaintenanceTaskRow[]> {
  const rows = await db.maintenanceTasks.toArray();
  return rows
    .filter((t) => !t._deleted)
    .sort(
      (a, b) =>
        (a.sumber?.procedureKey ?? 'Z').localeCompare(b.sumber?.procedureKey ?? 'Z') ||
        (a.sumber?.stepNo ?? 0) - (b.sumber?.stepNo ?? 0) ||
        a.judul.localeCompare(b.judul, 'id'),
    );
}

/** Saves a task (new when id is null) after validating; returns the id. */
export async function saveTask(
  ctx: WriteContext,
  id: string | null,
  input: MaintenanceTaskInput,
): Promise<string> {
  const task = maintenanceTaskSchema.parse(input);
  if (id) {
    await putRow(ctx, 'maintenanceTasks', id, task);
    return id;
  }
  return createRow(ctx, 'maintenanceTasks', task);
}

/**
 * Puts on the schedule every step of the office's active procedures C, D and F that prints a
 * frequency (F: done "secara berkala"), starting this month; steps already on it (by SOP and step) are left as the
 * office edited them. Returns how many tasks were added.
 */
export async function generateTasksFromSop(ctx: WriteContext): Promise<number> {
  const existing = await listTasks(ctx.db);
  const taken = new Set(
    existing.flatMap((t) =>
      t.sumber ? [`${t.sumber.sopId}|${t.sumber.procedureKey}|${t.sumber.stepNo}`] : [],
    ),
  );
  const mulai = toIsoDate(startOfMonth(ctx.now()));
  const inputs: MaintenanceTaskInput[] = [];
  for (const key of ['C', 'D', 'F'] as const) {
    const active = await readActiveProcedure(ctx.db, key);
    if (!active) continue;
    for (const template of tasksFromProcedure(active.procedure)) {
      if (taken.has(`${active.ref.sopId}|${key}|${template.stepNo}`)) continue;
      const step = active.procedure.steps.find((s) => s.no === template.stepNo);
      inputs.push({
        judul: template.judul,
        sumber: { ...active.ref, procedureKey: key, stepNo: template.stepNo },
        pengulangan: template.rule,
        mulai,
        sasaran: defaultTargetFor(step?.kelengkapan ?? ''),
        durasiMenit: template.durasiMenit,
        aktif: true,
        dicatatDi: step ? defaultRecordKindFor(key, step) : 'pemeliharaan',
      });
    }
  }
  if (inputs.length === 0) return 0;
  await writeTogether(ctx, ['maintenanceTasks'], async () => {
    for (const input of inputs) await saveTask(ctx, null, input);
  });
  return inputs.length;
}
