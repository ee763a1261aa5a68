import { addDays, startOfDay } from 'date-fns';
import { z } from 'zod';
import { namaHari } from '../format/calendarNames';
import { toIsoDate } from '../format/date';
import { nationalHolidayDates } from '../calendar/nationalHolidays';

/**
 * Time counted in working minutes: only the office's opening hours count, less the break,
 * weekends, the national holidays and cuti bersama (shared/calendar/nationalHolidays.ts) and
 * the holidays the office enters. Everything is read in LOCAL time, the time
 * on the office wall. Spans are walked day by day, so months cost a few hundred steps.
 */

/** JavaScript weekdays as object keys: '0' is Sunday (Minggu), '6' Saturday (Sabtu). */
export const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  '0': namaHari(0),
  '1': namaHari(1),
  '2': namaHari(2),
  '3': namaHari(3),
  '4': namaHari(4),
  '5': namaHari(5),
  '6': namaHari(6),
};

/** One day's hours, as 'HH:MM' (24-hour). The break is both set or both null. */
export interface DayHours {
  start: string;
  end: string;
  breakStart: string | null;
  breakEnd: string | null;
}

/** Hours that replace the weekly ones over a date range, as in Ramadan. */
export interface SpecialHours {
  /** What the period is, e.g. "Ramadan 1448 H". */
  nama: string;
  /** ISO dates 'YYYY-MM-DD', both days included. */
  dari: string;
  sampai: string;
  days: Record<Weekday, DayHours | null>;
}

export interface OfficeHours {
  /** Keyed by JavaScript weekday; null is a day off. */
  days: Record<Weekday, DayHours | null>;
  /** Date ranges with their own hours (Ramadan); absent in settings saved before them. */
  khusus?: SpecialHours[];
  /**
   * ISO dates 'YYYY-MM-DD' the office adds to the built-in national holidays and cuti bersama:
   * local holidays, and the dates of a year the app does not know yet.
   */
  holidays: string[];
}

const MON_THU: DayHours = { start: '08:00', end: '16:30', breakStart: '12:00', breakEnd: '13:00' };
const FRIDAY: DayHours = { start: '08:00', end: '17:00', breakStart: '11:30', breakEnd: '13:00' };

/** Senin–Kamis 08.00–16.30, Jumat 08.00–17.00, each 450 menit after the break. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  days: {
    '0': null,
    '1': MON_THU,
    '2': MON_THU,
    '3': MON_THU,
    '4': MON_THU,
    '5': FRIDAY,
    '6': null,
  },
  holidays: [],
};

const RAMADAN_MON_THU: DayHours = {
  start: '08:00',
  end: '15:00',
  breakStart: '12:00',
  breakEnd: '12:30',
};
const RAMADAN_FRIDAY: DayHours = {
  start: '08:00',
  end: '15:30',
  breakStart: '11:30',
  breakEnd: '12:30',
};

/** The hours civil servants keep in Ramadan, offered when the office adds such a period. */
export const RAMADAN_DAYS: Record<Weekday, DayHours | null> = {
  '0': null,
  '1': RAMADAN_MON_THU,
  '2': RAMADAN_MON_THU,
  '3': RAMADAN_MON_THU,
  '4': RAMADAN_MON_THU,
  '5': RAMADAN_FRIDAY,
  '6': null,
};

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'HH:MM' -> minutes after midnight. Throws RangeError for anything else. */
export function clockMinutes(clock: string): number {
  const m = CLOCK.exec(clock);
  if (!m) throw new RangeError(`A time must be written HH:MM, got "${clock}".`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The day's working periods in minutes after midnight, [start, end) each. */
function periods(day: DayHours): [number, number][] {
  const start = clockMinutes(day.start);
  const end = clockMinutes(day.end);
  const bounds: [number, number][] =
    day.breakStart === null || day.breakEnd === null
      ? [[start, end]]
      : [
          [start, Math.min(clockMinutes(day.breakStart), end)],
          [Math.max(clockMinutes(day.breakEnd), start), end],
        ];
  return bounds.filter(([a, b]) => b > a);
}

/** Working minutes in one day: its hours less the break. */
export function dailyWorkingMinutes(day: DayHours): number {
  return periods(day).reduce((sum, [a, b]) => sum + b - a, 0);
}

function dayHoursSchema(weekday: Weekday) {
  const hari = `Hari ${WEEKDAY_LABELS[weekday]}`;
  const clock = (what: string) =>
    z.string().regex(CLOCK, `${hari}: ${what} harus ditulis JJ:MM, misalnya 08:00.`);
  return z
    .object({
      start: clock('jam mulai'),
      end: clock('jam selesai'),
      breakStart: clock('jam mulai istirahat').nullable(),
      breakEnd: clock('jam selesai istirahat').nullable(),
    })
    .superRefine((d, ctx) => {
      if (!CLOCK.test(d.start) || !CLOCK.test(d.end)) return;
      const start = clockMinutes(d.start);
      const end = clockMinutes(d.end);
      if (start >= end) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `${hari}: jam mulai harus sebelum jam selesai.`,
        });
        return;
      }
      if ((d.breakStart === null) !== (d.breakEnd === null)) {
        ctx.addIssue({
          code: 'custom',
          path: [d.breakStart === null ? 'breakStart' : 'breakEnd'],
          message: `${hari}: isi jam mulai dan selesai istirahat, atau kosongkan keduanya.`,
        });
        return;
      }
      if (d.breakStart === null || d.breakEnd === null) return;
      if (!CLOCK.test(d.breakStart) || !CLOCK.test(d.breakEnd)) return;
      const breakStart = clockMinutes(d.breakStart);
      const breakEnd = clockMinutes(d.breakEnd);
      if (breakStart >= breakEnd) {
        ctx.addIssue({
          code: 'custom',
          path: ['breakEnd'],
          message: `${hari}: jam mulai istirahat harus sebelum jam selesai istirahat.`,
        });
      } else if (breakStart < start || breakEnd > end) {
        ctx.addIssue({
          code: 'custom',
          path: ['breakStart'],
          message: `${hari}: istirahat harus berada di dalam jam kerja.`,
        });
      } else if (breakEnd - breakStart >= end - start) {
        ctx.addIssue({
          code: 'custom',
          path: ['breakStart'],
          message: `${hari}: istirahat tidak boleh menghabiskan seluruh jam kerja.`,
        });
      }
    });
}

function day(weekday: Weekday) {
  return dayHoursSchema(weekday).nullable();
}

const weekSchema = z.object({
  '0': day('0'),
  '1': day('1'),
  '2': day('2'),
  '3': day('3'),
  '4': day('4'),
  '5': day('5'),
  '6': day('6'),
});

const isoDate = (what: string) =>
  z.iso.date({ message: `${what} harus tanggal yang valid (TTTT-BB-HH).` });

export const specialHoursSchema = z
  .object({
    nama: z
      .string()
      .trim()
      .min(1, 'Nama periode wajib diisi, misalnya Ramadan 1448 H.')
      .max(80, 'Nama periode paling panjang 80 karakter.'),
    dari: isoDate('Tanggal mulai'),
    sampai: isoDate('Tanggal selesai'),
    days: weekSchema,
  })
  .refine((p) => p.dari <= p.sampai, {
    path: ['sampai'],
    message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
  }) satisfies z.ZodType<SpecialHours>;

export const officeHoursSchema = z
  .object({
    days: weekSchema,
    holidays: z.array(isoDate('Tanggal libur')),
    khusus: z
      .array(specialHoursSchema)
      .max(50, 'Paling banyak 50 periode jam kerja khusus.')
      .optional(),
  })
  .refine((h) => WEEKDAYS.some((w) => h.days[w] !== null), {
    path: ['days'],
    message: 'Minimal satu hari dalam seminggu harus hari kerja.',
  })
  .superRefine((h, ctx) => {
    const list = h.khusus ?? [];
    list.forEach((p, i) => {
      const other = list.findIndex((q, j) => j < i && q.dari <= p.sampai && p.dari <= q.sampai);
      if (other >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['khusus', i, 'dari'],
          message: `Periode ini bertumpang tindih dengan ${list[other]?.nama ?? 'periode lain'}.`,
        });
      }
    });
  }) satisfies z.ZodType<OfficeHours>;

/** Working periods per JS weekday, minutes after midnight; empty for a day off. */
type Week = [number, number][][];

interface Calendar {
  periods: Week;
  /** Date ranges with their own week, ISO dates inclusive. */
  special: { dari: string; sampai: string; periods: Week }[];
  holidays: ReadonlySet<string>;
}

function week(days: Record<Weekday, DayHours | null>): Week {
  return WEEKDAYS.map((w) => {
    const h = days[w];
    return h === null ? [] : periods(h);
  });
}

function calendar(hours: OfficeHours): Calendar {
  return {
    periods: week(hours.days),
    special: (hours.khusus ?? []).map((p) => ({
      dari: p.dari,
      sampai: p.sampai,
      periods: week(p.days),
    })),
    holidays: holidaySet(hours),
  };
}

const NATIONAL = nationalHolidayDates();

function holidaySet(hours: OfficeHours): ReadonlySet<string> {
  return hours.holidays.length ? new Set([...NATIONAL, ...hours.holidays]) : NATIONAL;
}

/** Whether the local day of `date` is a holiday: national, cuti bersama or the office's. */
export function isHoliday(date: Date, hours: OfficeHours): boolean {
  const day = toIsoDate(date);
  return NATIONAL.has(day) || hours.holidays.includes(day);
}

/** Requires a valid date and some weekday with working time, or the walks would never end. */
function requireWalkable(from: Date, cal: Calendar): void {
  if (Number.isNaN(from.getTime())) throw new RangeError('The date is invalid.');
  if (!cal.periods.some((p) => p.length > 0)) {
    throw new RangeError('The office hours have no working day in the week.');
  }
}

/** The working periods of the local day starting at `midnight`, as epoch milliseconds. */
function periodsOn(midnight: Date, cal: Calendar): [number, number][] {
  const iso = toIsoDate(midnight);
  if (cal.holidays.has(iso)) return [];
  const special = cal.special.find((p) => p.dari <= iso && iso <= p.sampai);
  const list = (special?.periods ?? cal.periods)[midnight.getDay()] ?? [];
  const [y, mo, d] = [midnight.getFullYear(), midnight.getMonth(), midnight.getDate()];
  // Built from local fields, so a day of 23 or 25 hours (daylight saving) stays right.
  return list.map(([a, b]) => [
    new Date(y, mo, d, 0, a).getTime(),
    new Date(y, mo, d, 0, b).getTime(),
  ]);
}

/** Whether the local day of `date` has working hours (a working weekday, not a holiday). */
export function isWorkingDay(date: Date, hours: OfficeHours): boolean {
  return periodsOn(startOfDay(date), calendar(hours)).length > 0;
}

const MINUTE_MS = 60_000;

/**
 * Working minutes in [from, to), 0 when `to` is not after `from`. Exact, so seconds give a
 * fraction of a minute; round for display.
 */
export function workingMinutesBetween(from: Date, to: Date, hours: OfficeHours): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!(toMs > fromMs)) return 0;
  const cal = calendar(hours);
  let total = 0;
  for (let day = startOfDay(from); day.getTime() < toMs; day = addDays(day, 1)) {
    for (const [a, b] of periodsOn(day, cal)) {
      const overlap = Math.min(b, toMs) - Math.max(a, fromMs);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE_MS;
}

/**
 * The earliest instant by which `minutes` working minutes have passed since `from`. Outside
 * working hours, counting starts at the next opening; 0 minutes gives `from` itself, and a
 * count that ends at a break or at closing time gives the start of the break or the closing.
 */
export function addWorkingMinutes(from: Date, minutes: number, hours: OfficeHours): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Working minutes must be a non-negative number, got ${minutes}.`);
  }
  let remaining = Math.round(minutes * MINUTE_MS);
  const fromMs = from.getTime();
  if (remaining === 0) return new Date(fromMs);
  const cal = calendar(hours);
  requireWalkable(from, cal);
  for (let day = startOfDay(from); ; day = addDays(day, 1)) {
    for (const [a, b] of periodsOn(day, cal)) {
      const start = Math.max(a, fromMs);
      if (b <= start) continue;
      if (remaining <= b - start) return new Date(start + remaining);
      remaining -= b - start;
    }
  }
}

/**
 * The closing time of the n-th working day, for SOP steps timed "Hari ke". Day 1 is the day
 * of `from` when it is a working day and `from` is before its closing time; otherwise the
 * next working day is day 1 (a request received after closing starts on the next day).
 */
export function endOfWorkingDay(from: Date, n: number, hours: OfficeHours): Date {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`The working day must be an integer from 1, got ${n}.`);
  }
  const fromMs = from.getTime();
  const cal = calendar(hours);
  requireWalkable(from, cal);
  let count = 0;
  for (let day = startOfDay(from); ; day = addDays(day, 1)) {
    const closing = periodsOn(day, cal).at(-1)?.[1];
    if (closing === undefined || closing <= fromMs) continue;
    count += 1;
    if (count === n) return new Date(closing);
  }
}

/**
 * The first working instant at or after `from`: `from` itself inside working hours, else the
 * next opening (after a break, the close, a day off or a holiday). Counting starts there.
 */
export function nextWorkingMinute(from: Date, hours: OfficeHours): Date {
  const fromMs = from.getTime();
  const cal = calendar(hours);
  requireWalkable(from, cal);
  for (let day = startOfDay(from); ; day = addDays(day, 1)) {
    for (const [a, b] of periodsOn(day, cal)) {
      if (b > fromMs) return new Date(Math.max(a, fromMs));
    }
  }
}
