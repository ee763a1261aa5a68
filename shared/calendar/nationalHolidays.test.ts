import { describe, expect, it } from 'vitest';
import { fromIsoDate } from '../format/date';
import {
  hasHolidayList,
  missingHolidayYear,
  NATIONAL_HOLIDAY_YEARS,
  nationalHolidayDates,
  nationalHolidayOn,
} from './nationalHolidays';

describe('the 2026 national holidays and cuti bersama', () => {
  const year = NATIONAL_HOLIDAY_YEARS.find((y) => y.tahun === 2026);

  it('has the 17 holidays and 8 cuti bersama days of the decree, each a real 2026 date once', () => {
    const days = year?.hari ?? [];
    expect(days.filter((d) => d.jenis === 'libur')).toHaveLength(17);
    expect(days.filter((d) => d.jenis === 'cutiBersama')).toHaveLength(8);
    expect(new Set(days.map((d) => d.tanggal)).size).toBe(days.length);
    for (const d of days) {
      expect(d.tanggal.startsWith('2026-')).toBe(true);
      expect(fromIsoDate(d.tanggal), d.tanggal).not.toBeNull();
    }
    expect(year?.sumber).toContain('Nomor 1497 Tahun 2025');
  });

  it('finds a day by its date', () => {
    expect(nationalHolidayOn('2026-12-25')?.nama).toBe('Kelahiran Yesus Kristus');
    expect(nationalHolidayOn('2026-03-23')?.jenis).toBe('cutiBersama');
    expect(nationalHolidayOn('2026-11-20')).toBeUndefined();
    expect(nationalHolidayDates().has('2026-08-17')).toBe(true);
  });

  it('knows which years have a list: built in, or typed by the office', () => {
    expect(hasHolidayList(2026, [])).toBe(true);
    expect(hasHolidayList(2027, [])).toBe(false);
    expect(hasHolidayList(2027, ['2026-11-26', '2027-01-01'])).toBe(true);
  });
});

describe('the year without a list, warned before it starts', () => {
  it('is silent in November, names the next year from 1 December, and this year at once', () => {
    expect(missingHolidayYear(new Date(2026, 10, 30), [])).toBeNull();
    expect(missingHolidayYear(new Date(2026, 11, 1), [])).toBe(2027);
    expect(missingHolidayYear(new Date(2026, 11, 1), ['2027-01-01'])).toBeNull();
    expect(missingHolidayYear(new Date(2027, 5, 1), [])).toBe(2027);
  });
});
