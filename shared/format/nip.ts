import { isExists } from 'date-fns';
import { z } from 'zod';

/**
 * NIP (Nomor Induk Pegawai), the 18-digit civil servant number:
 * digits 1–8 birth date YYYYMMDD, 9–14 CPNS start YYYYMM, 15 sex (1 laki-laki, 2 perempuan),
 * 16–18 sequence number 001..999.
 */

export type NipErrorCode =
  | 'empty'
  | 'notDigits'
  | 'length'
  | 'birthDate'
  | 'cpnsDate'
  | 'cpnsBeforeBirth'
  | 'sex'
  | 'sequence';

export type NipError = { code: NipErrorCode; message: string };

export type NipInfo = {
  digits: string;
  birthDate: { year: number; month: number; day: number };
  cpns: { year: number; month: number };
  sex: 'L' | 'P';
  sequence: number;
};

export type NipResult = { ok: true; value: NipInfo } | { ok: false; error: NipError };

const NIP_LENGTH = 18;
const MIN_BIRTH_YEAR = 1900;
const MIN_AGE_AT_CPNS = 17;

/** Strips spaces (any whitespace), dots and dashes; every other character is kept. */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.\-‐‑–—]/g, '');
}

function fail(code: NipErrorCode, message: string): NipResult {
  return { ok: false, error: { code, message } };
}

/** Months since year 0, for comparing year-month pairs. */
function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/**
 * Checks a NIP and splits it into its parts. `today` (local time, from the caller's clock) bounds
 * the birth date and the CPNS year. The age at CPNS start is checked by month, as the NIP records no day.
 */
export function parseNip(input: string, today: Date): NipResult {
  const digits = normalizeNip(input);
  if (digits === '') return fail('empty', 'NIP wajib diisi.');
  if (!/^\d+$/.test(digits)) return fail('notDigits', 'NIP hanya boleh berisi angka.');
  if (digits.length !== NIP_LENGTH) {
    return fail('length', `NIP harus ${NIP_LENGTH} digit; yang diisi ${digits.length} digit.`);
  }

  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  const birthText = digits.slice(0, 8);
  if (year < MIN_BIRTH_YEAR || !isExists(year, month - 1, day)) {
    return fail('birthDate', `Tanggal lahir pada NIP (digit 1–8) tidak valid: ${birthText}.`);
  }
  const todayKey = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  if (Number(birthText) > todayKey) {
    return fail(
      'birthDate',
      `Tanggal lahir pada NIP (digit 1–8) tidak boleh setelah hari ini: ${birthText}.`,
    );
  }

  const cpnsYear = Number(digits.slice(8, 12));
  const cpnsMonth = Number(digits.slice(12, 14));
  if (cpnsMonth < 1 || cpnsMonth > 12) {
    return fail('cpnsDate', 'Bulan/tahun pengangkatan CPNS pada NIP (digit 9–14) tidak valid.');
  }
  const maxCpnsYear = today.getFullYear() + 1;
  if (cpnsYear > maxCpnsYear) {
    return fail(
      'cpnsDate',
      `Tahun pengangkatan CPNS pada NIP (digit 9–14) tidak boleh setelah tahun ${maxCpnsYear}.`,
    );
  }

  const cpnsIndex = monthIndex(cpnsYear, cpnsMonth);
  const birthIndex = monthIndex(year, month);
  if (cpnsIndex <= birthIndex) {
    return fail('cpnsBeforeBirth', 'Tahun pengangkatan CPNS pada NIP harus setelah tanggal lahir.');
  }
  if (cpnsIndex < birthIndex + MIN_AGE_AT_CPNS * 12) {
    return fail(
      'cpnsBeforeBirth',
      `Pemilik NIP belum berusia ${MIN_AGE_AT_CPNS} tahun pada bulan pengangkatan CPNS (digit 9–14) menurut tanggal lahirnya (digit 1–8).`,
    );
  }

  const sexDigit = digits.charAt(14);
  if (sexDigit !== '1' && sexDigit !== '2') {
    return fail('sex', 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.');
  }

  const sequence = Number(digits.slice(15, 18));
  if (sequence === 0) {
    return fail('sequence', 'Nomor urut pada NIP (digit 16–18) tidak boleh 000.');
  }

  return {
    ok: true,
    value: {
      digits,
      birthDate: { year, month, day },
      cpns: { year: cpnsYear, month: cpnsMonth },
      sex: sexDigit === '1' ? 'L' : 'P',
      sequence,
    },
  };
}

/**
 * "19720127 200312 1 002". Input that is not 18 digits after normalizing is returned trimmed and
 * otherwise unchanged, so a half-typed NIP is shown as the user typed it.
 */
export function formatNip(digits: string): string {
  const normalized = normalizeNip(digits);
  if (!/^\d{18}$/.test(normalized)) return digits.trim();
  return [
    normalized.slice(0, 8),
    normalized.slice(8, 14),
    normalized.slice(14, 15),
    normalized.slice(15, 18),
  ].join(' ');
}

function checkNip(value: string, ctx: Pick<z.RefinementCtx, 'addIssue'>, today: Date): string {
  const result = parseNip(value, today);
  if (!result.ok) {
    ctx.addIssue({
      code: 'custom',
      message: result.error.message,
      input: value,
      params: { nipError: result.error.code },
    });
    return z.NEVER;
  }
  return result.value.digits;
}

/**
 * A required NIP, checked as of `today`: parses to the 18 digits; the issue message is the
 * Indonesian NipError message.
 */
export function nipSchema(today: Date) {
  return z.string().transform((value, ctx) => checkNip(value, ctx, today));
}

/** An optional NIP: undefined, '' or only whitespace become undefined; anything else is checked. */
export function optionalNipSchema(today: Date) {
  return z
    .string()
    .optional()
    .transform((value, ctx): string | undefined =>
      value === undefined || value.trim() === '' ? undefined : checkNip(value, ctx, today),
    );
}
