import { addDays, getISODay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromIsoDate, toIsoDate } from '../format/date';
import { occurrences, type Recurrence } from './recurrence';
import {
  dueList,
  matchOccurrences,
  monthGrid,
  type Occurrence,
  type ScheduleRecord,
} from './schedule';

function shift(iso: string, days: number): string {
  const d = fromIsoDate(iso);
  if (!d) throw new Error(`bad date ${iso}`);
  return toIsoDate(addDays(d, days));
}

const rec = (id: string, tanggal: string): ScheduleRecord => ({ id, tanggal });
const brief = (list: Occurrence[]) => list.map((o) => [o.due, o.status, o.doneOn]);

// Fridays from 2026-11-06 (mulai is Monday 2026-11-02).
const FRIDAYS: Recurrence = { kind: 'mingguan', setiap: 1, hari: 5 };
const MULAI = '2026-11-02';

describe('matchOccurrences', () => {
  it('tells on-time, late, missed, due and upcoming apart', () => {
    const records = [rec('b', '2026-11-16'), rec('a', '2026-11-05')];
    const result = matchOccurrences(
      FRIDAYS,
      MULAI,
      records,
      '2026-11-01',
      '2026-12-04',
      '2026-11-27',
    );
    expect(brief(result)).toEqual([
      ['2026-11-06', 'tepatWaktu', '2026-11-05'],
      ['2026-11-13', 'terlambat', '2026-11-16'],
      ['2026-11-20', 'terlewat', null],
      ['2026-11-27', 'jatuhTempo', null],
      ['2026-12-04', 'akanDatang', null],
    ]);
    expect(result[0]?.recordId).toBe('a');
    expect(result[1]?.recordId).toBe('b');
  });

  it('counts a record on the due date as on time, and one done early for a future date', () => {
    const records = [rec('a', '2026-11-06'), rec('b', '2026-11-10')];
    const result = matchOccurrences(
      FRIDAYS,
      MULAI,
      records,
      '2026-11-01',
      '2026-11-13',
      '2026-11-10',
    );
    expect(brief(result)).toEqual([
      ['2026-11-06', 'tepatWaktu', '2026-11-06'],
      ['2026-11-13', 'tepatWaktu', '2026-11-10'],
    ]);
  });

  it('ignores a record before mulai', () => {
    const records = [rec('old', '2026-11-01')];
    const result = matchOccurrences(
      FRIDAYS,
      MULAI,
      records,
      '2026-11-01',
      '2026-11-06',
      '2026-11-09',
    );
    expect(brief(result)).toEqual([['2026-11-06', 'terlewat', null]]);
  });

  it('counts two records in one week once', () => {
    const records = [rec('a', '2026-11-03'), rec('b', '2026-11-05')];
    const result = matchOccurrences(
      FRIDAYS,
      MULAI,
      records,
      '2026-11-01',
      '2026-11-13',
      '2026-11-16',
    );
    expect(brief(result)).toEqual([
      ['2026-11-06', 'tepatWaktu', '2026-11-03'],
      ['2026-11-13', 'terlewat', null],
    ]);
  });

  it('uses one of two records of the same date, the same one every time', () => {
    const records = [rec('y', '2026-11-05'), rec('x', '2026-11-05')];
    const result = matchOccurrences(
      FRIDAYS,
      MULAI,
      records,
      '2026-11-01',
      '2026-11-13',
      '2026-11-16',
    );
    expect(result.map((o) => o.recordId)).toEqual(['x', null]);
  });

  it('does not reuse records taken before `from`', () => {
    // Every round done a day late: each Saturday belongs to the Friday before it.
    const records = ['2026-11-07', '2026-11-14', '2026-11-21', '2026-11-28'].map((d) => rec(d, d));
    const today = '2026-12-01';
    const full = matchOccurrences(FRIDAYS, MULAI, records, '2026-11-01', '2026-11-27', today);
    expect(full.map((o) => o.status)).toEqual(['terlambat', 'terlambat', 'terlambat', 'terlambat']);
    const later = matchOccurrences(FRIDAYS, MULAI, records, '2026-11-20', '2026-11-27', today);
    expect(later).toEqual(full.slice(2));
  });

  it('matches monthly occurrences on the 31st, late into the next month', () => {
    const rule: Recurrence = { kind: 'bulanan', setiap: 1, tanggal: 31 };
    const records = [rec('jan', '2027-01-30'), rec('feb', '2027-03-02')];
    const result = matchOccurrences(
      rule,
      '2027-01-01',
      records,
      '2027-01-01',
      '2027-03-31',
      '2027-04-01',
    );
    expect(brief(result)).toEqual([
      ['2027-01-31', 'tepatWaktu', '2027-01-30'],
      ['2027-02-28', 'terlambat', '2027-03-02'],
      ['2027-03-31', 'terlewat', null],
    ]);
  });

  it('returns nothing for an empty range', () => {
    expect(matchOccurrences(FRIDAYS, MULAI, [], '2026-11-10', '2026-11-01', '2026-11-10')).toEqual(
      [],
    );
  });
});

describe('dueList', () => {
  const tasks = [
    { id: 'mingguan', rule: FRIDAYS, mulai: MULAI, records: [rec('r1', '2026-11-06')] },
    {
      id: 'bulanan',
      rule: { kind: 'bulanan', setiap: 1, tanggal: 25 } as const,
      mulai: '2026-11-01',
      records: [],
    },
  ];

  it('lists missed, due today and upcoming occurrences that are not done', () => {
    expect(dueList(tasks, '2026-11-27')).toEqual({
      terlewat: [
        { taskId: 'mingguan', due: '2026-11-13' },
        { taskId: 'mingguan', due: '2026-11-20' },
        { taskId: 'bulanan', due: '2026-11-25' },
      ],
      jatuhTempo: [{ taskId: 'mingguan', due: '2026-11-27' }],
      akanDatang: [{ taskId: 'mingguan', due: '2026-12-04' }],
    });
  });

  it('looks only backDays back and aheadDays ahead', () => {
    const list = dueList(tasks, '2026-11-27', 28, 10);
    expect(list.terlewat).toEqual([
      { taskId: 'mingguan', due: '2026-11-20' },
      { taskId: 'bulanan', due: '2026-11-25' },
    ]);
    expect(list.akanDatang.map((i) => i.due)).toEqual([
      '2026-12-04',
      '2026-12-11',
      '2026-12-18',
      '2026-12-25',
      '2026-12-25',
    ]);
    expect(list.akanDatang.slice(-2).map((i) => i.taskId)).toEqual(['bulanan', 'mingguan']);
  });
});

describe('monthGrid', () => {
  it('fills November 2026 from Monday 26 October to Sunday 6 December', () => {
    const grid = monthGrid(2026, 11);
    expect(grid).toHaveLength(6);
    expect(grid[0]).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
    expect(grid.at(-1)?.[0]).toBe('2026-11-30');
    expect(grid.at(-1)?.[6]).toBe('2026-12-06');
  });

  it('gives February 2027 exactly four weeks', () => {
    const grid = monthGrid(2027, 2);
    expect(grid).toHaveLength(4);
    expect(grid[0]?.[0]).toBe('2027-02-01');
    expect(grid[3]?.[6]).toBe('2027-02-28');
  });

  it('rejects a month outside 1..12', () => {
    expect(() => monthGrid(2026, 13)).toThrow(RangeError);
  });

  it('covers every day of any month in whole Monday-first weeks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const days = monthGrid(y, m).flat();
        expect(days.length % 7).toBe(0);
        expect(getISODay(fromIsoDate(days[0] ?? '') ?? new Date(NaN))).toBe(1);
        days.forEach((d, i) => i > 0 && expect(d).toBe(shift(days[i - 1] ?? '', 1)));
        const prefix = `${y}-${String(m).padStart(2, '0')}-`;
        const inMonth = days.filter((d) => d.startsWith(prefix));
        expect(inMonth[0]).toBe(`${prefix}01`);
        expect(days.indexOf(`${prefix}01`)).toBeLessThan(7);
        expect(days.length - 1 - days.indexOf(inMonth.at(-1) ?? '')).toBeLessThan(7);
      }),
    );
  });
});

// ---- properties ----

const isoDate = fc
  .date({ min: new Date(2020, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true })
  .map(toIsoDate);

const ruleArb: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ kind: fc.constant('harian' as const), setiap: fc.integer({ min: 1, max: 10 }) }),
  fc.record({
    kind: fc.constant('mingguan' as const),
    setiap: fc.integer({ min: 1, max: 3 }),
    hari: fc.integer({ min: 1, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('bulanan' as const),
    setiap: fc.integer({ min: 1, max: 3 }),
    tanggal: fc.integer({ min: 1, max: 31 }),
  }),
  fc.record({
    kind: fc.constant('tahunan' as const),
    bulan: fc.constant(2),
    tanggal: fc.integer({ min: 27, max: 29 }),
  }),
);

interface Scenario {
  rule: Recurrence;
  mulai: string;
  records: ScheduleRecord[];
  from: string;
  to: string;
  today: string;
}

/** A schedule with records around mulai, ids unique, dates possibly repeated. */
const scenario: fc.Arbitrary<Scenario> = fc
  .tuple(
    ruleArb,
    isoDate,
    fc.array(fc.integer({ min: -30, max: 900 }), { maxLength: 40 }),
    fc.integer({ min: -60, max: 900 }),
    fc.integer({ min: 0, max: 400 }),
    fc.integer({ min: 0, max: 1000 }),
  )
  .map(([rule, mulai, offsets, fromOffset, length, todayOffset]) => {
    const from = shift(mulai, fromOffset);
    return {
      rule,
      mulai,
      records: offsets.map((o, i) => rec(`r${i}`, shift(mulai, o))),
      from,
      to: shift(from, length),
      today: shift(mulai, todayOffset),
    };
  });

/** The rule as stated, walked from the very first occurrence with a set of used records. */
function reference(s: Scenario): Occurrence[] {
  const { rule, mulai, records, from, to, today } = s;
  const dues = occurrences(rule, mulai, mulai, shift(to, 800));
  const sorted = [...records].sort(
    (a, b) => a.tanggal.localeCompare(b.tanggal) || a.id.localeCompare(b.id),
  );
  const used = new Set<string>();
  const out: Occurrence[] = [];
  for (let i = 0; i < dues.length - 1; i += 1) {
    const due = dues[i] ?? '';
    if (due > to) break;
    const after = i === 0 ? null : (dues[i - 1] ?? '');
    const before = dues[i + 1] ?? '';
    const r = sorted.find(
      (x) =>
        !used.has(x.id) &&
        x.tanggal >= mulai &&
        (after === null || x.tanggal > after) &&
        x.tanggal < before,
    );
    if (r) used.add(r.id);
    if (due < from) continue;
    const doneOn = r?.tanggal ?? null;
    const status =
      doneOn !== null
        ? doneOn <= due
          ? 'tepatWaktu'
          : 'terlambat'
        : due < today
          ? 'terlewat'
          : due === today
            ? 'jatuhTempo'
            : 'akanDatang';
    out.push({ due, status, recordId: r?.id ?? null, doneOn });
  }
  return out;
}

describe('matchOccurrences properties', () => {
  it('never uses a record twice, nor more records than there are', () => {
    fc.assert(
      fc.property(scenario, ({ rule, mulai, records, from, to, today }) => {
        const result = matchOccurrences(rule, mulai, records, from, to, today);
        const used = result.flatMap((o) => (o.recordId === null ? [] : [o.recordId]));
        expect(new Set(used).size).toBe(used.length);
        expect(used.length).toBeLessThanOrEqual(new Set(records.map((r) => r.id)).size);
        expect(result.map((o) => o.due)).toEqual(occurrences(rule, mulai, from, to));
      }),
    );
  });

  it('follows the rule as stated, whatever `from` and the order of the records', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), (s, reversed) => {
        const records = reversed ? [...s.records].reverse() : s.records;
        expect(matchOccurrences(s.rule, s.mulai, records, s.from, s.to, s.today)).toEqual(
          reference(s),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('matches a sub-range as the whole range does', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 400 }), (s, cut) => {
        const whole = matchOccurrences(s.rule, s.mulai, s.records, s.mulai, s.to, s.today);
        const part = matchOccurrences(s.rule, s.mulai, s.records, s.from, s.to, s.today);
        expect(part).toEqual(whole.filter((o) => o.due >= s.from));
        const b = shift(s.from, cut);
        const left = matchOccurrences(s.rule, s.mulai, s.records, s.from, b, s.today);
        const right = matchOccurrences(s.rule, s.mulai, s.records, shift(b, 1), s.to, s.today);
        expect([...left, ...right].filter((o) => o.due <= s.to)).toEqual(part);
      }),
    );
  });
});
