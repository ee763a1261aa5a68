import { format } from 'date-fns';
import { namaBulan, namaHari } from './calendarNames';

/**
 * Indonesian date formats as they appear in court letters and reports. All functions read the
 * local time of the Date; the month and weekday names come from ./calendarNames.
 */

/** "22 November 2026" (day without leading zero). */
export function formatTanggal(date: Date): string {
  return `${date.getDate()} ${namaBulan(date.getMonth() + 1)} ${format(date, 'yyyy')}`;
}

/** "Minggu, 22 November 2026". */
export function formatHariTanggal(date: Date): string {
  return `${namaHari(date.getDay())}, ${formatTanggal(date)}`;
}

/** "14.30": 24-hour clock, two-digit hour and minute, dot separator. */
export function formatJam(date: Date): string {
  return format(date, 'HH.mm');
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
  const date = new Date(2000, 0, 1);
  // setFullYear, because the Date constructor maps years 0..99 to 1900..1999.
  date.setFullYear(year);
  return `${namaBulan(month1to12)} ${format(date, 'yyyy')}`;
}

/** A local calendar date as 'YYYY-MM-DD' (what date inputs and stored dates use). */
export function toIsoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** 'YYYY-MM-DD' read as a local calendar date (no time zone shift); null when malformed. */
export function fromIsoDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(y, m - 1, d);
  date.setFullYear(y); // years below 100 would otherwise land in the 1900s
  return date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** Whole calendar days from `earlier` to `later` (both 'YYYY-MM-DD'); throws when malformed. */
export function isoDaysBetween(earlier: string, later: string): number {
  const a = fromIsoDate(earlier);
  const b = fromIsoDate(later);
  if (!a || !b) throw new RangeError(`Tanggal tidak valid: ${!a ? earlier : later}`);
  // Rounding absorbs the hour a daylight-saving change adds or removes where a zone has one.
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

/** 'YYYY-MM-DD' as "22 November 2026"; the input itself when malformed. */
export function formatTanggalIso(iso: string): string {
  const date = fromIsoDate(iso);
  return date ? formatTanggal(date) : iso;
}
