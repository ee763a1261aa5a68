/** Roman numerals, used in letter numbers such as "W8-U5/123/HK.00/XI/2026". */

const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1994 -> "MCMXCIV". Throws RangeError outside the integers 1..3999. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`Roman numerals cover the integers 1..3999, got ${n}.`);
  }
  let rest = n;
  let result = '';
  for (const [value, symbol] of NUMERALS) {
    while (rest >= value) {
      result += symbol;
      rest -= value;
    }
  }
  return result;
}

/** 11 -> "XI": the month as written in a letter number. Throws RangeError outside 1..12. */
export function bulanRomawi(month1to12: number): string {
  if (!Number.isInteger(month1to12) || month1to12 < 1 || month1to12 > 12) {
    throw new RangeError(`Month must be an integer 1..12, got ${month1to12}.`);
  }
  return toRoman(month1to12);
}
