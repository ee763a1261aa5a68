import { z } from 'zod';
import { bulanRomawi } from '../format/roman';

/**
 * Register numbers in the office's own format, e.g. "012/PLTI/XI/2026" or
 * "1297/KPA.W17-A8/OT1.6/XII/2025": a running number, literal text, the month and the year.
 * The running number restarts every year, so a format must carry the year to stay unique.
 */

export const DEFAULT_NUMBER_FORMAT = '{no:3}/PLTI/{bulan-romawi}/{tahun}';
export const NUMBER_FORMAT_MAX_LENGTH = 80;
export const NUMBER_PAD_MAX = 6;

/** The parts of a parsed format, in order. */
export type NumberFormatPart =
  | { kind: 'literal'; text: string }
  | { kind: 'no'; width: number | null }
  | { kind: 'bulanRomawi' }
  | { kind: 'bulan' }
  | { kind: 'tahun' }
  | { kind: 'lokasi' };

export type NumberFormatParse =
  { ok: true; parts: NumberFormatPart[] } | { ok: false; message: string };

/** Thrown when a register number is formatted with an invalid format. */
export class NumberFormatError extends Error {
  readonly code = 'format-nomor-tidak-valid';
  readonly format: string;

  constructor(format: string, message: string) {
    super(message);
    this.name = 'NumberFormatError';
    this.format = format;
  }
}

// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const TOKEN = /\{([^{}]*)\}/g;
const PADDED_NO = /^no:(\d+)$/;

function tokenPart(name: string): NumberFormatPart | string {
  switch (name) {
    case 'no':
      return { kind: 'no', width: null };
    case 'bulan-romawi':
      return { kind: 'bulanRomawi' };
    case 'bulan':
      return { kind: 'bulan' };
    case 'tahun':
      return { kind: 'tahun' };
    case 'lokasi':
      return { kind: 'lokasi' };
  }
  const padded = PADDED_NO.exec(name);
  if (padded) {
    const width = Number(padded[1]);
    if (width >= 1 && width <= NUMBER_PAD_MAX) return { kind: 'no', width };
    return `Panjang nomor urut pada {${name}} harus 1 sampai ${NUMBER_PAD_MAX} digit.`;
  }
  return `Penanda {${name}} tidak dikenal.`;
}

function literal(text: string): NumberFormatPart[] {
  return text === '' ? [] : [{ kind: 'literal', text }];
}

/** Splits a format into its parts, or says in Indonesian what is wrong with it. */
export function parseNumberFormat(format: string): NumberFormatParse {
  if (format.trim() === '') return { ok: false, message: 'Format nomor wajib diisi.' };
  if (format.length > NUMBER_FORMAT_MAX_LENGTH) {
    return {
      ok: false,
      message: `Format nomor paling panjang ${NUMBER_FORMAT_MAX_LENGTH} karakter.`,
    };
  }
  if (CONTROL.test(format)) {
    return {
      ok: false,
      message: 'Format nomor tidak boleh memuat baris baru atau karakter kendali.',
    };
  }

  const parts: NumberFormatPart[] = [];
  let last = 0;
  for (const match of format.matchAll(TOKEN)) {
    const before = format.slice(last, match.index);
    if (/[{}]/.test(before)) return unpaired();
    parts.push(...literal(before));
    const part = tokenPart(match[1] ?? '');
    if (typeof part === 'string') return { ok: false, message: part };
    parts.push(part);
    last = match.index + match[0].length;
  }
  const rest = format.slice(last);
  if (/[{}]/.test(rest)) return unpaired();
  parts.push(...literal(rest));

  const runningNumbers = parts.filter((p) => p.kind === 'no').length;
  if (runningNumbers === 0) {
    return { ok: false, message: 'Format nomor harus memuat {no} atau {no:3}.' };
  }
  if (runningNumbers > 1) {
    return { ok: false, message: 'Format nomor hanya boleh memuat satu {no}.' };
  }
  if (parts.filter((p) => p.kind === 'lokasi').length > 1) {
    return { ok: false, message: 'Format nomor hanya boleh memuat satu {lokasi}.' };
  }
  if (!parts.some((p) => p.kind === 'tahun')) {
    return {
      ok: false,
      message: 'Format nomor harus memuat {tahun}, karena nomor urut dimulai lagi setiap tahun.',
    };
  }
  return { ok: true, parts };
}

function unpaired(): NumberFormatParse {
  return { ok: false, message: 'Tanda kurung kurawal pada format nomor tidak berpasangan.' };
}

/** Null when the format is valid, else an Indonesian message for the user. */
export function validateNumberFormat(format: string): string | null {
  const parsed = parseNumberFormat(format);
  return parsed.ok ? null : parsed.message;
}

/** A format as the office enters it; surrounding spaces are dropped. */
export const numberFormatSchema = z
  .string()
  .trim()
  .superRefine((format, ctx) => {
    const message = validateNumberFormat(format);
    if (message !== null) ctx.addIssue({ code: 'custom', message });
  });

/** What marks a number besides its running number, month and year. */
export interface NumberMarks {
  /**
   * The site's code in a replicated workspace: printed at {lokasi}, or after the running
   * number ("012.B") when the format has no {lokasi}, so two sites never print the same number.
   */
  lokasi?: string;
  /** The code of the PC that gave a draft number: printed after the running number ("003-PCA"). */
  perangkat?: string;
}

/**
 * The printed register number for running number `urut` on `date` (its local month and
 * year). A number longer than the padding is printed in full (1297 with {no:3}).
 * Throws NumberFormatError for an invalid format, or one with {lokasi} when no site code is
 * given, and RangeError for a bad `urut`.
 */
export function formatRegisterNumber(
  format: string,
  urut: number,
  date: Date,
  marks: NumberMarks = {},
): string {
  if (!Number.isSafeInteger(urut) || urut < 1) {
    throw new RangeError(`The running number must be a positive integer, got ${urut}.`);
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('The date is invalid.');
  const parsed = parseNumberFormat(format);
  if (!parsed.ok) throw new NumberFormatError(format, parsed.message);
  const lokasi = marks.lokasi ?? '';
  const hasSite = parsed.parts.some((p) => p.kind === 'lokasi');
  if (hasSite && lokasi === '') {
    throw new NumberFormatError(
      format,
      'Format nomor memuat {lokasi}, tetapi kode lokasi PC ini belum diisi di Pengaturan Layanan.',
    );
  }

  const month = date.getMonth() + 1;
  return parsed.parts
    .map((part) => {
      switch (part.kind) {
        case 'literal':
          return part.text;
        case 'no': {
          let no = String(urut).padStart(part.width ?? 0, '0');
          if (lokasi !== '' && !hasSite) no += `.${lokasi}`;
          if (marks.perangkat) no += `-${marks.perangkat}`;
          return no;
        }
        case 'bulanRomawi':
          return bulanRomawi(month);
        case 'bulan':
          return String(month).padStart(2, '0');
        case 'tahun':
          return String(date.getFullYear());
        case 'lokasi':
          return lokasi;
      }
    })
    .join('');
}

/** A site code: 1 to 6 capital letters or digits, e.g. "B" or "MKM". */
export const siteCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[A-Z0-9]{1,6}$/,
    'Kode lokasi 1 sampai 6 huruf kapital atau angka, mis. "B" atau "MKM".',
  );

/**
 * The short code a PC prints on its draft numbers: the letters and digits of its device id,
 * capitalised, as few as set it apart from every other known PC (four when they differ there:
 * "7F3A" for a random id beginning "7f3a…", "PCA" for the test id "pc-a"). Two PCs never share a code while each
 * knows the other; the code is printed once and stored, so it never changes on paper.
 */
export function pcCode(device: string, others: readonly string[]): string {
  const letters = (id: string) => id.replace(/[^a-zA-Z0-9]/g, '').toUpperCase();
  const own = letters(device);
  const rest = others.map(letters).filter((o) => o !== own);
  let length = Math.min(4, own.length);
  while (length < own.length && rest.some((o) => o.startsWith(own.slice(0, length)))) length++;
  return own.slice(0, length);
}

/** The next running number in `tahun`: one past the highest taken there, or 1. */
export function nextRunningNumber(
  taken: readonly { tahun: number; urut: number }[],
  tahun: number,
): number {
  let highest = 0;
  for (const t of taken) {
    if (t.tahun === tahun && t.urut > highest) highest = t.urut;
  }
  return highest + 1;
}
