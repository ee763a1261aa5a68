import type { DeviceTypeLabels } from './deviceTypes';
import { foldText, matchesWords } from '../search/words';
import { bmnLabel, deviceName, type DeviceFields } from './schema';

/**
 * Finding a device at reception by what the requester or the label on it says: name, room,
 * BMN code and NUP, serial number, IP address or user.
 */

type Searchable = Pick<
  DeviceFields,
  | 'jenis'
  | 'merek'
  | 'model'
  | 'ruangan'
  | 'kodeBmn'
  | 'nup'
  | 'nomorSeri'
  | 'alamatIp'
  | 'pengguna'
>;

/** Everything a device is found by, lowercased once; `labels` names the office's types. */
export function deviceSearchText(d: Searchable, labels?: DeviceTypeLabels): string {
  return foldText(
    [
      deviceName(d, labels),
      d.ruangan,
      d.kodeBmn,
      bmnLabel(d),
      d.nup,
      d.nomorSeri,
      d.alamatIp,
      d.pengguna,
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/** Whether every word of the query occurs in the device's search text. */
export function deviceMatches(searchText: string, query: string): boolean {
  return foldText(query) === '' || matchesWords(searchText, query);
}

/** The second line of a device in the picker: serial number, IP and user, when known. */
export function deviceIdentityLine(
  d: Pick<DeviceFields, 'nomorSeri' | 'alamatIp' | 'pengguna'>,
): string {
  return [
    d.nomorSeri && `SN ${d.nomorSeri}`,
    d.alamatIp && `IP ${d.alamatIp}`,
    d.pengguna && `Pengguna: ${d.pengguna}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
