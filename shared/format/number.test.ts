import { describe, expect, it } from 'vitest';
import { formatAngka, formatDesimal, formatDurasiMenit } from './number';

describe('formatAngka', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1.000'],
    [1234567, '1.234.567'],
    [-1234, '-1.234'],
    [-999, '-999'],
    [1234.6, '1.235'],
  ] as const)('writes %d as %s', (n, text) => {
    expect(formatAngka(n)).toBe(text);
  });

  it('does not write a negative zero', () => {
    expect(formatAngka(-0.2)).toBe('0');
  });

  it('throws RangeError for values that are not finite', () => {
    expect(() => formatAngka(Number.NaN)).toThrow(RangeError);
    expect(() => formatAngka(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatDesimal', () => {
  it.each([
    [1234.5, 2, '1.234,50'],
    [0.5, 1, '0,5'],
    [-1234567.891, 2, '-1.234.567,89'],
    [12, 0, '12'],
    [-0.001, 2, '0,00'],
  ] as const)('writes %d with %i decimals as %s', (n, digits, text) => {
    expect(formatDesimal(n, digits)).toBe(text);
  });

  it('throws RangeError for an invalid number of decimals', () => {
    expect(() => formatDesimal(1, -1)).toThrow(RangeError);
    expect(() => formatDesimal(1, 1.5)).toThrow(RangeError);
  });
});

describe('formatDurasiMenit', () => {
  it.each([
    [0, '0 menit'],
    [45, '45 menit'],
    [60, '1 jam'],
    [150, '2 jam 30 menit'],
    [1500, '25 jam'],
    [60001, '1.000 jam 1 menit'],
  ] as const)('writes %i minutes as %s', (minutes, text) => {
    expect(formatDurasiMenit(minutes)).toBe(text);
  });

  it('throws RangeError for a negative duration', () => {
    expect(() => formatDurasiMenit(-1)).toThrow(RangeError);
  });
});
