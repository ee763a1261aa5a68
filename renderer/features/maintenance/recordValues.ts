import type { Condition } from '../../../shared/devices/schema';
import {
  maintenanceRecordSchema,
  type CheckResult,
  type MaintenanceRecordInput,
} from '../../../shared/maintenance/record';

export type CheckValues = {
  deviceId: string;
  hasil: CheckResult;
  kondisi: Condition;
  temuan: string;
  tindakan: string;
};

/** The Catatan Pemeliharaan form as typed. */
export type RecordFormValues = {
  tanggal: string;
  taskId: string | null;
  judul: string;
  petugasId: string | null;
  durasiMenit: number | string;
  perangkat: CheckValues[];
  temuan: string;
  tindakan: string;
};

/** Every device starts as "Baik" in its current condition: the operator marks exceptions. */
export function checksFor(devices: readonly { id: string; kondisi: Condition }[]): CheckValues[] {
  return devices.map((d) => ({
    deviceId: d.id,
    hasil: 'baik',
    kondisi: d.kondisi,
    temuan: '',
    tindakan: '',
  }));
}

export function recordInputOf(values: RecordFormValues): MaintenanceRecordInput {
  const durasi = values.durasiMenit;
  return {
    ...values,
    petugasId: values.petugasId ?? '',
    durasiMenit: durasi === '' ? null : Number(durasi),
  };
}

/** Errors by form field path (perangkat.2.temuan), in Indonesian; empty when valid. */
export function validateRecord(values: RecordFormValues, today: string): Record<string, string> {
  const parsed = maintenanceRecordSchema(today).safeParse(recordInputOf(values));
  const errors: Record<string, string> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues)
    errors[issue.path.map(String).join('.')] ??= issue.message;
  return errors;
}
