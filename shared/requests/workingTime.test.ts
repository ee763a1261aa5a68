import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OFFICE_HOURS,
  WEEKDAYS,
  addWorkingMinutes,
  dailyWorkingMinutes,
  endOfWorkingDay,
  isWorkingDay,
  officeHoursSchema,
  workingMinutesBetween,
  type DayHours,
  type OfficeHours,
} from './workingTime';

const H = DEFAULT_OFFICE_HOURS;
/** A local time in 2026; month 1..12. */
const at = (month: number, day: number, hour = 0, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute);
const CHRISTMAS: OfficeHours = { ...H, holidays: ['2026-12-24', '2026-12-25'] };
/** Holidays only the office knows (Thursday and Friday 26–27 November 2026). */
const LOCAL: OfficeHours = { ...H, holidays: ['2026-11-26', '2026-11-27'] };

describe('the calendar used below', () => {
  it('has Friday 20 November 2026 and Wednesday 23 December 2026', () => {
    expect(at(11, 20).getDay()).toBe(5);
    expect(at(12, 23).getDay()).toBe(3);
  });
});

describe('dailyWorkingMinutes', () => {
  it('counts 450 minutes for Senin–Kamis and for Jumat by default', () => {
    for (const w of ['1', '2', '3', '4', '5'] as const) {
      const day = H.days[w];
      expect(day && dailyWorkingMinutes(day)).toBe(450);
    }
    expect(H.days['0']).toBeNull();
    expect(H.days['6']).toBeNull();
  });

  it('counts a day without a break whole', () => {
    expect(
      dailyWorkingMinutes({ start: '08:00', end: '16:00', breakStart: null, breakEnd: null }),
    ).toBe(480);
  });
});

describe('workingMinutesBetween', () => {
  it.each([
    ['Fri 15.00 → Mon 09.00 across the weekend: 120 + 60', at(11, 20, 15), at(11, 23, 9), 180],
    [
      'Wed 15.00 → Mon 09.00 without holidays: 90 + 450 + 450 + 60',
      at(11, 25, 15),
      at(11, 30, 9),
      1050,
    ],
    ['inside the lunch break', at(11, 23, 12, 10), at(11, 23, 12, 50), 0],
    ['across the lunch break (Mon): 30 + 30', at(11, 23, 11, 30), at(11, 23, 13, 30), 60],
    ['across the Friday break 11.30–13.00: 30 + 30', at(11, 20, 11), at(11, 20, 13, 30), 60],
    ['from before opening', at(11, 23, 6), at(11, 23, 9), 60],
    ['after closing, the same evening', at(11, 23, 17), at(11, 23, 23), 0],
    ['after closing to the next morning', at(11, 23, 17), at(11, 24, 8, 30), 30],
    ['over a weekend only', at(11, 21, 8), at(11, 22, 17), 0],
    ['a full week: 5 × 450', at(11, 23), at(11, 30), 2250],
    ['November 2026: 21 working days', at(11, 1), at(12, 1), 21 * 450],
    // 261 weekdays less the 21 national holidays and cuti bersama that fall on one.
    ['the year 2026: 240 working days', at(1, 1), new Date(2027, 0, 1), 240 * 450],
    ['Christmas 2026 without the office typing it: 90 + 60', at(12, 23, 15), at(12, 28, 9), 150],
    [
      'Idul Fitri 2026: Mon 16 to Wed 25 March, 2 working days',
      at(3, 16, 8),
      at(3, 25, 8),
      2 * 450,
    ],
  ])('%s', (_label, from, to, minutes) => {
    expect(workingMinutesBetween(from, to, H)).toBe(minutes);
  });

  it('skips the holidays the office enters: 90 + 60', () => {
    expect(workingMinutesBetween(at(11, 25, 15), at(11, 30, 9), LOCAL)).toBe(150);
    expect(workingMinutesBetween(at(12, 23, 15), at(12, 28, 9), CHRISTMAS)).toBe(150);
  });

  it('is 0 when `to` is not after `from`', () => {
    expect(workingMinutesBetween(at(11, 23, 10), at(11, 23, 10), H)).toBe(0);
    expect(workingMinutesBetween(at(11, 23, 10), at(11, 23, 9), H)).toBe(0);
  });

  it('counts seconds as a fraction of a minute', () => {
    expect(workingMinutesBetween(at(11, 23, 9), new Date(2026, 10, 23, 9, 0, 30), H)).toBe(0.5);
  });
});

describe('addWorkingMinutes', () => {
  it.each([
    ['Fri 15.00 + 180 → Mon 09.00', at(11, 20, 15), 180, at(11, 23, 9)],
    ['Fri 15.00 + 120 → Fri 17.00 (closing)', at(11, 20, 15), 120, at(11, 20, 17)],
    ['Fri 15.00 + 121 → Mon 08.01', at(11, 20, 15), 121, at(11, 23, 8, 1)],
    ['Mon 11.30 + 30 → 12.00 (break starts)', at(11, 23, 11, 30), 30, at(11, 23, 12)],
    ['Mon 11.30 + 31 → 13.01', at(11, 23, 11, 30), 31, at(11, 23, 13, 1)],
    ['from the break: Mon 12.15 + 10 → 13.10', at(11, 23, 12, 15), 10, at(11, 23, 13, 10)],
    ['before opening: Mon 06.00 + 60 → 09.00', at(11, 23, 6), 60, at(11, 23, 9)],
    ['Sat 10.00 + 1 → Mon 08.01', at(11, 21, 10), 1, at(11, 23, 8, 1)],
    ['a working day: Mon 08.00 + 450 → 16.30', at(11, 23, 8), 450, at(11, 23, 16, 30)],
    ['Mon 08.00 + 451 → Tue 08.01', at(11, 23, 8), 451, at(11, 24, 8, 1)],
    ['zero minutes is `from` itself, even outside hours', at(11, 21, 10), 0, at(11, 21, 10)],
  ])('%s', (_label, from, minutes, expected) => {
    expect(addWorkingMinutes(from, minutes, H)).toEqual(expected);
  });

  it('skips the holidays: Wed 15.00 + 150 → Mon 09.00', () => {
    expect(addWorkingMinutes(at(11, 25, 15), 150, LOCAL)).toEqual(at(11, 30, 9));
    expect(addWorkingMinutes(at(12, 23, 15), 150, H)).toEqual(at(12, 28, 9));
  });

  it('refuses negative minutes, an invalid date and a week without working days', () => {
    expect(() => addWorkingMinutes(at(11, 23), -1, H)).toThrow(RangeError);
    const closed: OfficeHours = {
      days: { '0': null, '1': null, '2': null, '3': null, '4': null, '5': null, '6': null },
      holidays: [],
    };
    expect(() => addWorkingMinutes(at(11, 23), 1, closed)).toThrow(RangeError);
    expect(() => endOfWorkingDay(at(11, 23), 1, closed)).toThrow(RangeError);
    expect(() => addWorkingMinutes(new Date(Number.NaN), 1, H)).toThrow(RangeError);
    expect(() => endOfWorkingDay(new Date(Number.NaN), 1, H)).toThrow(RangeError);
  });
});

describe('endOfWorkingDay', () => {
  it.each([
    ['Mon 10.00, day 1 → Mon 16.30', at(11, 23, 10), 1, at(11, 23, 16, 30)],
    ['Mon 10.00, day 3 → Wed 16.30', at(11, 23, 10), 3, at(11, 25, 16, 30)],
    ['Mon 10.00, day 5 → Fri 17.00', at(11, 23, 10), 5, at(11, 27, 17)],
    ['Mon 10.00, day 6 → next Mon 16.30', at(11, 23, 10), 6, at(11, 30, 16, 30)],
    ['Mon 07.00 (before opening), day 1 → Mon 16.30', at(11, 23, 7), 1, at(11, 23, 16, 30)],
    ['Mon 17.00 (after closing), day 1 → Tue 16.30', at(11, 23, 17), 1, at(11, 24, 16, 30)],
    ['Mon 16.30 (at closing), day 1 → Tue 16.30', at(11, 23, 16, 30), 1, at(11, 24, 16, 30)],
    ['Sat 10.00, day 1 → Mon 16.30', at(11, 21, 10), 1, at(11, 23, 16, 30)],
  ])('%s', (_label, from, n, expected) => {
    expect(endOfWorkingDay(from, n, H)).toEqual(expected);
  });

  it('skips the holidays: Wed 10.00, day 2 → Mon 16.30', () => {
    expect(endOfWorkingDay(at(12, 23, 10), 2, CHRISTMAS)).toEqual(at(12, 28, 16, 30));
    expect(endOfWorkingDay(at(11, 25, 10), 2, H)).toEqual(at(11, 26, 16, 30));
    expect(endOfWorkingDay(at(11, 25, 10), 2, LOCAL)).toEqual(at(11, 30, 16, 30));
  });

  it.each([0, -1, 1.5])('refuses day %d', (n) => {
    expect(() => endOfWorkingDay(at(11, 23), n, H)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it('knows weekdays, weekends and holidays', () => {
    expect(isWorkingDay(at(11, 23, 20), H)).toBe(true);
    expect(isWorkingDay(at(11, 21, 10), H)).toBe(false);
    expect(isWorkingDay(at(12, 25, 10), CHRISTMAS)).toBe(false);
  });
});

describe('officeHoursSchema', () => {
  const withMonday = (monday: DayHours | null): OfficeHours => ({
    ...H,
    days: { ...H.days, '1': monday },
  });
  const messages = (hours: unknown) => {
    const r = officeHoursSchema.safeParse(hours);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts the default and holidays', () => {
    expect(officeHoursSchema.parse(H)).toEqual(H);
    expect(officeHoursSchema.safeParse(CHRISTMAS).success).toBe(true);
    expect(officeHoursSchema.safeParse({ ...H, holidays: ['2028-02-29'] }).success).toBe(true);
  });

  it.each([
    [
      { start: '8:00', end: '16:30', breakStart: null, breakEnd: null },
      'Hari Senin: jam mulai harus ditulis JJ:MM, misalnya 08:00.',
    ],
    [
      { start: '08:00', end: '24:00', breakStart: null, breakEnd: null },
      'Hari Senin: jam selesai harus ditulis JJ:MM, misalnya 08:00.',
    ],
    [
      { start: '16:30', end: '08:00', breakStart: null, breakEnd: null },
      'Hari Senin: jam mulai harus sebelum jam selesai.',
    ],
    [
      { start: '08:00', end: '08:00', breakStart: null, breakEnd: null },
      'Hari Senin: jam mulai harus sebelum jam selesai.',
    ],
    [
      { start: '08:00', end: '16:30', breakStart: '12:00', breakEnd: null },
      'Hari Senin: isi jam mulai dan selesai istirahat, atau kosongkan keduanya.',
    ],
    [
      { start: '08:00', end: '16:30', breakStart: '13:00', breakEnd: '12:00' },
      'Hari Senin: jam mulai istirahat harus sebelum jam selesai istirahat.',
    ],
    [
      { start: '08:00', end: '16:30', breakStart: '16:00', breakEnd: '17:00' },
      'Hari Senin: istirahat harus berada di dalam jam kerja.',
    ],
    [
      { start: '08:00', end: '16:30', breakStart: '08:00', breakEnd: '16:30' },
      'Hari Senin: istirahat tidak boleh menghabiskan seluruh jam kerja.',
    ],
  ])('refuses Monday %j', (monday, message) => {
    expect(messages(withMonday(monday))).toEqual([message]);
  });

  it('refuses invalid holiday dates', () => {
    for (const holiday of ['2026-02-30', '2026-13-01', '25-12-2026', '2027-02-29']) {
      expect(messages({ ...H, holidays: [holiday] })).toEqual([
        'Tanggal libur harus tanggal yang valid (TTTT-BB-HH).',
      ]);
    }
  });

  it('refuses a week without working days', () => {
    const days = Object.fromEntries(WEEKDAYS.map((w) => [w, null]));
    expect(messages({ days, holidays: [] })).toEqual([
      'Minimal satu hari dalam seminggu harus hari kerja.',
    ]);
  });
});

describe('properties', () => {
  const HOLIDAYS_2026 = [
    '2026-01-01',
    '2026-01-16',
    '2026-02-17',
    '2026-03-19',
    '2026-03-20',
    '2026-03-23',
    '2026-04-03',
    '2026-05-01',
    '2026-05-14',
    '2026-05-27',
  ];
  const fromIn2026 = fc
    .date({ min: at(1, 1), max: at(4, 30, 23, 59), noInvalidDate: true })
    .map((d) => new Date(d.getTime()));
  const hoursWithHolidays = fc
    .subarray(HOLIDAYS_2026)
    .map((holidays): OfficeHours => ({ ...H, holidays }));

  it('addWorkingMinutes is the inverse of workingMinutesBetween', () => {
    fc.assert(
      fc.property(
        fromIn2026,
        fc.integer({ min: 0, max: 5000 }),
        hoursWithHolidays,
        (from, m, hours) => {
          const end = addWorkingMinutes(from, m, hours);
          expect(workingMinutesBetween(from, end, hours)).toBe(m);
          // ... and gives the earliest such instant.
          if (m > 0) {
            expect(workingMinutesBetween(from, new Date(end.getTime() - 1), hours)).toBeLessThan(m);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adds up over consecutive spans', () => {
    fc.assert(
      fc.property(fromIn2026, fromIn2026, fromIn2026, hoursWithHolidays, (x, y, z, hours) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        const whole = workingMinutesBetween(a, c, hours);
        const parts = workingMinutesBetween(a, b, hours) + workingMinutesBetween(b, c, hours);
        expect(parts).toBeCloseTo(whole, 6);
      }),
      { numRuns: 200 },
    );
  });

  // Any office hours the schema accepts.
  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const dayHours: fc.Arbitrary<DayHours | null> = fc.option(
    fc
      .uniqueArray(fc.integer({ min: 0, max: 1439 }), { minLength: 4, maxLength: 4 })
      .chain((points) => {
        const [s, bs, be, e] = [...points].sort((p, q) => p - q) as [
          number,
          number,
          number,
          number,
        ];
        return fc.boolean().map((withBreak): DayHours => ({
          start: clock(s),
          end: clock(e),
          breakStart: withBreak ? clock(bs) : null,
          breakEnd: withBreak ? clock(be) : null,
        }));
      }),
    { nil: null },
  );
  const anyHours = fc
    .tuple(fc.array(dayHours, { minLength: 7, maxLength: 7 }), fc.subarray(HOLIDAYS_2026))
    .map(([days, holidays]) => ({
      days: Object.fromEntries(WEEKDAYS.map((w, i) => [w, days[i] ?? null])),
      holidays,
    }))
    .filter((h) => officeHoursSchema.safeParse(h).success)
    .map((h) => officeHoursSchema.parse(h));

  it('keeps the inverse for any valid office hours', () => {
    fc.assert(
      fc.property(fromIn2026, fc.integer({ min: 0, max: 5000 }), anyHours, (from, m, hours) => {
        expect(workingMinutesBetween(from, addWorkingMinutes(from, m, hours), hours)).toBe(m);
      }),
      { numRuns: 300 },
    );
  });

  it('ends day n at a closing time with n working days counted', () => {
    fc.assert(
      fc.property(
        fromIn2026,
        fc.integer({ min: 1, max: 20 }),
        hoursWithHolidays,
        (from, n, hours) => {
          const end = endOfWorkingDay(from, n, hours);
          const weekday = WEEKDAYS[end.getDay()];
          const closing = weekday === undefined ? null : (H.days[weekday]?.end ?? null);
          expect(closing).toBe(
            `${String(end.getHours()).padStart(2, '0')}:${String(end.getMinutes()).padStart(2, '0')}`,
          );
          expect(isWorkingDay(end, hours)).toBe(true);
          expect(end.getTime()).toBeGreaterThan(from.getTime());
          if (n > 1) {
            const previous = endOfWorkingDay(from, n - 1, hours);
            expect(workingMinutesBetween(previous, end, hours)).toBe(450);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
