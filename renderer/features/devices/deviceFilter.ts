import type { DeviceTypeLabels } from '../../../shared/devices/deviceTypes';
import { z } from 'zod';
import {
  bmnLabel,
  CONDITION_LABELS,
  CONDITIONS,
  deviceName,
  type Condition,
} from '../../../shared/devices/schema';
import type { DeviceRow } from '../../db/rows';

export interface DeviceFilter {
  query: string;
  jenis: string | null;
  kondisi: Condition | null;
  ruangan: string | null;
  /** Also show devices already retired. */
  termasukNonaktif: boolean;
}

export const NO_DEVICE_FILTER: DeviceFilter = {
  query: '',
  jenis: null,
  kondisi: null,
  ruangan: null,
  termasukNonaktif: false,
};

/**
 * The devices matching the filter; the query searches names, codes, rooms, users and IPs.
 * `labels` names the office's own device types.
 */
export function filterDevices(
  devices: readonly DeviceRow[],
  filter: DeviceFilter,
  labels?: DeviceTypeLabels,
): DeviceRow[] {
  const words = filter.query.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
  return devices.filter((d) => {
    if (!filter.termasukNonaktif && !d.aktif) return false;
    if (filter.jenis && d.jenis !== filter.jenis) return false;
    if (filter.kondisi && d.kondisi !== filter.kondisi) return false;
    if (filter.ruangan && d.ruangan !== filter.ruangan) return false;
    if (words.length === 0) return true;
    const haystack = [
      deviceName(d, labels),
      bmnLabel(d),
      d.nomorSeri,
      d.ruangan,
      d.pengguna,
      d.alamatIp,
      CONDITION_LABELS[d.kondisi],
    ]
      .join(' ')
      .toLocaleLowerCase('id');
    return words.every((w) => haystack.includes(w));
  });
}

/** Rooms in use, for suggestions and the room filter. */
export function roomsOf(devices: readonly DeviceRow[]): string[] {
  return [...new Set(devices.map((d) => d.ruangan))].sort((a, b) => a.localeCompare(b, 'id'));
}

/** The screen name other screens hand the device list a filter under (kit/screenFilters). */
export const DEVICES_SCREEN = 'perangkat';

const handedFilterSchema = z.object({ kondisi: z.enum(CONDITIONS) }).partial();

/** A filter handed by another screen, checked: only the fields it may set. */
export function handedDeviceFilter(raw: unknown): Partial<DeviceFilter> | null {
  const parsed = handedFilterSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
