import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OFFICE_HOURS,
  RAMADAN_DAYS,
  endOfWorkingDay,
  officeHoursSchema,
  workingMinutesBetween,
  type OfficeHours,
  type SpecialHours,
} from './workingTime';

/** A local time in 2026; month 1..12. */
const at = (month: number, day: number, hour = 0, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute);

const RAMADAN: SpecialHours = {
  nama: 'Ramadan 1447 H',
  dari: '2026-02-18',
  sampai: '2026-03-19',
  days: RAMADAN_DAYS,
};
const H: OfficeHours = { ...DEFAULT_OFFICE_HOURS, khusus: [RAMADAN] };

describe('hours of a date range (Ramadan)', () => {
  it('count 390 minutes a day inside the range and 450 outside it', () => {
    // Monday 23 February: 08.00–15.00 less 30 minutes; Friday 27 February: 08.00–15.30 less 60.
    expect(workingMinutesBetween(at(2, 23), at(2, 24), H)).toBe(390);
    expect(workingMinutesBetween(at(2, 27), at(2, 28), H)).toBe(390);
    expect(workingMinutesBetween(at(2, 23), at(3, 2), H)).toBe(5 * 390);
    expect(workingMinutesBetween(at(2, 9), at(2, 16), H)).toBe(5 * 450);
    expect(workingMinutesBetween(at(2, 23), at(2, 24), DEFAULT_OFFICE_HOURS)).toBe(450);
  });

  it('include both end days', () => {
    const short: OfficeHours = {
      ...DEFAULT_OFFICE_HOURS,
      khusus: [{ ...RAMADAN, dari: '2026-11-23', sampai: '2026-11-24' }],
    };
    expect(workingMinutesBetween(at(11, 20), at(11, 21), short)).toBe(450);
    expect(workingMinutesBetween(at(11, 23), at(11, 24), short)).toBe(390);
    expect(workingMinutesBetween(at(11, 24), at(11, 25), short)).toBe(390);
    expect(workingMinutesBetween(at(11, 25), at(11, 26), short)).toBe(450);
  });

  it('close the working day at the range’s closing time', () => {
    expect(endOfWorkingDay(at(2, 23, 9), 1, H)).toEqual(at(2, 23, 15));
    expect(endOfWorkingDay(at(2, 27, 9), 1, H)).toEqual(at(2, 27, 15, 30));
  });

  it('still skip the holidays inside the range (Nyepi, 19 March)', () => {
    expect(workingMinutesBetween(at(3, 19), at(3, 20), H)).toBe(0);
  });
});

describe('the schema of a date range', () => {
  const parse = (khusus: SpecialHours[]) =>
    officeHoursSchema.safeParse({ ...DEFAULT_OFFICE_HOURS, khusus });
  const messages = (khusus: SpecialHours[]) => {
    const r = parse(khusus);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts settings saved before date ranges existed, and a good range', () => {
    expect(officeHoursSchema.safeParse(DEFAULT_OFFICE_HOURS).success).toBe(true);
    expect(parse([RAMADAN]).success).toBe(true);
  });

  it('refuses a range that ends before it starts, a range without a name, and overlaps', () => {
    expect(messages([{ ...RAMADAN, sampai: '2026-02-01' }])).toContain(
      'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    );
    expect(messages([{ ...RAMADAN, nama: ' ' }])).toContain(
      'Nama periode wajib diisi, misalnya Ramadan 1448 H.',
    );
    expect(messages([RAMADAN, { ...RAMADAN, nama: 'Lain', dari: '2026-03-19' }])).toContain(
      'Periode ini bertumpang tindih dengan Ramadan 1447 H.',
    );
  });
});
