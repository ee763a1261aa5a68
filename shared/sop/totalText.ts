import { formatAngka } from '../format/number';
import type { Procedure } from './schema';
import {
  formatMenitHariKerja,
  printedBreakdownMismatch,
  printedTotalMismatch,
  procedureTotal,
} from './totals';

/**
 * The total time printed under a procedure, computed from its steps (1 hari kerja =
 * 450 menit), with the total the document printed beside it and a note where they differ.
 */

/**
 * "585 menit (1 hari 2 jam 15 menit)", "390–405 menit", "Hari ke-5", or "-"; followed by
 * "; langkah tanpa waktu tidak dihitung" and the like where steps are left out of the sum.
 */
export function waktuDiperlukan(procedure: Pick<Procedure, 'steps'>): string {
  const total = procedureTotal(procedure);
  const { minMinutes, maxMinutes, lastDay } = total;
  const duration =
    maxMinutes === 0
      ? null
      : minMinutes === maxMinutes
        ? formatMenitHariKerja(minMinutes)
        : `${formatAngka(minMinutes)}–${formatAngka(maxMinutes)} menit`;
  const day = lastDay === null ? null : `Hari ke-${lastDay}`;
  let text = [day, duration].filter((s) => s !== null).join(' ditambah ');
  if (text === '') text = '-';
  const notes: string[] = [];
  if (total.hasUntimedSteps && text !== '-') notes.push('langkah tanpa waktu tidak dihitung');
  if (total.monthlySteps > 0) {
    notes.push(`${total.monthlySteps} langkah rutin setiap bulan tidak dihitung`);
  }
  return [text, ...notes].join('; ');
}

export interface TotalLine {
  text: string;
  /** The lead-in printed bold, e.g. "Waktu yang diperlukan:". */
  lead?: string;
  italics?: boolean;
}

/** The lines under a procedure table. */
export function totalLines(
  procedure: Pick<Procedure, 'steps' | 'printedTotal' | 'printedTotalMinutes'>,
): TotalLine[] {
  const lines: TotalLine[] = [{ lead: 'Waktu yang diperlukan:', text: waktuDiperlukan(procedure) }];
  if (procedure.printedTotal !== null) {
    lines.push({ lead: 'Tertulis di dokumen:', text: procedure.printedTotal });
    const mismatch = printedTotalMismatch(procedure);
    const breakdown = printedBreakdownMismatch(procedure);
    if (mismatch) lines.push({ text: `Catatan: ${mismatch.message}`, italics: true });
    if (breakdown) lines.push({ text: `Catatan: ${breakdown.message}`, italics: true });
  }
  return lines;
}
