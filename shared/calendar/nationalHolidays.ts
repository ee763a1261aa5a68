/**
 * Indonesia's national holidays (hari libur nasional) and collective leave days (cuti bersama),
 * as the joint decree of the Ministers of Religious Affairs, Manpower and PANRB sets them each
 * year. Working time (shared/requests/workingTime.ts) skips them on top of the office's own
 * holidays. A later year is added here when its decree is out; until then the office types
 * its dates in Pengaturan Layanan, and Beranda warns before a year without a list begins.
 */
export type HolidayKind = 'libur' | 'cutiBersama';

export interface NationalHoliday {
  /** 'YYYY-MM-DD'. */
  tanggal: string;
  nama: string;
  jenis: HolidayKind;
}

export interface HolidayYear {
  tahun: number;
  /** The decree the dates come from, as it is cited. */
  sumber: string;
  hari: readonly NationalHoliday[];
}

const libur = (tanggal: string, nama: string): NationalHoliday => ({
  tanggal,
  nama,
  jenis: 'libur',
});
const cuti = (tanggal: string, nama: string): NationalHoliday => ({
  tanggal,
  nama,
  jenis: 'cutiBersama',
});

export const NATIONAL_HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    tahun: 2026,
    sumber:
      'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan ' +
      'Aparatur Negara dan Reformasi Birokrasi Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, ' +
      'Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026',
    hari: [
      libur('2026-01-01', 'Tahun Baru 2026 Masehi'),
      libur('2026-01-16', "Isra Mi'raj Nabi Muhammad SAW"),
      cuti('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      libur('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      cuti('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      libur('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
      cuti('2026-03-20', 'Cuti bersama Idul Fitri 1447 Hijriah'),
      libur('2026-03-21', 'Idul Fitri 1447 Hijriah'),
      libur('2026-03-22', 'Idul Fitri 1447 Hijriah'),
      cuti('2026-03-23', 'Cuti bersama Idul Fitri 1447 Hijriah'),
      cuti('2026-03-24', 'Cuti bersama Idul Fitri 1447 Hijriah'),
      libur('2026-04-03', 'Wafat Yesus Kristus'),
      libur('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      libur('2026-05-01', 'Hari Buruh Internasional'),
      libur('2026-05-14', 'Kenaikan Yesus Kristus'),
      cuti('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      libur('2026-05-27', 'Idul Adha 1447 Hijriah'),
      cuti('2026-05-28', 'Cuti bersama Idul Adha 1447 Hijriah'),
      libur('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      libur('2026-06-01', 'Hari Lahir Pancasila'),
      libur('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'),
      libur('2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'),
      libur('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      cuti('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
      libur('2026-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
];

const BY_DATE = new Map(
  NATIONAL_HOLIDAY_YEARS.flatMap((y) => y.hari).map((h) => [h.tanggal, h] as const),
);

/** The national holiday or cuti bersama on an ISO date, if any. */
export function nationalHolidayOn(isoDate: string): NationalHoliday | undefined {
  return BY_DATE.get(isoDate);
}

/** Every built-in date, for working time. */
export function nationalHolidayDates(): ReadonlySet<string> {
  return new Set(BY_DATE.keys());
}

/**
 * Whether working time knows the holidays of `year`: a built-in list, or at least one date the
 * office typed for it (a court that enters the decree itself before an update brings it).
 */
export function hasHolidayList(year: number, officeHolidays: readonly string[]): boolean {
  return (
    NATIONAL_HOLIDAY_YEARS.some((y) => y.tahun === year) ||
    officeHolidays.some((d) => d.startsWith(`${year}-`))
  );
}

/**
 * The year whose holidays working time does not know and soon needs: this year, or from
 * 1 December the next one. Null when both are known (or it is not yet December).
 */
export function missingHolidayYear(now: Date, officeHolidays: readonly string[]): number | null {
  const year = now.getFullYear();
  if (!hasHolidayList(year, officeHolidays)) return year;
  if (now.getMonth() === 11 && !hasHolidayList(year + 1, officeHolidays)) return year + 1;
  return null;
}
