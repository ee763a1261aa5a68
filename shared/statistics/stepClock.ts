import { toIsoDate } from '../format/date';
import {
  endOfWorkingDay,
  isHoliday,
  clockMinutes,
  type DayHours,
  type OfficeHours,
  type Weekday,
} from '../requests/workingTime';
import { stepStandardMinutes } from '../requests/lateness';
import type { MutuBaku } from '../sop/waktu';

/**
 * judgeStep's verdict for many steps at once. Statistics time every step of a year (hundreds
 * of thousands); workingTime walks build each day's hours anew on every call, so here a
 * day's working periods are worked out once and kept, and "Hari ke" deadlines once per
 * reception day. Same rules (the office's weekly hours, date ranges with their own hours,
 * national and office holidays); stepClock.test.ts holds it to judgeStep.
 */
export interface StepClock {
  /** Working minutes in [from, to), as workingMinutesBetween. */
  minutesBetween(fromMs: number, toMs: number): number;
  /** judgeStep's `late` and whether the step has a deadline at all. */
  judge(
    mutuBaku: MutuBaku,
    startedMs: number,
    finishedMs: number,
    receivedMs: number,
  ): { menit: number; berstandar: boolean; terlambat: boolean };
}

const DAY_MS = 86_400_000;

function periodsOf(day: DayHours | null): [number, number][] {
  if (!day) return [];
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

export function createStepClock(hours: OfficeHours): StepClock {
  /** Local midnight (ms) → that day's working periods as epoch ms. */
  const days = new Map<number, [number, number][]>();
  const deadlines = new Map<string, number>();

  const nextMidnight = (midnight: number) => {
    const d = new Date(midnight + DAY_MS + 3 * 3_600_000);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  };
  // Steps follow each other in time: the day of the last lookup is usually the day asked.
  let lastDay = 0;
  let lastNext = 0;
  const midnightOf = (ms: number) => {
    if (ms >= lastDay && ms < lastNext) return lastDay;
    const d = new Date(ms);
    lastDay = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    lastNext = nextMidnight(lastDay);
    return lastDay;
  };
  const periodsOn = (midnight: number): [number, number][] => {
    const known = days.get(midnight);
    if (known) return known;
    const date = new Date(midnight);
    let list: [number, number][] = [];
    if (!isHoliday(date, hours)) {
      const iso = toIsoDate(date);
      const special = (hours.khusus ?? []).find((p) => p.dari <= iso && iso <= p.sampai);
      const weekday = String(date.getDay()) as Weekday;
      const y = date.getFullYear();
      const mo = date.getMonth();
      const d = date.getDate();
      list = periodsOf((special?.days ?? hours.days)[weekday]).map(([a, b]) => [
        new Date(y, mo, d, 0, a).getTime(),
        new Date(y, mo, d, 0, b).getTime(),
      ]);
    }
    days.set(midnight, list);
    return list;
  };
  const minutesBetween = (fromMs: number, toMs: number): number => {
    if (!(toMs > fromMs)) return 0;
    let total = 0;
    for (
      let day = midnightOf(fromMs);
      day < toMs;
      day = day === lastDay ? lastNext : nextMidnight(day)
    ) {
      for (const [a, b] of periodsOn(day)) {
        const overlap = Math.min(b, toMs) - Math.max(a, fromMs);
        if (overlap > 0) total += overlap;
      }
    }
    return total / 60_000;
  };
  return {
    minutesBetween,
    judge(mutuBaku, startedMs, finishedMs, receivedMs) {
      const menit = minutesBetween(startedMs, finishedMs);
      const standard = stepStandardMinutes(mutuBaku);
      if (standard !== null) return { menit, berstandar: true, terlambat: menit > standard };
      if (mutuBaku.kind === 'dayNumber') {
        const key = `${receivedMs}:${mutuBaku.day}`;
        let deadline = deadlines.get(key);
        if (deadline === undefined) {
          deadline = endOfWorkingDay(new Date(receivedMs), mutuBaku.day, hours).getTime();
          deadlines.set(key, deadline);
        }
        return { menit, berstandar: true, terlambat: finishedMs > deadline };
      }
      return { menit, berstandar: false, terlambat: false };
    },
  };
}
