import { toIsoDate } from '../../../shared/format/date';
import {
  maintenanceRecordSchema,
  type MaintenanceRecordInput,
} from '../../../shared/maintenance/record';
import type { MejaDatabase } from '../../db/database';
import {
  createRow,
  deleteRow,
  putRow,
  writeTogether,
  type WriteContext,
} from '../../db/repository';
import type { MaintenanceRecordRow } from '../../db/rows';

export class MaintenanceError extends Error {}

/**
 * Records a maintenance round: validates it, checks its task and devices exist, stores it
 * and sets each checked device's condition to what the check found, all in one transaction.
 */
export async function recordMaintenance(
  ctx: WriteContext,
  input: MaintenanceRecordInput,
): Promise<string> {
  const record = maintenanceRecordSchema(toIsoDate(ctx.now())).parse(input);
  const deviceIds = record.perangkat.map((c) => c.deviceId);
  if (new Set(deviceIds).size !== deviceIds.length) {
    throw new MaintenanceError('Satu perangkat tercatat dua kali dalam catatan ini.');
  }
  return writeTogether(ctx, ['maintenanceRecords', 'maintenanceTasks', 'devices'], async () => {
    if (record.taskId) {
      const task = await ctx.db.maintenanceTasks.get(record.taskId);
      if (!task || task._deleted) throw new MaintenanceError('Kegiatan terjadwal tidak ditemukan.');
    }
    const devices = await ctx.db.devices.bulkGet(deviceIds);
    const missing = devices.findIndex((d) => !d || d._deleted);
    if (missing >= 0) throw new MaintenanceError('Ada perangkat yang tidak ada di inventaris.');
    const id = await createRow(ctx, 'maintenanceRecords', { ...record, deviceIds });
    for (const check of record.perangkat) {
      await putRow(ctx, 'devices', check.deviceId, { kondisi: check.kondisi });
    }
    return id;
  });
}

/** Removes a record entered by mistake (a tombstone, so the other PCs drop it too). */
export async function deleteMaintenanceRecord(ctx: WriteContext, id: string): Promise<void> {
  await deleteRow(ctx, 'maintenanceRecords', id);
}

/** Records dated within [from, to] (ISO dates), newest first. */
export async function listRecords(
  db: MejaDatabase,
  from: string,
  to: string,
): Promise<MaintenanceRecordRow[]> {
  const rows = await db.maintenanceRecords.where('tanggal').between(from, to, true, true).toArray();
  return rows
    .filter((r) => !r._deleted)
    .sort((a, b) => b.tanggal.localeCompare(a.tanggal) || b._updatedAt.localeCompare(a._updatedAt));
}

/** Every record of the given tasks (for matching them against the schedule). */
export async function recordsOfTasks(
  db: MejaDatabase,
  taskIds: readonly string[],
): Promise<MaintenanceRecordRow[]> {
  const rows = await db.maintenanceRecords
    .where('taskId')
    .anyOf([...taskIds])
    .toArray();
  return rows.filter((r) => !r._deleted);
}
