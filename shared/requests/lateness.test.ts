import { describe, expect, it } from 'vitest';
import type { MutuBaku } from '../sop/waktu';
import { judgeOpenStep, judgeStep, stepStandardMinutes } from './lateness';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from './workingTime';

const hours = DEFAULT_OFFICE_HOURS;
/** A local time in November or December 2026; Monday 23 November is a working day. */
const at = (month: number, day: number, hour = 0, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute);
const receivedAt = at(11, 23, 9);

describe('stepStandardMinutes', () => {
  it.each<[MutuBaku, number | null]>([
    [{ kind: 'duration', minutes: 10 }, 10],
    [{ kind: 'range', minMinutes: 15, maxMinutes: 30 }, 30],
    [{ kind: 'dayNumber', day: 2 }, null],
    [{ kind: 'monthlyOnDay', day: 30 }, null],
    [{ kind: 'none' }, null],
  ])('%j → %s', (mutuBaku, minutes) => {
    expect(stepStandardMinutes(mutuBaku)).toBe(minutes);
  });
});

describe('judgeStep, duration', () => {
  const mutuBaku: MutuBaku = { kind: 'duration', minutes: 30 };

  it('is on time at exactly the standard', () => {
    expect(
      judgeStep({
        mutuBaku,
        startedAt: at(11, 23, 9),
        finishedAt: at(11, 23, 9, 30),
        receivedAt,
        hours,
      }),
    ).toEqual({ actualMinutes: 30, standardMinutes: 30, deadline: at(11, 23, 9, 30), late: false });
  });

  it('is late one minute past it', () => {
    const judged = judgeStep({
      mutuBaku,
      startedAt: at(11, 23, 9),
      finishedAt: at(11, 23, 9, 31),
      receivedAt,
      hours,
    });
    expect(judged.late).toBe(true);
    expect(judged.actualMinutes).toBe(31);
  });

  it('does not count the lunch break or the weekend', () => {
    // Mon 11.50 → 13.10: 10 + 10 working minutes.
    expect(
      judgeStep({
        mutuBaku,
        startedAt: at(11, 23, 11, 50),
        finishedAt: at(11, 23, 13, 10),
        receivedAt,
        hours,
      }),
    ).toMatchObject({ actualMinutes: 20, late: false, deadline: at(11, 23, 13, 20) });
    // Fri 16.50 → Mon 08.15: 10 + 15; due Mon 08.20.
    expect(
      judgeStep({
        mutuBaku,
        startedAt: at(11, 20, 16, 50),
        finishedAt: at(11, 23, 8, 15),
        receivedAt,
        hours,
      }),
    ).toMatchObject({ actualMinutes: 25, late: false, deadline: at(11, 23, 8, 20) });
  });

  it('counts the holidays the office entered as off', () => {
    const local: OfficeHours = { ...hours, holidays: ['2026-11-26', '2026-11-27'] };
    const input = {
      mutuBaku: { kind: 'duration', minutes: 450 } as const,
      startedAt: at(11, 25, 9),
      finishedAt: at(11, 30, 9),
      receivedAt: at(11, 25, 9),
    };
    expect(judgeStep({ ...input, hours })).toMatchObject({ actualMinutes: 1350, late: true });
    expect(judgeStep({ ...input, hours: local })).toMatchObject({
      actualMinutes: 450,
      late: false,
      deadline: at(11, 30, 9),
    });
  });

  it('counts the national holidays and cuti bersama as off without the office typing them', () => {
    const input = {
      mutuBaku: { kind: 'duration', minutes: 450 } as const,
      startedAt: at(12, 23, 9),
      finishedAt: at(12, 28, 9),
      receivedAt: at(12, 23, 9),
    };
    expect(judgeStep({ ...input, hours })).toMatchObject({
      actualMinutes: 450,
      late: false,
      deadline: at(12, 28, 9),
    });
  });
});

describe('judgeStep, range', () => {
  const mutuBaku: MutuBaku = { kind: 'range', minMinutes: 15, maxMinutes: 30 };
  const judge = (minute: number) =>
    judgeStep({
      mutuBaku,
      startedAt: at(11, 23, 10),
      finishedAt: at(11, 23, 10, minute),
      receivedAt,
      hours,
    });

  it('is judged against the upper bound', () => {
    expect(judge(10)).toMatchObject({ actualMinutes: 10, standardMinutes: 30, late: false });
    expect(judge(30)).toMatchObject({
      actualMinutes: 30,
      late: false,
      deadline: at(11, 23, 10, 30),
    });
    expect(judge(45)).toMatchObject({ actualMinutes: 45, late: true });
  });
});

describe('judgeStep, "Hari ke"', () => {
  const mutuBaku: MutuBaku = { kind: 'dayNumber', day: 2 };

  it('is due at the closing of working day 2 counted from reception', () => {
    // Received Monday 09.00: day 1 is Monday, day 2 closes Tuesday 16.30.
    const judged = judgeStep({
      mutuBaku,
      startedAt: at(11, 23, 14),
      finishedAt: at(11, 24, 16, 30),
      receivedAt,
      hours,
    });
    expect(judged).toEqual({
      actualMinutes: 150 + 450, // Mon 14.00–16.30, all of Tuesday
      standardMinutes: null,
      deadline: at(11, 24, 16, 30),
      late: false,
    });
  });

  it('is late when finished after that closing', () => {
    const judged = judgeStep({
      mutuBaku,
      startedAt: at(11, 23, 14),
      finishedAt: at(11, 25, 8, 5),
      receivedAt,
      hours,
    });
    expect(judged.late).toBe(true);
  });

  it('starts counting the next day for a request received after closing', () => {
    const lateReception = at(11, 20, 17, 30); // Friday after closing
    const judged = judgeStep({
      mutuBaku,
      startedAt: lateReception,
      finishedAt: at(11, 24, 16),
      receivedAt: lateReception,
      hours,
    });
    expect(judged.deadline).toEqual(at(11, 24, 16, 30));
    expect(judged.late).toBe(false);
  });
});

describe('judgeStep, untimed', () => {
  it.each<MutuBaku>([{ kind: 'monthlyOnDay', day: 30 }, { kind: 'none' }])(
    '%j is never late',
    (mutuBaku) => {
      const judged = judgeStep({
        mutuBaku,
        startedAt: at(11, 2, 8),
        finishedAt: at(12, 30, 16),
        receivedAt: at(11, 2, 8),
        hours,
      });
      expect(judged).toMatchObject({ standardMinutes: null, deadline: null, late: false });
      expect(judged.actualMinutes).toBeGreaterThan(0);
    },
  );
});

describe('judgeOpenStep', () => {
  it('is late once the standard is exceeded at `now`', () => {
    const input = {
      mutuBaku: { kind: 'duration', minutes: 60 } as const,
      startedAt: at(11, 23, 9),
      receivedAt,
      hours,
    };
    expect(judgeOpenStep({ ...input, now: at(11, 23, 9, 59) })).toMatchObject({
      actualMinutes: 59,
      late: false,
      deadline: at(11, 23, 10),
    });
    expect(judgeOpenStep({ ...input, now: at(11, 23, 10, 1) }).late).toBe(true);
  });

  it('is not late over a weekend that is not working time', () => {
    const input = {
      mutuBaku: { kind: 'range', minMinutes: 30, maxMinutes: 120 } as const,
      startedAt: at(11, 20, 16),
      receivedAt,
      hours,
    };
    // Fri 16.00 → Sun 20.00: 60 working minutes.
    expect(judgeOpenStep({ ...input, now: at(11, 22, 20) })).toMatchObject({
      actualMinutes: 60,
      late: false,
    });
    expect(judgeOpenStep({ ...input, now: at(11, 23, 9, 1) })).toMatchObject({
      actualMinutes: 121,
      late: true,
    });
  });

  it('judges "Hari ke" against the deadline', () => {
    const input = {
      mutuBaku: { kind: 'dayNumber', day: 1 } as const,
      startedAt: receivedAt,
      receivedAt,
      hours,
    };
    expect(judgeOpenStep({ ...input, now: at(11, 23, 16, 30) }).late).toBe(false);
    expect(judgeOpenStep({ ...input, now: at(11, 23, 16, 31) })).toMatchObject({
      late: true,
      deadline: at(11, 23, 16, 30),
    });
  });

  it('never makes an untimed step late', () => {
    const judged = judgeOpenStep({
      mutuBaku: { kind: 'none' },
      startedAt: receivedAt,
      receivedAt,
      hours,
      now: at(12, 31, 12),
    });
    expect(judged.late).toBe(false);
  });
});

describe('isOpenStepLate', () => {
  it('agrees with judgeOpenStep for every kind of standard', async () => {
    const { judgeOpenStep, isOpenStepLate } = await import('./lateness');
    const { DEFAULT_OFFICE_HOURS } = await import('./workingTime');
    const startedAt = new Date(2026, 10, 20, 15, 0);
    const receivedAt = new Date(2026, 10, 19, 9, 0);
    const kinds = [
      { kind: 'duration' as const, minutes: 10 },
      { kind: 'duration' as const, minutes: 450 },
      { kind: 'range' as const, minMinutes: 15, maxMinutes: 30 },
      { kind: 'dayNumber' as const, day: 3 },
      { kind: 'monthlyOnDay' as const, day: 30 },
      { kind: 'none' as const },
    ];
    for (const mutuBaku of kinds) {
      for (let h = 0; h < 24 * 10; h += 7) {
        const now = new Date(startedAt.getTime() + h * 3600_000);
        const input = { mutuBaku, startedAt, receivedAt, hours: DEFAULT_OFFICE_HOURS, now };
        expect(isOpenStepLate(input)).toBe(judgeOpenStep(input).late);
      }
    }
  });
});
