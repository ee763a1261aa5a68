/**
 * Indonesian month and weekday names, in one place: dates in letters and reports, the
 * maintenance calendar and recurrence, and the office's working days all read them here.
 */

export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;
export type NamaBulan = (typeof NAMA_BULAN)[number];

/** ISO weekday order, as a court calendar is drawn: index 0 is Senin (1), index 6 Minggu (7). */
export const NAMA_HARI = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'] as const;
export type NamaHari = (typeof NAMA_HARI)[number];

/** "Januari" for 1 .. "Desember" for 12; throws RangeError for anything else. */
export function namaBulan(month1to12: number): NamaBulan {
  const name = Number.isInteger(month1to12) ? NAMA_BULAN[month1to12 - 1] : undefined;
  if (name === undefined) {
    throw new RangeError(`Month must be an integer 1..12, got ${month1to12}.`);
  }
  return name;
}

/** The name of a JavaScript weekday (`Date.getDay()`): 0 is Minggu, 6 Sabtu. */
export function namaHari(jsWeekday: number): NamaHari {
  const name = Number.isInteger(jsWeekday) ? NAMA_HARI[(jsWeekday + 6) % 7] : undefined;
  if (name === undefined || jsWeekday < 0 || jsWeekday > 6) {
    throw new RangeError(`Weekday must be an integer 0..6, got ${jsWeekday}.`);
  }
  return name;
}
