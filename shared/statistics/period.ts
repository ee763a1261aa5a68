import { z } from 'zod';
import { toIsoDate } from '../format/date';
import { NAMA_BULAN } from '../format/calendarNames';
import { toRoman } from '../format/roman';

/**
 * The period the statistics and the annual report cover: a month, a quarter (triwulan) or a
 * year. Ranges are local days, [from, to), so a request received at 23.59 on the last day of
 * a month counts in that month.
 */
export const PERIOD_KINDS = ['bulan', 'triwulan', 'tahun'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  bulan: 'Bulan',
  triwulan: 'Triwulan',
  tahun: 'Tahun',
};

export const statPeriodSchema = z
  .object({
    jenis: z.enum(PERIOD_KINDS),
    tahun: z.number().int().min(2000).max(2999),
    /** Month 1..12 or quarter 1..4; 1 for a year. */
    ke: z.number().int().min(1).max(12),
  })
  .refine((p) => p.jenis !== 'triwulan' || p.ke <= 4, { message: 'Triwulan 1 sampai 4.' });
export type StatPeriod = z.output<typeof statPeriodSchema>;

/** The first and last month (1..12) of the period. */
export function periodMonths(p: StatPeriod): { first: number; last: number } {
  switch (p.jenis) {
    case 'bulan':
      return { first: p.ke, last: p.ke };
    case 'triwulan':
      return { first: p.ke * 3 - 2, last: p.ke * 3 };
    case 'tahun':
      return { first: 1, last: 12 };
  }
}

export interface PeriodRange {
  /** Epoch milliseconds of the first local midnight, inclusive. */
  fromMs: number;
  /** Epoch milliseconds of the local midnight after the period, exclusive. */
  toMs: number;
  /** ISO dates of the first and the last day, inclusive. */
  fromIso: string;
  toIso: string;
}

export function periodRange(p: StatPeriod): PeriodRange {
  const { first, last } = periodMonths(p);
  const from = new Date(p.tahun, first - 1, 1);
  const to = new Date(p.tahun, last, 1);
  return {
    fromMs: from.getTime(),
    toMs: to.getTime(),
    fromIso: toIsoDate(from),
    toIso: toIsoDate(new Date(p.tahun, last, 0)),
  };
}

/** "November 2026", "Triwulan IV 2026", "Tahun 2026". */
export function periodLabel(p: StatPeriod): string {
  switch (p.jenis) {
    case 'bulan':
      return `${NAMA_BULAN[p.ke - 1] ?? ''} ${p.tahun}`;
    case 'triwulan':
      return `Triwulan ${toRoman(p.ke)} ${p.tahun}`;
    case 'tahun':
      return `Tahun ${p.tahun}`;
  }
}

/** The period of the given kind holding `date`. */
export function periodOf(jenis: PeriodKind, date: Date): StatPeriod {
  const month = date.getMonth() + 1;
  const ke = jenis === 'bulan' ? month : jenis === 'triwulan' ? Math.ceil(month / 3) : 1;
  return { jenis, tahun: date.getFullYear(), ke };
}
