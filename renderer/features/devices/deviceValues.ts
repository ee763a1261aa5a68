import {
  deviceSchema,
  type Condition,
  type DeviceFields,
  type DeviceInput,
} from '../../../shared/devices/schema';

/** The device form as typed: the year is whatever the number input holds. */
export type DeviceFormValues = {
  jenis: string;
  merek: string;
  model: string;
  nomorSeri: string;
  kodeBmn: string;
  nup: string;
  ruangan: string;
  pengguna: string;
  tahunPerolehan: number | string;
  kondisi: Condition;
  alamatIp: string;
  catatan: string;
  aktif: boolean;
};

export const EMPTY_DEVICE: DeviceFormValues = {
  jenis: 'pc',
  merek: '',
  model: '',
  nomorSeri: '',
  kodeBmn: '',
  nup: '',
  ruangan: '',
  pengguna: '',
  tahunPerolehan: '',
  kondisi: 'baik',
  alamatIp: '',
  catatan: '',
  aktif: true,
};

export function deviceValuesOf(device: DeviceFields | null): DeviceFormValues {
  if (!device) return EMPTY_DEVICE;
  return { ...device, tahunPerolehan: device.tahunPerolehan ?? '' };
}

export function deviceInputOf(values: DeviceFormValues): DeviceInput {
  const year = values.tahunPerolehan;
  return {
    ...values,
    tahunPerolehan: year === '' ? null : typeof year === 'number' ? year : Number(year),
  };
}

/** Errors by form field, in Indonesian; empty when the device is valid. */
export function validateDevice(
  values: DeviceFormValues,
  currentYear: number,
): Record<string, string> {
  const parsed = deviceSchema(currentYear).safeParse(deviceInputOf(values));
  const errors: Record<string, string> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues)
    errors[issue.path.map(String).join('.')] ??= issue.message;
  return errors;
}
