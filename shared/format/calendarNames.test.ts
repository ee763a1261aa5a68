import { describe, expect, it } from 'vitest';
import { NAMA_BULAN, NAMA_HARI, namaBulan, namaHari } from './calendarNames';

// The platform's own Indonesian calendar is the independent witness.
const intlMonth = new Intl.DateTimeFormat('id-ID', { month: 'long' });
const intlWeekday = new Intl.DateTimeFormat('id-ID', { weekday: 'long' });

describe('calendar names', () => {
  it('names every month as the Indonesian calendar does', () => {
    for (let month = 1; month <= 12; month++) {
      expect(namaBulan(month)).toBe(intlMonth.format(new Date(2026, month - 1, 1)));
    }
    expect(NAMA_BULAN).toHaveLength(12);
  });

  it('names every JavaScript weekday as the Indonesian calendar does', () => {
    // 15 November 2026 is a Sunday (getDay() 0).
    for (let offset = 0; offset < 7; offset++) {
      const date = new Date(2026, 10, 15 + offset);
      expect(namaHari(date.getDay())).toBe(intlWeekday.format(date));
    }
  });

  it('lists the week from Senin to Minggu', () => {
    expect(NAMA_HARI[0]).toBe('Senin');
    expect(NAMA_HARI[6]).toBe('Minggu');
    expect(NAMA_HARI.map((_, i) => intlWeekday.format(new Date(2026, 10, 16 + i)))).toEqual([
      ...NAMA_HARI,
    ]);
  });

  it.each([0, 13, 1.5, Number.NaN])('refuses month %s', (month) => {
    expect(() => namaBulan(month)).toThrow(RangeError);
  });

  it.each([-1, 7, 2.5])('refuses weekday %s', (day) => {
    expect(() => namaHari(day)).toThrow(RangeError);
  });
});
