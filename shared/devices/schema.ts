import { z } from 'zod';
import { optionalText, requiredText } from '../validation/text';
import { deviceTypeCodeSchema, deviceTypeLabel, type DeviceTypeLabels } from './deviceTypes';

/** Kondisi barang as the BMN inventory records it. */
export const CONDITIONS = ['baik', 'rusakRingan', 'rusakBerat'] as const;
export type Condition = (typeof CONDITIONS)[number];
export const CONDITION_LABELS: Record<Condition, string> = {
  baik: 'Baik',
  rusakRingan: 'Rusak Ringan',
  rusakBerat: 'Rusak Berat',
};

/** The earliest acquisition year accepted (older entries are almost always typos). */
export const FIRST_ACQUISITION_YEAR = 1980;

/** A device in the inventory. `currentYear` bounds the acquisition year. */
export function deviceSchema(currentYear: number) {
  return z.object({
    /** A type code (shared/devices/deviceTypes.ts); kept as is when its label is renamed. */
    jenis: deviceTypeCodeSchema,
    merek: requiredText('Merek', 60),
    model: optionalText('Model/tipe', 80),
    nomorSeri: optionalText('Nomor seri', 80),
    /** Kode barang BMN, e.g. 3.10.02.01.003. */
    kodeBmn: optionalText('Kode BMN', 30).regex(
      /^(\d+(\.\d+)*)?$/,
      'Kode BMN berupa angka bertitik, misalnya 3.10.02.01.003.',
    ),
    /** Nomor Urut Pendaftaran within the BMN code. */
    nup: optionalText('NUP', 6).regex(/^\d*$/, 'NUP berupa angka.'),
    ruangan: requiredText('Ruangan', 80),
    /** Who uses it (a name, or a unit for shared equipment). */
    pengguna: optionalText('Pengguna', 120),
    tahunPerolehan: z
      .number({ message: 'Tahun perolehan berupa angka.' })
      .int('Tahun perolehan berupa angka.')
      .min(FIRST_ACQUISITION_YEAR, `Tahun perolehan paling awal ${FIRST_ACQUISITION_YEAR}.`)
      .max(currentYear, 'Tahun perolehan tidak boleh di masa depan.')
      .nullable(),
    kondisi: z.enum(CONDITIONS, { message: 'Pilih kondisi perangkat.' }),
    alamatIp: z.union([
      z.literal(''),
      z.ipv4({ message: 'Alamat IP tidak valid (contoh 192.168.1.10).' }),
    ]),
    catatan: optionalText('Catatan', 1000),
    /** False once the device is retired (dihapuskan); its history stays. */
    aktif: z.boolean(),
  });
}
export type DeviceInput = z.input<ReturnType<typeof deviceSchema>>;
export type DeviceFields = z.output<ReturnType<typeof deviceSchema>>;

/**
 * How a device is named in lists and on paper: "PC HP ProDesk 400 G7". `labels` names
 * the office's own types; without it only the built-in ones are named.
 */
export function deviceName(
  d: Pick<DeviceFields, 'jenis' | 'merek' | 'model'>,
  labels?: DeviceTypeLabels,
): string {
  return [deviceTypeLabel(d.jenis, labels), d.merek, d.model]
    .filter((p) => p.trim() !== '')
    .join(' ');
}

/** A device as a picker offers it: "PC HP ProDesk 400 G7 — Kepaniteraan (3.10.02.01.003 / 12)". */
export function deviceOptionLabel(
  d: Pick<DeviceFields, 'jenis' | 'merek' | 'model' | 'ruangan' | 'kodeBmn' | 'nup'>,
  labels?: DeviceTypeLabels,
): string {
  const bmn = bmnLabel(d);
  return `${deviceName(d, labels)} — ${d.ruangan}${bmn === '-' ? '' : ` (${bmn})`}`;
}

/** The BMN identity as printed: "3.10.02.01.003 / 12", or "-" when unknown. */
export function bmnLabel(d: Pick<DeviceFields, 'kodeBmn' | 'nup'>): string {
  if (!d.kodeBmn && !d.nup) return '-';
  return d.nup ? `${d.kodeBmn || '-'} / ${d.nup}` : d.kodeBmn;
}
