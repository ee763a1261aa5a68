/**
 * Indonesian number formats: "." groups thousands, "," separates decimals. Grouping is done by
 * hand rather than with Intl.NumberFormat, whose output differs between ICU builds.
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "1.234,50" for formatDesimal(1234.5, 2). Throws RangeError for non-finite or huge values. */
export function formatDesimal(n: number, fractionDigits: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) {
    throw new RangeError(`Cannot format ${n} as a number.`);
  }
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 20) {
    throw new RangeError(`fractionDigits must be an integer 0..20, got ${fractionDigits}.`);
  }
  const [integerPart = '0', fractionPart] = Math.abs(n).toFixed(fractionDigits).split('.');
  const isZero = /^[0.]*$/.test(integerPart + (fractionPart ?? ''));
  const sign = n < 0 && !isZero ? '-' : '';
  const grouped = groupThousands(integerPart);
  return fractionPart === undefined ? `${sign}${grouped}` : `${sign}${grouped},${fractionPart}`;
}

/** "1.234.567", "-1.234"; fractions are rounded to the nearest integer. */
export function formatAngka(n: number): string {
  return formatDesimal(n, 0);
}

/**
 * A duration in hours and minutes: 0 -> "0 menit", 45 -> "45 menit", 60 -> "1 jam",
 * 150 -> "2 jam 30 menit", 1500 -> "25 jam". Minutes are rounded; negative values throw RangeError.
 */
export function formatDurasiMenit(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`A duration must be a non-negative number of minutes, got ${minutes}.`);
  }
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} menit`;
  if (rest === 0) return `${formatAngka(hours)} jam`;
  return `${formatAngka(hours)} jam ${rest} menit`;
}
