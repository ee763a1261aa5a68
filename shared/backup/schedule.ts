import { z } from 'zod';

/** How often this PC makes a backup by itself while Meja TI runs. */
export const BACKUP_FREQUENCIES = ['harian', 'mingguan'] as const;
export type BackupFrequency = (typeof BACKUP_FREQUENCIES)[number];

export const FREQUENCY_LABELS: Record<BackupFrequency, string> = {
  harian: 'Setiap hari',
  mingguan: 'Setiap minggu',
};

/** Days a backup may be old before the next is due (and before Beranda warns). */
export const FREQUENCY_DAYS: Record<BackupFrequency, number> = { harian: 1, mingguan: 7 };

export const MAX_KEEP = 100;

export const backupRuleSchema = z.object({
  frekuensi: z.enum(BACKUP_FREQUENCIES, { message: 'Pilih jadwal cadangan.' }),
  simpan: z
    .number({ message: 'Jumlah cadangan yang disimpan berupa angka.' })
    .int('Jumlah cadangan yang disimpan berupa angka bulat.')
    .min(1, 'Simpan paling sedikit 1 cadangan.')
    .max(MAX_KEEP, `Simpan paling banyak ${MAX_KEEP} cadangan.`),
});
export type BackupRule = z.infer<typeof backupRuleSchema>;

/** The check-in interval of the schedule's timer: a due backup waits at most this long. */
export const SCHEDULE_TICK_MS = 60_000;

/** Whether a scheduled backup is due at `now`, the last good one made at `last` (ISO) or never. */
export function isBackupDue(last: string | null, now: Date, rule: BackupRule): boolean {
  if (last === null) return true;
  const lastMs = Date.parse(last);
  if (Number.isNaN(lastMs)) return true;
  // A clock set back (last in the future) makes a backup now rather than never again.
  if (lastMs > now.getTime()) return true;
  return now.getTime() - lastMs >= FREQUENCY_DAYS[rule.frekuensi] * 24 * 60 * 60 * 1000;
}
