import {
  deviceTypeLabels,
  mergeDeviceTypes,
  type DeviceTypeLabels,
} from '../../../shared/devices/deviceTypes';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows } from '../../db/rowReading';

/**
 * The names of the device types, the office's own among them, so that the history and the
 * Audit screen show a device's type by its name, not its code. Read from the table itself:
 * the audit layer sits under the features and does not import them.
 */
export async function readDeviceTypeLabels(db: MejaDatabase): Promise<DeviceTypeLabels> {
  const { rows } = sortOutRows('deviceTypes', await db.deviceTypes.toArray());
  return deviceTypeLabels(mergeDeviceTypes(rows.filter((r) => !r._deleted)));
}
