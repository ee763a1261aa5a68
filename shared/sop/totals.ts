import { formatAngka } from '../format/number';
import type { Procedure } from './schema';
import { HARI_KERJA_MENIT, JAM_MENIT, parseDurasi } from './waktu';

export interface ProcedureTotal {
  /**
   * 'duration': the steps are timed in minutes (ranges included); 'dayNumber': the steps
   * are timed as "Hari ke"; 'mixed': both kinds occur.
   */
  kind: 'duration' | 'dayNumber' | 'mixed';
  /** Sum of the duration steps, ranges counted at their lower bound. */
  minMinutes: number;
  /** Sum of the duration steps, ranges counted at their upper bound. */
  maxMinutes: number;
  /** For "Hari ke" steps: the last day number (the highest), else null. */
  lastDay: number | null;
  /** Some step has no time printed; it counts for nothing in the sums. */
  hasUntimedSteps: boolean;
  /** Steps done monthly on a given day ("30 setiap bulan"): recurring, outside both totals. */
  monthlySteps: number;
}

/** The time a procedure takes, computed from its steps' time standards. */
export function procedureTotal(p: Pick<Procedure, 'steps'>): ProcedureTotal {
  let minMinutes = 0;
  let maxMinutes = 0;
  let lastDay: number | null = null;
  let hasDurations = false;
  let hasUntimedSteps = false;
  let monthlySteps = 0;
  for (const { mutuBaku: m } of p.steps) {
    switch (m.kind) {
      case 'duration':
        hasDurations = true;
        minMinutes += m.minutes;
        maxMinutes += m.minutes;
        break;
      case 'range':
        hasDurations = true;
        minMinutes += m.minMinutes;
        maxMinutes += m.maxMinutes;
        break;
      case 'dayNumber':
        lastDay = Math.max(lastDay ?? 0, m.day);
        break;
      case 'monthlyOnDay':
        monthlySteps += 1;
        break;
      case 'none':
        hasUntimedSteps = true;
        break;
    }
  }
  const kind = lastDay === null ? 'duration' : hasDurations ? 'mixed' : 'dayNumber';
  return { kind, minMinutes, maxMinutes, lastDay, hasUntimedSteps, monthlySteps };
}

/** "1 hari 2 jam 15 menit" for 585, in working days of 450 minutes; "0 menit" for 0. */
export function rincianHariKerja(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const hari = Math.floor(total / HARI_KERJA_MENIT);
  // A working day is not a whole number of hours, so hours and minutes come from the rest.
  const rest = total % HARI_KERJA_MENIT;
  const jam = Math.floor(rest / JAM_MENIT);
  const menit = rest % JAM_MENIT;
  const parts = [
    hari > 0 ? `${formatAngka(hari)} hari` : '',
    jam > 0 ? `${jam} jam` : '',
    menit > 0 ? `${menit} menit` : '',
  ].filter((s) => s !== '');
  return parts.length > 0 ? parts.join(' ') : '0 menit';
}

/**
 * Minutes with their breakdown in working days of 450 minutes:
 * 585 -> "585 menit (1 hari 2 jam 15 menit)", 1350 -> "1.350 menit (3 hari)", 45 -> "45 menit".
 */
export function formatMenitHariKerja(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const menit = `${formatAngka(total)} menit`;
  return total < JAM_MENIT ? menit : `${menit} (${rincianHariKerja(total)})`;
}

/**
 * The figures of a printed total, each in minutes: "585 menit/ 1 hari 2 jam 25 menit" ->
 * [585, 595]. Null when a part cannot be read as a duration.
 */
export function printedTotalParts(text: string): number[] | null {
  const parts = text.split('/').map((s) => s.trim());
  const minutes = parts.map(parseDurasi);
  return minutes.every((m): m is number => m !== null) ? minutes : null;
}

export interface PrintedTotalMismatch {
  printedMinutes: number;
  /** The computed total; its lower bound when ranges make it a span. */
  computedMinutes: number;
  /** The upper bound of the computed total (equal to computedMinutes without ranges). */
  computedMaxMinutes: number;
  message: string;
}

/**
 * Null when the document prints no total in minutes, when its steps are not timed in minutes,
 * or when the printed total agrees with the steps; otherwise where and by how much it differs.
 */
export function printedTotalMismatch(
  p: Pick<Procedure, 'steps' | 'printedTotalMinutes'>,
): PrintedTotalMismatch | null {
  const printed = p.printedTotalMinutes;
  if (printed === null || printed === undefined) return null;
  const total = procedureTotal(p);
  if (total.kind !== 'duration') return null;
  const { minMinutes, maxMinutes } = total;
  if (printed >= minMinutes && printed <= maxMinutes) return null;
  const computed =
    minMinutes === maxMinutes
      ? `${formatAngka(minMinutes)} menit`
      : `antara ${formatAngka(minMinutes)} dan ${formatAngka(maxMinutes)} menit`;
  const untimed = total.hasUntimedSteps ? ' Langkah tanpa waktu tidak ikut dihitung.' : '';
  return {
    printedMinutes: printed,
    computedMinutes: minMinutes,
    computedMaxMinutes: maxMinutes,
    message:
      `Total waktu tertulis di dokumen ${formatAngka(printed)} menit, ` +
      `sedangkan jumlah waktu langkah-langkahnya ${computed}.${untimed}`,
  };
}

export interface PrintedBreakdownMismatch {
  printedMinutes: number;
  /** The printed figure that disagrees, e.g. "1 hari 2 jam 25 menit". */
  breakdownText: string;
  breakdownMinutes: number;
  message: string;
}

/**
 * Whether a printed total contradicts itself: "585 menit/ 1 hari 2 jam 25 menit" says 585 and
 * then 595 minutes (585 = 1 hari 2 jam 15 menit). Null when it has one figure or they agree.
 */
export function printedBreakdownMismatch(
  p: Pick<Procedure, 'printedTotal'>,
): PrintedBreakdownMismatch | null {
  if (p.printedTotal === null) return null;
  const texts = p.printedTotal.split('/').map((s) => s.trim());
  const minutes = printedTotalParts(p.printedTotal);
  const printed = minutes?.[0];
  if (!minutes || printed === undefined) return null;
  const i = minutes.findIndex((m) => m !== printed);
  const breakdownMinutes = minutes[i];
  const breakdownText = texts[i];
  if (i < 0 || breakdownMinutes === undefined || breakdownText === undefined) return null;
  return {
    printedMinutes: printed,
    breakdownText,
    breakdownMinutes,
    message:
      `Rincian total di dokumen "${breakdownText}" sama dengan ${formatAngka(breakdownMinutes)} menit, ` +
      `bukan ${formatAngka(printed)} menit; ${formatAngka(printed)} menit = ${rincianHariKerja(printed)}.`,
  };
}
