import { deviceMatches, deviceSearchText } from '../../../shared/devices/deviceSearch';
import { foldText } from '../../../shared/search/words';
import { bmnLabel, deviceName } from '../../../shared/devices/schema';
import type { MejaDatabase } from '../../db/database';
import { listDevices } from './deviceStore';
import { listDeviceTypes } from './deviceTypeStore';
import { deviceTypeLabels } from '../../../shared/devices/deviceTypes';

export interface FoundDevice {
  id: string;
  nama: string;
  keterangan: string;
}

/** The devices whose name, room, BMN code, serial number, IP or user hold every word of `query`. */
export async function findDevices(
  db: MejaDatabase,
  query: string,
  limit: number,
): Promise<FoundDevice[]> {
  if (foldText(query) === '') return [];
  const labels = deviceTypeLabels(await listDeviceTypes(db));
  const found = (await listDevices(db))
    .filter((d) => deviceMatches(deviceSearchText(d, labels), query))
    .slice(0, limit);
  return found.map((d) => ({
    id: d.id,
    nama: deviceName(d, labels),
    keterangan: [d.ruangan, bmnLabel(d) === '-' ? '' : `BMN ${bmnLabel(d)}`]
      .filter(Boolean)
      .join(' · '),
  }));
}
