import { addDays, differenceInCalendarDays, getDaysInMonth, getISODay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromIsoDate, toIsoDate } from '../format/date';
import {
  describeRecurrence,
  occurrences,
  recurrenceFromText,
  recurrenceSchema,
  type Recurrence,
} from './recurrence';

function date(iso: string): Date {
  const d = fromIsoDate(iso);
  if (!d) throw new Error(`bad date ${iso}`);
  return d;
}

const shift = (iso: string, days: number) => toIsoDate(addDays(date(iso), days));
const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const dayOf = (iso: string) => Number(iso.slice(8, 10));
const lastDay = (iso: string) => getDaysInMonth(date(iso));

const JUMAT = 5;
const SENIN = 1;

describe('occurrences: mingguan', () => {
  const fridays: Recurrence = { kind: 'mingguan', setiap: 1, hari: JUMAT };

  it('runs across month ends (Oktober → November → Desember)', () => {
    expect(occurrences(fridays, '2026-10-30', '2026-10-30', '2026-12-05')).toEqual([
      '2026-10-30',
      '2026-11-06',
      '2026-11-13',
      '2026-11-20',
      '2026-11-27',
      '2026-12-04',
    ]);
  });

  it('runs across the year end', () => {
    expect(occurrences(fridays, '2026-10-30', '2026-12-20', '2027-01-10')).toEqual([
      '2026-12-25',
      '2027-01-01',
      '2027-01-08',
    ]);
  });

  it('starts on the first such weekday on or after mulai', () => {
    // 2026-10-28 is a Wednesday.
    expect(occurrences(fridays, '2026-10-28', '2026-10-01', '2026-11-06')).toEqual([
      '2026-10-30',
      '2026-11-06',
    ]);
    // mulai on the weekday itself counts.
    expect(occurrences(fridays, '2026-10-30', '2026-10-01', '2026-10-30')).toEqual(['2026-10-30']);
  });

  it('anchors every 2 weeks on the first Monday after mulai, whatever `from` is', () => {
    const rule: Recurrence = { kind: 'mingguan', setiap: 2, hari: SENIN };
    // 2026-11-04 is a Wednesday; the first Monday after it is 2026-11-09.
    expect(occurrences(rule, '2026-11-04', '2026-11-01', '2027-01-10')).toEqual([
      '2026-11-09',
      '2026-11-23',
      '2026-12-07',
      '2026-12-21',
      '2027-01-04',
    ]);
    expect(occurrences(rule, '2026-11-04', '2026-11-10', '2026-12-21')).toEqual([
      '2026-11-23',
      '2026-12-07',
      '2026-12-21',
    ]);
  });
});

describe('occurrences: bulanan', () => {
  it('falls on the last day of short months for tanggal 31', () => {
    const rule: Recurrence = { kind: 'bulanan', setiap: 1, tanggal: 31 };
    expect(occurrences(rule, '2027-01-01', '2027-01-01', '2027-12-31')).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
      '2027-06-30',
      '2027-07-31',
      '2027-08-31',
      '2027-09-30',
      '2027-10-31',
      '2027-11-30',
      '2027-12-31',
    ]);
  });

  it.each([29, 30, 31])('puts tanggal %i of February on its last day', (tanggal) => {
    const rule: Recurrence = { kind: 'bulanan', setiap: 1, tanggal };
    expect(occurrences(rule, '2027-01-01', '2027-02-01', '2027-02-28')).toEqual(['2027-02-28']);
    expect(occurrences(rule, '2027-01-01', '2028-02-01', '2028-02-29')).toEqual(['2028-02-29']);
    // 2100 is divisible by 100 but not by 400: not a leap year.
    expect(occurrences(rule, '2099-01-01', '2100-02-01', '2100-02-28')).toEqual(['2100-02-28']);
    expect(occurrences(rule, '2099-01-01', '2000-02-01', '2000-02-29')).toEqual([]);
  });

  it('keeps February 28 as it is in a leap year', () => {
    const rule: Recurrence = { kind: 'bulanan', setiap: 1, tanggal: 28 };
    expect(occurrences(rule, '2028-01-01', '2028-02-01', '2028-03-01')).toEqual(['2028-02-28']);
  });

  it("counts months from mulai's month, skipping its date when before mulai", () => {
    const rule: Recurrence = { kind: 'bulanan', setiap: 3, tanggal: 1 };
    // Month 0 is November 2026, whose 1st is before mulai: the first due is 1 February.
    expect(occurrences(rule, '2026-11-15', '2026-01-01', '2027-12-31')).toEqual([
      '2027-02-01',
      '2027-05-01',
      '2027-08-01',
      '2027-11-01',
    ]);
    expect(occurrences(rule, '2026-11-01', '2026-01-01', '2027-03-01')).toEqual([
      '2026-11-01',
      '2027-02-01',
    ]);
  });

  it('takes mulai in the middle of a month when its date is still ahead', () => {
    const rule: Recurrence = { kind: 'bulanan', setiap: 1, tanggal: 30 };
    expect(occurrences(rule, '2026-11-15', '2026-11-01', '2027-03-31')).toEqual([
      '2026-11-30',
      '2026-12-30',
      '2027-01-30',
      '2027-02-28',
      '2027-03-30',
    ]);
  });

  it('steps by occurrence, so a century costs no more than its months', () => {
    const rule: Recurrence = { kind: 'bulanan', setiap: 1, tanggal: 31 };
    const all = occurrences(rule, '2000-01-01', '2000-01-01', '2099-12-31');
    expect(all).toHaveLength(1200);
    expect(all.filter((d) => d.slice(5, 7) === '02' && d.endsWith('-29'))).toHaveLength(25);
  });
});

describe('occurrences: harian and tahunan', () => {
  it('counts every n days from mulai', () => {
    const rule: Recurrence = { kind: 'harian', setiap: 3 };
    expect(occurrences(rule, '2026-12-30', '2027-01-01', '2027-01-10')).toEqual([
      '2027-01-02',
      '2027-01-05',
      '2027-01-08',
    ]);
  });

  it('puts 29 February on the 28th in other years', () => {
    const rule: Recurrence = { kind: 'tahunan', bulan: 2, tanggal: 29 };
    expect(occurrences(rule, '2027-01-01', '2027-01-01', '2029-12-31')).toEqual([
      '2027-02-28',
      '2028-02-29',
      '2029-02-28',
    ]);
    expect(occurrences(rule, '2099-01-01', '2100-01-01', '2100-12-31')).toEqual(['2100-02-28']);
  });

  it('skips the first year when its date is before mulai', () => {
    const rule: Recurrence = { kind: 'tahunan', bulan: 8, tanggal: 17 };
    expect(occurrences(rule, '2026-09-01', '2026-01-01', '2028-12-31')).toEqual([
      '2027-08-17',
      '2028-08-17',
    ]);
  });

  it('returns nothing for an empty or too early range, and rejects malformed dates', () => {
    const rule: Recurrence = { kind: 'harian', setiap: 1 };
    expect(occurrences(rule, '2026-01-01', '2026-02-02', '2026-02-01')).toEqual([]);
    expect(occurrences(rule, '2026-03-01', '2026-01-01', '2026-02-28')).toEqual([]);
    expect(() => occurrences(rule, '2026-02-30', '2026-01-01', '2026-02-28')).toThrow(RangeError);
  });
});

describe('describeRecurrence', () => {
  it.each<[Recurrence, string]>([
    [{ kind: 'harian', setiap: 1 }, 'Setiap hari'],
    [{ kind: 'harian', setiap: 3 }, 'Setiap 3 hari'],
    [{ kind: 'mingguan', setiap: 1, hari: 5 }, 'Setiap minggu, hari Jumat'],
    [{ kind: 'mingguan', setiap: 2, hari: 1 }, 'Setiap 2 minggu, hari Senin'],
    [{ kind: 'mingguan', setiap: 1, hari: 7 }, 'Setiap minggu, hari Minggu'],
    [{ kind: 'bulanan', setiap: 1, tanggal: 25 }, 'Setiap bulan, tanggal 25'],
    [{ kind: 'bulanan', setiap: 3, tanggal: 1 }, 'Setiap 3 bulan, tanggal 1'],
    [
      { kind: 'bulanan', setiap: 1, tanggal: 31 },
      'Setiap bulan, tanggal 31 (atau hari terakhir bulan)',
    ],
    [
      { kind: 'bulanan', setiap: 1, tanggal: 30 },
      'Setiap bulan, tanggal 30 (atau hari terakhir bulan)',
    ],
    [{ kind: 'tahunan', bulan: 8, tanggal: 17 }, 'Setiap tahun, 17 Agustus'],
    [
      { kind: 'tahunan', bulan: 2, tanggal: 29 },
      'Setiap tahun, 29 Februari (28 Februari pada tahun bukan kabisat)',
    ],
  ])('%j → %s', (rule, text) => {
    expect(describeRecurrence(rule)).toBe(text);
  });
});

describe('recurrenceFromText', () => {
  const weekly: Recurrence = { kind: 'mingguan', setiap: 1, hari: JUMAT };
  const monthly: Recurrence = { kind: 'bulanan', setiap: 1, tanggal: 25 };

  it.each<[string, Recurrence | null]>([
    ['1 Minggu', weekly],
    ['1 minggu', weekly],
    ['  1   MINGGU ', weekly],
    ['Mingguan', weekly],
    ['setiap minggu', weekly],
    ['2 Minggu', { kind: 'mingguan', setiap: 2, hari: JUMAT }],
    ['1 Bulan', monthly],
    ['1 bulan', monthly],
    ['Bulanan', monthly],
    ['3 Bulan', { kind: 'bulanan', setiap: 3, tanggal: 25 }],
    ['30 setiap bulan', { kind: 'bulanan', setiap: 1, tanggal: 30 }],
    ['setiap tanggal 30', { kind: 'bulanan', setiap: 1, tanggal: 30 }],
    ['1 Hari', { kind: 'harian', setiap: 1 }],
    ['Harian', { kind: 'harian', setiap: 1 }],
    ['setiap hari', { kind: 'harian', setiap: 1 }],
    ['1 Tahun', { kind: 'tahunan', bulan: 12, tanggal: 15 }],
    ['Tahunan', { kind: 'tahunan', bulan: 12, tanggal: 15 }],
    ['', null],
    ['1 Jam', null],
    ['Minggu', null],
    ['0 Minggu', null],
    ['13 Bulan', null],
    ['32 setiap bulan', null],
    ['2 Tahun', null],
  ])('%j', (text, rule) => {
    expect(recurrenceFromText(text)).toEqual(rule);
  });
});

describe('recurrenceSchema', () => {
  it('rejects a day the month never has, with an Indonesian message', () => {
    const r = recurrenceSchema.safeParse({ kind: 'tahunan', bulan: 4, tanggal: 31 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Tanggal 31 tidak ada di bulan April.');
    expect(recurrenceSchema.safeParse({ kind: 'tahunan', bulan: 2, tanggal: 29 }).success).toBe(
      true,
    );
  });

  it('says what is wrong in Indonesian', () => {
    const r = recurrenceSchema.safeParse({ kind: 'mingguan', setiap: 1, hari: 8 });
    expect(r.error?.issues[0]?.message).toBe('Hari harus bilangan bulat 1 sampai 7.');
    const k = recurrenceSchema.safeParse({ kind: 'kadang' });
    expect(k.error?.issues[0]?.message).toMatch(/^Jenis pengulangan/);
  });
});

// ---- properties ----

const isoDate = fc
  .date({ min: new Date(1990, 0, 1), max: new Date(2110, 11, 31), noInvalidDate: true })
  .map(toIsoDate);

const MAX_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const ruleArb: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ kind: fc.constant('harian' as const), setiap: fc.integer({ min: 1, max: 365 }) }),
  fc.record({
    kind: fc.constant('mingguan' as const),
    setiap: fc.integer({ min: 1, max: 52 }),
    hari: fc.integer({ min: 1, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('bulanan' as const),
    setiap: fc.integer({ min: 1, max: 12 }),
    tanggal: fc.integer({ min: 1, max: 31 }),
  }),
  fc.integer({ min: 1, max: 12 }).chain((bulan) =>
    fc.record({
      kind: fc.constant('tahunan' as const),
      bulan: fc.constant(bulan),
      tanggal: fc.integer({ min: 1, max: MAX_DAY[bulan - 1] ?? 28 }),
    }),
  ),
);

/** mulai, from, to with from ≤ to within `span` days of mulai (either side). */
const window = (span: number) =>
  fc
    .tuple(isoDate, fc.integer({ min: -span, max: span }), fc.integer({ min: 0, max: span }))
    .map(([mulai, offset, length]) => {
      const from = shift(mulai, offset);
      return { mulai, from, to: shift(from, length) };
    });

/** The rule read day by day, independently of occurrences(). */
function isDue(rule: Recurrence, mulai: string, d: string): boolean {
  if (d < mulai) return false;
  switch (rule.kind) {
    case 'harian':
      return differenceInCalendarDays(date(d), date(mulai)) % rule.setiap === 0;
    case 'mingguan': {
      if (getISODay(date(d)) !== rule.hari) return false;
      const weeks = Math.floor(differenceInCalendarDays(date(d), date(mulai)) / 7);
      return weeks % rule.setiap === 0;
    }
    case 'bulanan':
      return (
        (monthIndex(d) - monthIndex(mulai)) % rule.setiap === 0 &&
        dayOf(d) === Math.min(rule.tanggal, lastDay(d))
      );
    case 'tahunan':
      return (
        Number(d.slice(5, 7)) === rule.bulan && dayOf(d) === Math.min(rule.tanggal, lastDay(d))
      );
  }
}

describe('occurrences properties', () => {
  it('agrees with a day-by-day reading of the rule', () => {
    fc.assert(
      fc.property(ruleArb, window(800), (rule, { mulai, from, to }) => {
        const expected: string[] = [];
        for (let d = from; d <= to; d = shift(d, 1)) if (isDue(rule, mulai, d)) expected.push(d);
        expect(occurrences(rule, mulai, from, to)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('is strictly ascending and within bounds', () => {
    fc.assert(
      fc.property(ruleArb, window(4000), (rule, { mulai, from, to }) => {
        const all = occurrences(rule, mulai, from, to);
        all.forEach((d, i) => {
          expect(d >= mulai && d >= from && d <= to).toBe(true);
          if (i > 0) expect(d > (all[i - 1] ?? '')).toBe(true);
        });
      }),
    );
  });

  it('puts weekly dates on the weekday, 7·setiap days apart', () => {
    const weekly = fc.record({
      kind: fc.constant('mingguan' as const),
      setiap: fc.integer({ min: 1, max: 52 }),
      hari: fc.integer({ min: 1, max: 7 }),
    });
    fc.assert(
      fc.property(weekly, window(3000), (rule, { mulai, from, to }) => {
        const all = occurrences(rule, mulai, from, to);
        all.forEach((d, i) => {
          expect(getISODay(date(d))).toBe(rule.hari);
          const prev = all[i - 1];
          if (prev !== undefined) {
            expect(differenceInCalendarDays(date(d), date(prev))).toBe(7 * rule.setiap);
          }
        });
        // The first one falls within the week that starts on mulai.
        expect(occurrences(rule, mulai, mulai, shift(mulai, 6))).toHaveLength(1);
      }),
    );
  });

  it('gives exactly one monthly date per month step', () => {
    const monthly = fc.record({
      kind: fc.constant('bulanan' as const),
      setiap: fc.integer({ min: 1, max: 12 }),
      tanggal: fc.integer({ min: 1, max: 31 }),
    });
    fc.assert(
      fc.property(monthly, isoDate, fc.integer({ min: 0, max: 240 }), (rule, mulai, months) => {
        const to = shift(mulai, months * 31);
        const all = occurrences(rule, mulai, mulai, to);
        const start = monthIndex(mulai);
        const expectedMonths: number[] = [];
        for (let m = start; m <= monthIndex(to); m += rule.setiap) expectedMonths.push(m);
        // The month of mulai drops out when its date is before mulai; the last month when
        // its date is after `to`.
        const kept = expectedMonths.filter((m) => all.some((d) => monthIndex(d) === m));
        expect(all.map(monthIndex)).toEqual(kept);
        for (const m of expectedMonths.filter((m) => !kept.includes(m))) {
          expect([expectedMonths[0], expectedMonths.at(-1)]).toContain(m);
        }
        for (const d of all) expect(dayOf(d)).toBe(Math.min(rule.tanggal, lastDay(d)));
      }),
    );
  });

  it('splits a range [a, c] into [a, b] and (b, c] without loss or overlap', () => {
    fc.assert(
      fc.property(
        ruleArb,
        window(3000),
        fc.integer({ min: 0, max: 3000 }),
        (rule, { mulai, from, to }, cut) => {
          const b = shift(from, Math.min(cut, differenceInCalendarDays(date(to), date(from))));
          const left = occurrences(rule, mulai, from, b);
          const right = b < to ? occurrences(rule, mulai, shift(b, 1), to) : [];
          expect([...left, ...right]).toEqual(occurrences(rule, mulai, from, to));
        },
      ),
    );
  });
});
