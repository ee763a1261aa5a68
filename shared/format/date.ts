import { format } from 'date-fns';
import { id } from 'date-fns/locale';

/**
 * Indonesian date formats as they appear in court letters and reports. All functions read the
 * local time of the Date; date-fns with the `id` locale supplies the month and weekday names.
 */

const options = { locale: id } as const;

/** "22 November 2026" (day without leading zero). */
export function formatTanggal(date: Date): string {
  return format(date, 'd MMMM yyyy', options);
}

/** "Minggu, 22 November 2026". */
export function formatHariTanggal(date: Date): string {
  return format(date, 'EEEE, d MMMM yyyy', options);
}

/** "14.30": 24-hour clock, two-digit hour and minute, dot separator. */
export function formatJam(date: Date): string {
  return format(date, 'HH.mm', options);
}

/** "22 November 2026 14.30". */
export function formatTanggalJam(date: Date): string {
  return `${formatTanggal(date)} ${formatJam(date)}`;
}

/** "Mukomuko, 22 November 2026": the place-and-date line above a signature, no full stop. */
export function formatTempatTanggal(city: string, date: Date): string {
  const place = city.trim();
  return place === '' ? formatTanggal(date) : `${place}, ${formatTanggal(date)}`;
}

/** "November 2026". Throws RangeError when the month is not an integer 1..12. */
export function formatBulanTahun(year: number, month1to12: number): string {
  if (!Number.isInteger(month1to12) || month1to12 < 1 || month1to12 > 12) {
    throw new RangeError(`Month must be an integer 1..12, got ${month1to12}.`);
  }
  if (!Number.isInteger(year)) {
    throw new RangeError(`Year must be an integer, got ${year}.`);
  }
  const date = new Date(2000, month1to12 - 1, 1);
  // setFullYear, because the Date constructor maps years 0..99 to 1900..1999.
  date.setFullYear(year);
  return format(date, 'MMMM yyyy', options);
}
