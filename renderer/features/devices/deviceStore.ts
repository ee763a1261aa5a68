import { deviceSchema, type DeviceInput } from '../../../shared/devices/schema';
import type { MejaDatabase } from '../../db/database';
import { createRow, putRow, type WriteContext } from '../../db/repository';
import type { DeviceRow, MaintenanceRecordRow, RequestRow } from '../../db/rows';

export class DeviceError extends Error {}

/** Devices in the inventory, tombstones left out, by room then name. */
export async function listDevices(db: MejaDatabase): Promise<DeviceRow[]> {
  const rows = await db.devices.toArray();
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
  records: MaintenanceRecordRow[];
}

/** A device's service requests and maintenance records, newest first. */
export async function deviceHistory(db: MejaDatabase, deviceId: string): Promise<DeviceHistory> {
  const [requests, records] = await Promise.all([
    db.requests.where('deviceId').equals(deviceId).toArray(),
    db.maintenanceRecords.where('deviceIds').equals(deviceId).toArray(),
  ]);
  return {
    requests: requests
      .filter((r) => !r._deleted)
      .sort((a, b) => b.diterimaPada.localeCompare(a.diterimaPada)),
    records: records.filter((r) => !r._deleted).sort((a, b) => b.tanggal.localeCompare(a.tanggal)),
  };
}
