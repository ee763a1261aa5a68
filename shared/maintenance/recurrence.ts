import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  getDaysInMonth,
  getISODay,
  setDate,
  startOfMonth,
} from 'date-fns';
import { z } from 'zod';
import { NAMA_BULAN, NAMA_HARI } from '../format/calendarNames';
import { fromIsoDate, toIsoDate } from '../format/date';

/**
 * How a maintenance task repeats. All dates are local calendar dates 'YYYY-MM-DD'; a day that
 * a month lacks (31 April, 30 February) falls on that month's last day.
 */

/** The longest each month gets; 29 February counts, falling on the 28th in other years. */
const HARI_TERBANYAK = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function bilanganBulat(label: string, min: number, max: number) {
  const error = `${label} harus bilangan bulat ${min} sampai ${max}.`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

export const recurrenceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('harian'), setiap: bilanganBulat('Selang hari', 1, 365) }),
    z.object({
      kind: z.literal('mingguan'),
      setiap: bilanganBulat('Selang minggu', 1, 52),
      /** ISO weekday: 1 = Senin .. 7 = Minggu. */
      hari: bilanganBulat('Hari', 1, 7),
    }),
    z.object({
      kind: z.literal('bulanan'),
      setiap: bilanganBulat('Selang bulan', 1, 12),
      tanggal: bilanganBulat('Tanggal', 1, 31),
    }),
    z
      .object({
        kind: z.literal('tahunan'),
        bulan: bilanganBulat('Bulan', 1, 12),
        tanggal: bilanganBulat('Tanggal', 1, 31),
      })
      .superRefine((r, ctx) => {
        const max = HARI_TERBANYAK[r.bulan - 1];
        if (max !== undefined && r.tanggal > max) {
          ctx.addIssue({
            code: 'custom',
            path: ['tanggal'],
            message: `Tanggal ${r.tanggal} tidak ada di bulan ${NAMA_BULAN[r.bulan - 1]}.`,
          });
        }
      }),
  ],
  { error: 'Jenis pengulangan harus harian, mingguan, bulanan atau tahunan.' },
);
export type Recurrence = z.infer<typeof recurrenceSchema>;

function toDate(iso: string): Date {
  const date = fromIsoDate(iso);
  if (!date) throw new RangeError(`Expected an ISO date 'YYYY-MM-DD', got "${iso}".`);
  return date;
}

/** Dates anchor + k·step days (k ≥ 0) within [lo, to]. */
function everyNDays(anchor: Date, step: number, lo: string, to: string): string[] {
  const out: string[] = [];
  let k = Math.max(0, Math.ceil(differenceInCalendarDays(toDate(lo), anchor) / step));
  for (;;) {
    const iso = toIsoDate(addDays(anchor, k * step));
    if (iso > to) return out;
    if (iso >= lo) out.push(iso);
    k += 1;
  }
}

/** Day `tanggal` (or the last day) of months base + k·step (k ≥ 0) within [lo, to]. */
function everyNMonths(base: Date, step: number, tanggal: number, lo: string, to: string) {
  const out: string[] = [];
  let k = Math.max(0, Math.ceil(differenceInCalendarMonths(toDate(lo), base) / step));
  for (;;) {
    const month = addMonths(base, k * step);
    const iso = toIsoDate(setDate(month, Math.min(tanggal, getDaysInMonth(month))));
    if (iso > to) return out;
    if (iso >= lo) out.push(iso);
    k += 1;
  }
}

/**
 * Every due date d of the rule with mulai ≤ d and from ≤ d ≤ to, ascending. Harian counts
 * from mulai; mingguan starts on the first `hari` on or after mulai; bulanan counts months
 * from mulai's month (its date is skipped when before mulai). Steps by occurrence, never by day.
 */
export function occurrences(rule: Recurrence, mulai: string, from: string, to: string): string[] {
  const start = toDate(mulai);
  toDate(from);
  toDate(to);
  if (!recurrenceSchema.safeParse(rule).success) {
    throw new RangeError(`Invalid recurrence ${JSON.stringify(rule)}.`);
  }
  const lo = mulai > from ? mulai : from;
  if (lo > to) return [];
  switch (rule.kind) {
    case 'harian':
      return everyNDays(start, rule.setiap, lo, to);
    case 'mingguan': {
      const first = addDays(start, (rule.hari - getISODay(start) + 7) % 7);
      return everyNDays(first, 7 * rule.setiap, lo, to);
    }
    case 'bulanan':
      return everyNMonths(startOfMonth(start), rule.setiap, rule.tanggal, lo, to);
    case 'tahunan': {
      const base = toDate(`${lo.slice(0, 4)}-${String(rule.bulan).padStart(2, '0')}-01`);
      return everyNMonths(base, 12, rule.tanggal, lo, to);
    }
  }
}

/** "Setiap 2 minggu, hari Senin", "Setiap bulan, tanggal 31 (atau hari terakhir bulan)". */
export function describeRecurrence(rule: Recurrence): string {
  const setiap = (n: number, unit: string) => (n === 1 ? `Setiap ${unit}` : `Setiap ${n} ${unit}`);
  switch (rule.kind) {
    case 'harian':
      return setiap(rule.setiap, 'hari');
    case 'mingguan':
      return `${setiap(rule.setiap, 'minggu')}, hari ${NAMA_HARI[rule.hari - 1] ?? rule.hari}`;
    case 'bulanan': {
      const akhir = rule.tanggal > 28 ? ' (atau hari terakhir bulan)' : '';
      return `${setiap(rule.setiap, 'bulan')}, tanggal ${rule.tanggal}${akhir}`;
    }
    case 'tahunan': {
      const kabisat =
        rule.bulan === 2 && rule.tanggal === 29 ? ' (28 Februari pada tahun bukan kabisat)' : '';
      return `Setiap tahun, ${rule.tanggal} ${NAMA_BULAN[rule.bulan - 1] ?? rule.bulan}${kabisat}`;
    }
  }
}

// Customary days when the SOP gives only a frequency: the weekly round on Friday, the monthly
// check on the 25th (before month-end reports), the yearly one in mid-December.
const HARI_MINGGUAN = 5;
const TANGGAL_BULANAN = 25;
const TAHUNAN = { bulan: 12, tanggal: 15 } as const;

const UNIT_TEXT = /^(?:setiap\s+(\d{1,3})?|(\d{1,3}))\s*(hari|minggu|bulan|tahun)$/;
const ADJECTIVE = /^(hari|minggu|bulan|tahun)an$/;
const MONTH_DAY = /^(?:(?:tanggal\s+)?(\d{1,2})\s+setiap\s+bulan|setiap\s+tanggal\s+(\d{1,2}))$/;

function fromUnit(unit: string, n: number): unknown {
  switch (unit) {
    case 'hari':
      return { kind: 'harian', setiap: n };
    case 'minggu':
      return { kind: 'mingguan', setiap: n, hari: HARI_MINGGUAN };
    case 'bulan':
      return { kind: 'bulanan', setiap: n, tanggal: TANGGAL_BULANAN };
    case 'tahun':
      return n === 1 ? { kind: 'tahunan', ...TAHUNAN } : null;
    default:
      return null;
  }
}

/**
 * Reads an SOP frequency ("1 Minggu", "1 bulan", "30 setiap bulan", "Harian", "setiap hari")
 * as a rule; null when it is not one ('', "1 Jam").
 */
export function recurrenceFromText(text: string): Recurrence | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  let candidate: unknown = null;
  const day = MONTH_DAY.exec(t);
  const unit = UNIT_TEXT.exec(t);
  const adjective = ADJECTIVE.exec(t);
  if (day) {
    candidate = { kind: 'bulanan', setiap: 1, tanggal: Number(day[1] ?? day[2]) };
  } else if (unit) {
    candidate = fromUnit(unit[3] ?? '', Number(unit[1] ?? unit[2] ?? '1'));
  } else if (adjective) {
    candidate = fromUnit(adjective[1] ?? '', 1);
  }
  const parsed = recurrenceSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
