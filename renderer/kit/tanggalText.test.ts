import { describe, expect, it } from 'vitest';
import {
  formatJam,
  formatTanggalAngka,
  joinTanggalJam,
  parseJam,
  parseTanggal,
  splitTanggalJam,
} from './tanggalText';

describe('parseTanggal', () => {
  it('reads day before month, whatever the separator', () => {
    expect(parseTanggal('04/12/2026')).toBe('2026-12-04');
    expect(parseTanggal('4-12-2026')).toBe('2026-12-04');
    expect(parseTanggal(' 4.12.2026 ')).toBe('2026-12-04');
  });

  it('reads Indonesian month names, full or short, in any case', () => {
    expect(parseTanggal('4 Desember 2026')).toBe('2026-12-04');
    expect(parseTanggal('4 des 2026')).toBe('2026-12-04');
    expect(parseTanggal('17 Agt 2026')).toBe('2026-08-17');
    expect(parseTanggal('1 Mei 2026')).toBe('2026-05-01');
  });

  it('reads the stored form too, and what formatTanggalAngka writes', () => {
    expect(parseTanggal('2026-12-04')).toBe('2026-12-04');
    expect(formatTanggalAngka('2026-12-04')).toBe('04/12/2026');
    expect(parseTanggal(formatTanggalAngka('2026-12-04'))).toBe('2026-12-04');
  });

  it('refuses half-typed years, impossible days and English month names', () => {
    expect(parseTanggal('04/12/20')).toBeNull();
    expect(parseTanggal('31/04/2026')).toBeNull();
    expect(parseTanggal('29/02/2026')).toBeNull();
    expect(parseTanggal('29/02/2028')).toBe('2028-02-29');
    expect(parseTanggal('4 December 2026')).toBeNull();
    expect(parseTanggal('13/13/2026')).toBeNull();
    expect(parseTanggal('')).toBeNull();
  });
});

describe('parseJam and formatJam', () => {
  it('reads a 24-hour time with a dot or a colon', () => {
    expect(parseJam('16.12')).toBe('16:12');
    expect(parseJam('16:12')).toBe('16:12');
    expect(parseJam('8.05')).toBe('08:05');
    expect(parseJam('1612')).toBe('16:12');
  });

  it('refuses impossible times and AM/PM', () => {
    expect(parseJam('24.00')).toBeNull();
    expect(parseJam('12.60')).toBeNull();
    expect(parseJam('4:12 PM')).toBeNull();
    expect(parseJam('16.1')).toBeNull();
  });

  it('writes a stored time with a dot', () => {
    expect(formatJam('16:12')).toBe('16.12');
    expect(formatJam('')).toBe('');
  });
});

describe('splitTanggalJam and joinTanggalJam', () => {
  it('round-trips the value the forms store', () => {
    expect(splitTanggalJam('2026-12-04T16:12')).toEqual({ tanggal: '2026-12-04', jam: '16:12' });
    expect(joinTanggalJam('2026-12-04', '16:12')).toBe('2026-12-04T16:12');
  });

  it('keeps an untouched field empty and a half-filled one visibly incomplete', () => {
    expect(splitTanggalJam('')).toEqual({ tanggal: '', jam: '' });
    expect(joinTanggalJam('', '')).toBe('');
    expect(joinTanggalJam('2026-12-04', '')).toBe('2026-12-04T');
  });
});
