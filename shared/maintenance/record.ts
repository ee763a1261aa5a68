import { z } from 'zod';
import { CONDITIONS } from '../devices/schema';
import { isoDateSchema, optionalText, requiredText } from '../validation/text';

export const CHECK_RESULTS = ['baik', 'adaTemuan'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
export const CHECK_RESULT_LABELS: Record<CheckResult, string> = {
  baik: 'Baik',
  adaTemuan: 'Ada temuan',
};

/** What a check found on one device, and its condition afterwards. */
export const deviceCheckSchema = z
  .object({
    deviceId: z.string().min(1),
    hasil: z.enum(CHECK_RESULTS),
    kondisi: z.enum(CONDITIONS),
    temuan: optionalText('Temuan', 1000),
    tindakan: optionalText('Tindakan', 1000),
  })
  .superRefine((c, ctx) => {
    if (c.hasil === 'adaTemuan' && !c.temuan) {
      ctx.addIssue({ code: 'custom', path: ['temuan'], message: 'Tuliskan temuannya.' });
    }
  });
export type DeviceCheck = z.output<typeof deviceCheckSchema>;

/** A maintenance round done (Catatan Pemeliharaan). `today` bounds the date. */
export function maintenanceRecordSchema(today: string) {
  return z.object({
    tanggal: isoDateSchema.refine((d) => d <= today, 'Tanggal tidak boleh di masa depan.'),
    /** The scheduled task it fulfils; null for work outside the schedule. */
    taskId: z.string().min(1).nullable(),
    judul: requiredText('Kegiatan', 300),
    petugasId: z.string().min(1, 'Pilih petugas.'),
    perangkat: z.array(deviceCheckSchema).max(2000),
    temuan: optionalText('Temuan umum', 2000),
    tindakan: optionalText('Tindak lanjut', 2000),
    durasiMenit: z
      .number({ message: 'Durasi berupa angka menit.' })
      .int('Durasi berupa angka menit.')
      .min(1, 'Durasi paling sedikit 1 menit.')
      .max(24 * 60, 'Durasi paling lama 1.440 menit.')
      .nullable(),
  });
}
export type MaintenanceRecordInput = z.input<ReturnType<typeof maintenanceRecordSchema>>;
export type MaintenanceRecordFields = z.output<ReturnType<typeof maintenanceRecordSchema>>;
