import { formatHariTanggal, formatJam, toIsoDate } from '../format/date';
import {
  WEEKDAY_LABELS,
  WEEKDAYS,
  clockMinutes,
  isHoliday,
  isWorkingDay,
  nextWorkingMinute,
  type OfficeHours,
} from './workingTime';

/**
 * A request received outside working time (a day off, a holiday, before opening, in the break,
 * after closing) keeps its received time as typed; its service time counts from the next
 * working minute. This says which case it is, for the reception form's notice.
 */
export interface OutsideWorkingTime {
  /** Why, in Indonesian: "Minggu", "hari libur", "sebelum jam kerja", "jam istirahat"... */
  reason: string;
  /** The next working minute, from which the service time counts. */
  countsFrom: Date;
}

/** Null when `receivedAt` is inside working hours. */
export function outsideWorkingTime(
  receivedAt: Date,
  hours: OfficeHours,
): OutsideWorkingTime | null {
  const countsFrom = nextWorkingMinute(receivedAt, hours);
  if (countsFrom.getTime() === receivedAt.getTime()) return null;
  return { reason: reasonOf(receivedAt, countsFrom, hours), countsFrom };
}

function reasonOf(at: Date, countsFrom: Date, hours: OfficeHours): string {
  if (isHoliday(at, hours)) return 'hari libur';
  const weekday = WEEKDAYS[at.getDay()] ?? '0';
  if (!isWorkingDay(at, hours)) return WEEKDAY_LABELS[weekday];
  if (toIsoDate(countsFrom) !== toIsoDate(at)) return 'setelah jam kerja';
  const opening = hours.days[weekday]?.start;
  const minute = at.getHours() * 60 + at.getMinutes();
  return opening !== undefined && minute < clockMinutes(opening)
    ? 'sebelum jam kerja'
    : 'jam istirahat';
}

/**
 * "Diterima di luar jam kerja (Minggu); waktu layanan dihitung mulai Senin, 23 November 2026
 * pukul 08.00."
 */
export function outsideWorkingTimeNotice(outside: OutsideWorkingTime): string {
  const { reason, countsFrom } = outside;
  return `Diterima di luar jam kerja (${reason}); waktu layanan dihitung mulai ${formatHariTanggal(countsFrom)} pukul ${formatJam(countsFrom)}.`;
}
