import { describe, expect, it } from 'vitest';
import { bulanRomawi, toRoman } from './roman';

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
    [90, 'XC'],
    [400, 'CD'],
    [1994, 'MCMXCIV'],
    [2026, 'MMXXVI'],
    [3999, 'MMMCMXCIX'],
  ] as const)('writes %i as %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });

  it('throws RangeError outside 1..3999 and for fractions', () => {
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(() => toRoman(-1)).toThrow(RangeError);
    expect(() => toRoman(4000)).toThrow(RangeError);
    expect(() => toRoman(2.5)).toThrow(RangeError);
    expect(() => toRoman(Number.NaN)).toThrow(RangeError);
  });
});

describe('bulanRomawi', () => {
  it('writes the months 1..12', () => {
    const months = Array.from({ length: 12 }, (_, index) => bulanRomawi(index + 1));
    expect(months).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
      'XI',
      'XII',
    ]);
  });

  it('throws RangeError outside 1..12', () => {
    expect(() => bulanRomawi(0)).toThrow(RangeError);
    expect(() => bulanRomawi(13)).toThrow(RangeError);
  });
});
