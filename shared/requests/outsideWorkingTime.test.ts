import { describe, expect, it } from 'vitest';
import type { MutuBaku } from '../sop/waktu';
import { judgeStep, stepDeadline } from './lateness';
import { outsideWorkingTime, outsideWorkingTimeNotice } from './outsideWorkingTime';
import { DEFAULT_OFFICE_HOURS, nextWorkingMinute, type OfficeHours } from './workingTime';

const H = DEFAULT_OFFICE_HOURS;
/** A local time in 2026; month 1..12. Sunday 22 November, Monday 23 November. */
const at = (month: number, day: number, hour = 0, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute);
const CHRISTMAS: OfficeHours = { ...H, holidays: ['2026-12-25'] };

describe('nextWorkingMinute', () => {
  it.each([
    ['inside working hours: the time itself', at(11, 23, 9, 15), at(11, 23, 9, 15)],
    ['at opening: opening', at(11, 23, 8), at(11, 23, 8)],
    ['Sunday: Monday 08.00', at(11, 22, 10), at(11, 23, 8)],
    ['Saturday: Monday 08.00', at(11, 21, 10), at(11, 23, 8)],
    ['before opening: 08.00 that day', at(11, 23, 6, 45), at(11, 23, 8)],
    ['in the break: 13.00', at(11, 23, 12, 10), at(11, 23, 13)],
    ['at closing: the next morning', at(11, 23, 16, 30), at(11, 24, 8)],
    ['Friday evening: Monday 08.00', at(11, 20, 19), at(11, 23, 8)],
    ['on a holiday: the next working day', at(12, 25, 9), at(12, 28, 8)],
  ])('%s', (_, from, expected) => {
    const hours = from.getMonth() === 11 ? CHRISTMAS : H;
    expect(nextWorkingMinute(from, hours)).toEqual(expected);
  });
});

describe('outsideWorkingTime', () => {
  it('is null inside working hours', () => {
    expect(outsideWorkingTime(at(11, 23, 9), H)).toBeNull();
    expect(outsideWorkingTime(at(11, 20, 16, 45), H)).toBeNull();
  });

  it.each([
    ['Sunday', at(11, 22, 10), H, 'Minggu', at(11, 23, 8)],
    ['Saturday', at(11, 21, 10), H, 'Sabtu', at(11, 23, 8)],
    ['a holiday the office entered', at(12, 25, 9), CHRISTMAS, 'hari libur', at(12, 28, 8)],
    ['before opening', at(11, 23, 7), H, 'sebelum jam kerja', at(11, 23, 8)],
    ['in the break', at(11, 23, 12, 30), H, 'jam istirahat', at(11, 23, 13)],
    ['after closing', at(11, 23, 17), H, 'setelah jam kerja', at(11, 24, 8)],
  ])('names %s and the next working minute', (_, received, hours, reason, countsFrom) => {
    expect(outsideWorkingTime(received, hours)).toEqual({ reason, countsFrom });
  });

  it('treats Saturday as a working day when the office works it', () => {
    const saturday = { start: '08:00', end: '12:00', breakStart: null, breakEnd: null };
    const hours: OfficeHours = { ...H, days: { ...H.days, '6': saturday } };
    expect(outsideWorkingTime(at(11, 21, 10), hours)).toBeNull();
    expect(outsideWorkingTime(at(11, 21, 13), hours)?.reason).toBe('setelah jam kerja');
  });

  it('says it in the words of the reception notice', () => {
    const outside = outsideWorkingTime(at(11, 22, 10, 5), H);
    expect(outside && outsideWorkingTimeNotice(outside)).toBe(
      'Diterima di luar jam kerja (Minggu); waktu layanan dihitung mulai Senin, 23 November 2026 pukul 08.00.',
    );
  });
});

describe('the time standard of a request received on a Sunday', () => {
  const receivedAt = at(11, 22, 10);
  const mutuBaku: MutuBaku = { kind: 'duration', minutes: 30 };

  it('counts from Monday 08.00: due at 08.30, and 20 minutes at 08.20', () => {
    const timing = { mutuBaku, startedAt: receivedAt, receivedAt, hours: H };
    expect(stepDeadline(timing)).toEqual(at(11, 23, 8, 30));
    const judged = judgeStep({ ...timing, finishedAt: at(11, 23, 8, 20) });
    expect(judged.actualMinutes).toBe(20);
    expect(judged.late).toBe(false);
    expect(judgeStep({ ...timing, finishedAt: at(11, 23, 8, 31) }).late).toBe(true);
  });

  it('makes Monday working day 1 of a "Hari ke" step', () => {
    const timing = {
      mutuBaku: { kind: 'dayNumber', day: 1 } as MutuBaku,
      startedAt: receivedAt,
      receivedAt,
      hours: H,
    };
    expect(stepDeadline(timing)).toEqual(at(11, 23, 16, 30));
  });
});
