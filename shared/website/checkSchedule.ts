import { z } from 'zod';

/**
 * When the automatic availability check runs (SOP F): every site at a configurable interval,
 * and once when the app opens if the last check is older than that.
 */

export const CHECK_INTERVALS_HOURS = [1, 6, 12, 24, 168] as const;
export const DEFAULT_CHECK_INTERVAL_HOURS = 24;

export const checkScheduleSchema = z.object({
  aktif: z.boolean(),
  setiapJam: z
    .number({ message: 'Selang berupa angka jam.' })
    .int('Selang berupa angka jam.')
    .min(1, 'Selang paling sedikit 1 jam.')
    .max(24 * 31, 'Selang paling lama 31 hari.'),
});
export type CheckSchedule = z.output<typeof checkScheduleSchema>;

export const DEFAULT_CHECK_SCHEDULE: CheckSchedule = {
  aktif: true,
  setiapJam: DEFAULT_CHECK_INTERVAL_HOURS,
};

/** True when the automatic check is due: never done, or the last is older than the interval. */
export function isCheckDue(lastAt: string | null, now: Date, schedule: CheckSchedule): boolean {
  if (!schedule.aktif) return false;
  if (lastAt === null) return true;
  return now.getTime() - Date.parse(lastAt) >= schedule.setiapJam * 3_600_000;
}

/** How often the scheduler asks whether a check is due. */
export const CHECK_TICK_MS = 5 * 60_000;
