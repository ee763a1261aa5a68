import { describe, expect, it } from 'vitest';
import {
  formatBulanTahun,
  formatHariTanggal,
  formatJam,
  formatTanggal,
  formatTanggalJam,
  formatTempatTanggal,
} from './date';

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

describe('formatTanggal', () => {
  it('writes the day without a leading zero and the full month name', () => {
    expect(formatTanggal(new Date(2026, 10, 22))).toBe('22 November 2026');
    expect(formatTanggal(new Date(2026, 0, 1))).toBe('1 Januari 2026');
  });

  it.each(MONTHS.map((name, index) => [index, name] as const))(
    'names month %i as %s',
    (index, name) => {
      expect(formatTanggal(new Date(2026, index, 5))).toBe(`5 ${name} 2026`);
    },
  );
});

describe('formatHariTanggal', () => {
  it('puts the weekday first', () => {
    expect(formatHariTanggal(new Date(2026, 10, 22))).toBe('Minggu, 22 November 2026');
    expect(formatHariTanggal(new Date(2026, 0, 1))).toBe('Kamis, 1 Januari 2026');
  });

  it.each([
    [16, 'Senin'],
    [17, 'Selasa'],
    [18, 'Rabu'],
    [19, 'Kamis'],
    [20, 'Jumat'],
    [21, 'Sabtu'],
    [22, 'Minggu'],
  ] as const)('names November %i, 2026 as %s', (day, weekday) => {
    expect(formatHariTanggal(new Date(2026, 10, day))).toBe(`${weekday}, ${day} November 2026`);
  });
});

describe('formatJam', () => {
  it('uses a 24-hour clock with a dot', () => {
    expect(formatJam(new Date(2026, 10, 22, 14, 30))).toBe('14.30');
    expect(formatJam(new Date(2026, 10, 22, 23, 59))).toBe('23.59');
  });

  it('pads hour and minute to two digits, also just after midnight', () => {
    expect(formatJam(new Date(2026, 10, 22, 0, 5))).toBe('00.05');
    expect(formatJam(new Date(2026, 10, 22, 7, 0))).toBe('07.00');
  });
});

describe('formatTanggalJam', () => {
  it('joins date and time with a space', () => {
    expect(formatTanggalJam(new Date(2026, 10, 22, 14, 30))).toBe('22 November 2026 14.30');
  });
});

describe('formatTempatTanggal', () => {
  it('writes the place-and-date line without a full stop', () => {
    expect(formatTempatTanggal('Mukomuko', new Date(2026, 10, 22))).toBe(
      'Mukomuko, 22 November 2026',
    );
  });

  it('trims the city', () => {
    expect(formatTempatTanggal('  Bengkulu \n', new Date(2026, 1, 3))).toBe(
      'Bengkulu, 3 Februari 2026',
    );
  });

  it('leaves out the comma when the city is empty', () => {
    expect(formatTempatTanggal('  ', new Date(2026, 1, 3))).toBe('3 Februari 2026');
  });
});

describe('formatBulanTahun', () => {
  it('writes month name and year', () => {
    expect(formatBulanTahun(2026, 11)).toBe('November 2026');
    expect(formatBulanTahun(2027, 1)).toBe('Januari 2027');
    expect(formatBulanTahun(2026, 12)).toBe('Desember 2026');
  });

  it('rejects a month outside 1..12', () => {
    expect(() => formatBulanTahun(2026, 0)).toThrow(RangeError);
    expect(() => formatBulanTahun(2026, 13)).toThrow(RangeError);
    expect(() => formatBulanTahun(2026, 1.5)).toThrow(RangeError);
  });
});

describe('ISO calendar dates', () => {
  it('round-trips a local date without a time-zone shift', async () => {
    const { fromIsoDate, toIsoDate } = await import('./date');
    const date = fromIsoDate('2026-11-30');
    expect(date && [date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2026, 10, 30, 0,
    ]);
    expect(toIsoDate(new Date(2026, 0, 4, 23, 59))).toBe('2026-01-04');
    expect(date && toIsoDate(date)).toBe('2026-11-30');
  });

  it('refuses what is not a real calendar date', async () => {
    const { fromIsoDate } = await import('./date');
    expect(fromIsoDate('2026-02-30')).toBeNull();
    expect(fromIsoDate('30-11-2026')).toBeNull();
    expect(fromIsoDate('')).toBeNull();
  });
});
