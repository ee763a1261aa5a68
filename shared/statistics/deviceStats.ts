import { CONDITION_LABELS, CONDITIONS, type Condition } from '../devices/schema';
import type { CountRow } from './counting';

/** Active devices by condition, in the BMN order (Baik, Rusak Ringan, Rusak Berat). */
export function deviceConditions(
  devices: readonly { kondisi: Condition; aktif: boolean }[],
): CountRow[] {
  const counts: Record<Condition, number> = { baik: 0, rusakRingan: 0, rusakBerat: 0 };
  for (const d of devices) if (d.aktif) counts[d.kondisi]++;
  return CONDITIONS.map((c) => ({ label: CONDITION_LABELS[c], jumlah: counts[c] }));
}

export interface AcquisitionYearRow {
  /** The year, or "Tidak diketahui". */
  label: string;
  /** Age in years at `currentYear`; null when the year is unknown. */
  umur: number | null;
  jumlah: number;
  baik: number;
  rusakRingan: number;
  rusakBerat: number;
}

export const UNKNOWN_YEAR = 'Tidak diketahui';

/** Active devices by year of acquisition (oldest first, unknown last), with their condition. */
export function devicesByAcquisitionYear(
  devices: readonly { kondisi: Condition; aktif: boolean; tahunPerolehan: number | null }[],
  currentYear: number,
): AcquisitionYearRow[] {
  const rows = new Map<number | null, AcquisitionYearRow>();
  for (const d of devices) {
    if (!d.aktif) continue;
    const year = d.tahunPerolehan;
    let row = rows.get(year);
    if (!row) {
      row = {
        label: year === null ? UNKNOWN_YEAR : String(year),
        umur: year === null ? null : currentYear - year,
        jumlah: 0,
        baik: 0,
        rusakRingan: 0,
        rusakBerat: 0,
      };
      rows.set(year, row);
    }
    row.jumlah++;
    row[d.kondisi]++;
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([, row]) => row);
}
