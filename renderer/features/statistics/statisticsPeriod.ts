import { periodOf, statPeriodSchema, type StatPeriod } from '../../../shared/statistics/period';

const KEY = 'meja:statistik-periode';

/** The period last shown, kept for the window's life so moving between screens keeps it. */
export function readKeptPeriod(now: Date): StatPeriod {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed = statPeriodSchema.safeParse(raw === null ? undefined : JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable: start from this month.
  }
  return periodOf('bulan', now);
}

export function keepPeriod(period: StatPeriod): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(period));
  } catch {
    // Storage refused: the period is simply not kept.
  }
}
