import { z } from 'zod';
import { requiredText } from '../validation/text';

/**
 * Corrections of a registered request: a cancellation (the number stays used, nothing is
 * deleted) and the time checks a corrected received time or step time must pass. Each
 * correction is an ordinary field write, so it syncs by per-field last-writer-wins and the
 * audit trail keeps who, when and the value before.
 */

/** The reason every correction carries ("Alasan perubahan"). */
export const correctionReasonSchema = requiredText('Alasan perubahan', 500);

/** Why, by whom and when: what a cancellation and each correction carry. */
const reasonedSchema = (label: string) =>
  z.object({
    alasan: requiredText(label, 500),
    /** The signed-in person who made it. */
    olehPersonId: z.string().min(1),
    pada: z.iso.datetime({ offset: true }),
  });

/** A request cancelled because it was registered by mistake (Dibatalkan). */
export const cancellationSchema = reasonedSchema('Alasan pembatalan');
export type Cancellation = z.output<typeof cancellationSchema>;

/**
 * The latest correction of a request or a step record, written with the corrected fields so
 * that the history shows the reason beside what was there before.
 */
export const correctionSchema = reasonedSchema('Alasan perubahan');
export type Correction = z.output<typeof correctionSchema>;

/** Whether a request is cancelled (older rows have no field at all). */
export function isCancelled(request: { pembatalan?: Cancellation | null }): boolean {
  return request.pembatalan != null;
}

/** The Ket. of a cancelled request on the Daftar and the Formulir. */
export function cancellationNote(cancellation: Cancellation): string {
  return `Dibatalkan: ${cancellation.alasan}`;
}

/**
 * Why a corrected received time is refused, or null when it is fine: it must come before
 * the first recorded step (the steps' clocks start from it).
 */
export function receivedTimeProblem(
  diterimaPada: string,
  stepTimes: readonly string[],
): string | null {
  const received = new Date(diterimaPada).getTime();
  if (Number.isNaN(received)) return 'Tanggal dan jam terima tidak valid.';
  const first = Math.min(...stepTimes.map((t) => new Date(t).getTime()));
  if (stepTimes.length > 0 && received > first) {
    return 'Waktu terima harus sebelum langkah pertama yang sudah dicatat.';
  }
  return null;
}

/** One recorded step as the time check sees it. */
export interface StepTime {
  stepNo: number;
  selesaiPada: string;
}

/**
 * Why a corrected step time is refused, or null: it must fall after the received time and
 * the previous step, and before the next recorded step, so the order of steps never changes.
 */
export function stepTimeProblem(
  stepNo: number,
  selesaiPada: string,
  diterimaPada: string,
  steps: readonly StepTime[],
): string | null {
  const time = new Date(selesaiPada).getTime();
  if (Number.isNaN(time)) return 'Waktu selesai tidak valid.';
  if (time < new Date(diterimaPada).getTime()) {
    return 'Waktu langkah tidak boleh sebelum permintaan diterima.';
  }
  const before = steps.filter((s) => s.stepNo < stepNo);
  const after = steps.filter((s) => s.stepNo > stepNo);
  if (before.some((s) => new Date(s.selesaiPada).getTime() > time)) {
    return 'Waktu langkah tidak boleh sebelum langkah sebelumnya.';
  }
  if (after.some((s) => new Date(s.selesaiPada).getTime() < time)) {
    return 'Waktu langkah tidak boleh sesudah langkah berikutnya.';
  }
  return null;
}

/**
 * Whether a step's decision may be corrected: only on the last recorded step, so a
 * correction never changes which steps are done.
 */
export function mayCorrectDecision(stepNo: number, steps: readonly StepTime[]): boolean {
  return steps.every((s) => s.stepNo <= stepNo);
}
