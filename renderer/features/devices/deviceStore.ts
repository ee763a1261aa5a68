import { deviceSchema, type DeviceInput } from '../../../shared/devices/schema';
import { readStepRecords } from '../../../shared/requests/stepConflicts';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows } from '../../db/rowReading';
import { createRow, putRow, type WriteContext } from '../../db/repository';
import type { DeviceRow, MaintenanceRecordRow, RequestRow } from '../../db/rows';

export class DeviceError extends Error {}

/** Devices in the inventory, tombstones left out, by room then name. */
export async function listDevices(db: MejaDatabase): Promise<DeviceRow[]> {
  // A damaged row (see rowReading.ts) is left out rather than crash the sort and the list.
  const { rows } = sortOutRows('devices', await db.devices.toArray());
  return rows
    .filter((d) => !d._deleted)
    .sort(
      (a, b) =>
        a.ruangan.localeCompare(b.ruangan, 'id') ||
        a.jenis.localeCompare(b.jenis) ||
        a.merek.localeCompare(b.merek, 'id') ||
        a.model.localeCompare(b.model, 'id'),
    );
}

/** The device already holding this BMN code and NUP, or this serial number, if any. */
export function findDuplicate(
  devices: readonly DeviceRow[],
  device: { kodeBmn: string; nup: string; nomorSeri: string },
  exceptId: string | null,
): { field: 'nup' | 'nomorSeri'; holder: DeviceRow } | undefined {
  for (const other of devices) {
    if (other.id === exceptId || other._deleted) continue;
    if (
      device.kodeBmn &&
      device.nup &&
      other.kodeBmn === device.kodeBmn &&
      other.nup === device.nup
    )
      return { field: 'nup', holder: other };
    if (device.nomorSeri && other.nomorSeri.toUpperCase() === device.nomorSeri.toUpperCase())
      return { field: 'nomorSeri', holder: other };
  }
  return undefined;
}

/**
 * Saves a device (new when id is null) after validating; a BMN code and NUP, or a serial
 * number, already registered to another device is refused. Returns the id.
 */
export async function saveDevice(
  ctx: WriteContext,
  id: string | null,
  input: DeviceInput,
): Promise<string> {
  const device = deviceSchema(ctx.now().getFullYear()).parse(input);
  const duplicate = findDuplicate(await listDevices(ctx.db), device, id);
  if (duplicate) {
    const { holder } = duplicate;
    throw new DeviceError(
      duplicate.field === 'nup'
        ? `Kode BMN ${device.kodeBmn} NUP ${device.nup} sudah tercatat untuk ${holder.merek} ${holder.model} di ${holder.ruangan}.`
        : `Nomor seri ${device.nomorSeri} sudah tercatat untuk ${holder.merek} ${holder.model} di ${holder.ruangan}.`,
    );
  }
  if (id) {
    await putRow(ctx, 'devices', id, device);
    return id;
  }
  return createRow(ctx, 'devices', device);
}

export interface DeviceHistory {
  requests: RequestRow[];
  /** What was done on each request (the handling steps' action and result), by request id. */
  repairs: Map<string, string>;
  records: MaintenanceRecordRow[];
}

/** A device's service requests and maintenance records, newest first. */
export async function deviceHistory(db: MejaDatabase, deviceId: string): Promise<DeviceHistory> {
  const [requests, records] = await Promise.all([
    db.requests.where('deviceId').equals(deviceId).toArray(),
    db.maintenanceRecords.where('deviceIds').equals(deviceId).toArray(),
  ]);
  const live = requests.filter((r) => !r._deleted);
  const steps = await db.requestSteps
    .where('requestId')
    .anyOf(live.map((r) => r.id))
    .toArray();
  const repairs = new Map<string, string>();
  // A record set aside after a step was recorded twice is history, not the repair done.
  const setAside = new Set<string>();
  for (const request of live) {
    const own = steps.filter((s) => s.requestId === request.id && !s._deleted);
    for (const s of readStepRecords(own).superseded) setAside.add(s.id);
  }
  for (const step of steps.sort((a, b) => a.stepNo - b.stepNo)) {
    if (setAside.has(step.id)) continue;
    const done = [step.tindakan, step.sukuCadang && `suku cadang: ${step.sukuCadang}`, step.hasil]
      .filter(Boolean)
      .join('; ');
    if (!step._deleted && done) repairs.set(step.requestId, done);
  }
  return {
    requests: live.sort((a, b) => b.diterimaPada.localeCompare(a.diterimaPada)),
    repairs,
    records: records.filter((r) => !r._deleted).sort((a, b) => b.tanggal.localeCompare(a.tanggal)),
  };
}
