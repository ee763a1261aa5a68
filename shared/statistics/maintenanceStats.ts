import { NAMA_BULAN } from '../format/calendarNames';
import type { Recurrence } from '../maintenance/recurrence';
import { matchOccurrences, type ScheduleRecord } from '../maintenance/schedule';
import { periodMonths, periodRange, type StatPeriod } from './period';

export interface MaintenanceMonthRow {
  label: string;
  /** Occurrences due in the month, up to today. */
  dijadwalkan: number;
  /** Of those, the ones recorded (on time or late). */
  dilaksanakan: number;
  tepatWaktu: number;
}

export interface MaintenanceTaskInput {
  rule: Recurrence;
  mulai: string;
  records: readonly ScheduleRecord[];
}

/**
 * Scheduled maintenance against what was done, per month of the period: occurrences due up
 * to `today` (later ones are not due yet), matched to records as the schedule matches them.
 */
export function maintenanceCompliance(
  tasks: readonly MaintenanceTaskInput[],
  period: StatPeriod,
  today: string,
): MaintenanceMonthRow[] {
  const { first, last } = periodMonths(period);
  const rows: MaintenanceMonthRow[] = [];
  for (let m = first; m <= last; m++) {
    rows.push({ label: NAMA_BULAN[m - 1] ?? '', dijadwalkan: 0, dilaksanakan: 0, tepatWaktu: 0 });
  }
  const range = periodRange(period);
  const to = range.toIso < today ? range.toIso : today;
  for (const task of tasks) {
    for (const o of matchOccurrences(
      task.rule,
      task.mulai,
      task.records,
      range.fromIso,
      to,
      today,
    )) {
      const row = rows[Number(o.due.slice(5, 7)) - first];
      if (!row) continue;
      row.dijadwalkan++;
      if (o.status === 'tepatWaktu' || o.status === 'terlambat') row.dilaksanakan++;
      if (o.status === 'tepatWaktu') row.tepatWaktu++;
    }
  }
  return rows;
}
