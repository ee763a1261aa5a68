import { z } from 'zod';

/**
 * The time standard ("mutu baku") of an SOP step, parsed from the Waktu column as printed.
 *
 * 1 hari kerja = 450 menit (7.5 working hours): the Mukomuko totals confirm it
 * (procedure B: 585 menit = 1 hari + 135 menit; C: 1.350 menit = 3 hari).
 */
export const HARI_KERJA_MENIT = 450;
export const JAM_MENIT = 60;

/**
 * How a procedure's Waktu column is to be read: as durations ("10 menit", "1 hari") or, in
 * documents whose column is headed "Hari ke", as the day on which the step falls (1, 2, 3 ...).
 */
export const WAKTU_MODES = ['duration', 'hariKe'] as const;
export type WaktuMode = (typeof WAKTU_MODES)[number];
export const waktuModeSchema = z.enum(WAKTU_MODES);

const positiveInt = z.number().int().positive();

export const mutuBakuSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('duration'), minutes: positiveInt }),
  z
    .object({ kind: z.literal('range'), minMinutes: positiveInt, maxMinutes: positiveInt })
    .refine((r) => r.minMinutes < r.maxMinutes, {
      message: 'Batas bawah rentang waktu harus lebih kecil dari batas atasnya.',
    }),
  z.object({ kind: z.literal('dayNumber'), day: positiveInt }),
  z.object({ kind: z.literal('monthlyOnDay'), day: positiveInt.max(31) }),
  z.object({ kind: z.literal('none') }),
]);

export type MutuBaku = z.infer<typeof mutuBakuSchema>;

/** Thrown when the Waktu text of a step cannot be read; the catalog must parse cleanly. */
export class WaktuParseError extends Error {
  readonly code = 'waktu-tidak-dikenali';
  readonly text: string;
  readonly mode: WaktuMode;

  constructor(text: string, mode: WaktuMode) {
    const hint =
      mode === 'hariKe'
        ? 'untuk kolom "Hari ke" tulis nomor hari (1, 2, 3 ...) atau "30 setiap bulan"'
        : 'tulis seperti "10 menit", "2 jam", "1 hari", "15 - 30 menit" atau "30 setiap bulan"';
    super(`Waktu "${text}" tidak dikenali: ${hint}.`);
    this.name = 'WaktuParseError';
    this.text = text;
    this.mode = mode;
  }
}

const UNIT_MINUTES: Record<string, number> = {
  menit: 1,
  mnt: 1,
  jam: JAM_MENIT,
  hari: HARI_KERJA_MENIT,
};

// "1.500" uses a dot as thousands separator (as the SOPs print totals); "1,5" a decimal comma.
const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?`;
const UNIT = 'menit|mnt|jam|hari';
const AMOUNT = new RegExp(String.raw`(${NUMBER})\s*(${UNIT})\b`, 'gi');
const COMPOUND = new RegExp(String.raw`^(?:(?:${NUMBER})\s*(?:${UNIT})\b\s*)+$`, 'i');
const BARE_NUMBER = new RegExp(String.raw`^(?:${NUMBER})$`);
const MONTHLY = /^(\d{1,2})\s+setiap\s+bulan$/i;
const DAY_NUMBER = /^(?:hari\s+ke[-\s]*)?(\d{1,3})$/i;
const NONE = /^[-–—]?$/;
const RANGE_SEPARATOR = /\s*[-–—]\s*/;

function parseNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Reads a duration written as one or more amounts with units, e.g. "10 menit", "1 Hari",
 * "3 hari 2 jam 47 menit", "1.500 menit", "1jam". Returns whole minutes, or null when the
 * text is not such a duration.
 */
export function parseDurasi(text: string): number | null {
  const t = normalize(text);
  if (!COMPOUND.test(t)) return null;
  let minutes = 0;
  for (const m of t.matchAll(AMOUNT)) {
    const [, amount = '', unit = ''] = m;
    const perUnit = UNIT_MINUTES[unit.toLowerCase()];
    if (perUnit === undefined) return null;
    minutes += parseNumber(amount) * perUnit;
  }
  return Math.round(minutes);
}

function parseRange(text: string): MutuBaku | null {
  const parts = text.split(RANGE_SEPARATOR);
  if (parts.length !== 2) return null;
  const [left = '', right = ''] = parts;
  const maxMinutes = parseDurasi(right);
  if (maxMinutes === null) return null;
  let minMinutes = parseDurasi(left);
  if (minMinutes === null && BARE_NUMBER.test(left)) {
    // "15 - 30 Menit": the left bound shares the unit of the right one.
    const single = [...right.matchAll(AMOUNT)];
    const unit = single.length === 1 ? single[0]?.[2] : undefined;
    const perUnit = unit === undefined ? undefined : UNIT_MINUTES[unit.toLowerCase()];
    if (perUnit !== undefined) minMinutes = Math.round(parseNumber(left) * perUnit);
  }
  if (minMinutes === null || minMinutes <= 0 || minMinutes >= maxMinutes) return null;
  return { kind: 'range', minMinutes, maxMinutes };
}

/**
 * Parses the Waktu column of a step as printed into its time standard.
 *
 * - 'duration' mode: "10 menit", "2 jam", "1 hari" (450 menit), ranges "15 - 30 Menit",
 *   "1 Jam-3 Hari", "1jam - 3hari";
 * - 'hariKe' mode: the day number, "1", "2" ...;
 * - both modes: "30 setiap bulan" (monthly, on that day) and '' (no time printed).
 *
 * Throws a WaktuParseError for anything else.
 */
export function parseWaktu(text: string, mode: WaktuMode): MutuBaku {
  const t = normalize(text);
  if (NONE.test(t)) return { kind: 'none' };

  const monthly = MONTHLY.exec(t);
  if (monthly) {
    const day = Number(monthly[1]);
    if (day >= 1 && day <= 31) return { kind: 'monthlyOnDay', day };
    throw new WaktuParseError(text, mode);
  }

  if (mode === 'hariKe') {
    const dayNumber = DAY_NUMBER.exec(t);
    const day = dayNumber ? Number(dayNumber[1]) : 0;
    if (day >= 1) return { kind: 'dayNumber', day };
    throw new WaktuParseError(text, mode);
  }

  if (RANGE_SEPARATOR.test(t)) {
    const range = parseRange(t);
    if (range) return range;
    throw new WaktuParseError(text, mode);
  }

  const minutes = parseDurasi(t);
  if (minutes !== null && minutes > 0) return { kind: 'duration', minutes };
  throw new WaktuParseError(text, mode);
}

/** Whether two time standards are the same. */
export function sameMutuBaku(a: MutuBaku, b: MutuBaku): boolean {
  switch (a.kind) {
    case 'duration':
      return b.kind === 'duration' && a.minutes === b.minutes;
    case 'range':
      return b.kind === 'range' && a.minMinutes === b.minMinutes && a.maxMinutes === b.maxMinutes;
    case 'dayNumber':
      return b.kind === 'dayNumber' && a.day === b.day;
    case 'monthlyOnDay':
      return b.kind === 'monthlyOnDay' && a.day === b.day;
    case 'none':
      return b.kind === 'none';
  }
}
