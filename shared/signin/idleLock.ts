import { z } from 'zod';

/** The settings row of the idle lock, office-wide and synced. */
export const IDLE_LOCK_ROW = 'signinSecurity';
export const DEFAULT_IDLE_MINUTES = 10;

export const idleMinutesSchema = z
  .number({ message: 'Isi lama diam dalam menit.' })
  .int('Lama diam harus bilangan bulat.')
  .min(1, 'Lama diam paling sedikit 1 menit.')
  .max(240, 'Lama diam paling lama 240 menit.');

/** The office's idle minutes from its row; a damaged value falls back rather than never locking. */
export function idleMinutesOf(row: object | undefined): number {
  const value: unknown = row && 'idleMinutes' in row ? row.idleMinutes : undefined;
  const parsed = idleMinutesSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_IDLE_MINUTES;
}

/** Whether a PC idle since `lastInput` (epoch ms) locks at `now`. */
export function idleExpired(lastInput: number, now: number, minutes: number): boolean {
  return now - lastInput >= minutes * 60_000;
}
