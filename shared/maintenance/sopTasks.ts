import type { Procedure, Step } from '../sop/schema';
import type { WaktuMode } from '../sop/waktu';
import { parseWaktu } from '../sop/waktu';
import type { Recurrence } from './recurrence';
import { recurrenceFromText } from './recurrence';

/** A recurring task proposed from an SOP step that prints a frequency in its Keterangan. */
export interface SopTaskTemplate {
  procedureKey: 'C' | 'D' | 'F';
  stepNo: number;
  judul: string;
  rule: Recurrence;
  durasiMenit: number | null;
}

/** The minutes of a single duration ("1 Jam" → 60); null for ranges, day numbers and the rest. */
function durasiMenit(waktu: string, mode: WaktuMode): number | null {
  try {
    const mutuBaku = parseWaktu(waktu, mode);
    return mutuBaku.kind === 'duration' ? mutuBaku.minutes : null;
  } catch {
    return null;
  }
}

function judulOf(step: Step): string {
  return step.kegiatan.trim().replace(/\s*\.+$/, '');
}

/**
 * What SOP F's "secara berkala" (periodically) becomes when the SOP names no frequency: monthly,
 * on the 1st, which the office may change on the schedule.
 */
export const BERKALA_DEFAULT: Recurrence = { kind: 'bulanan', setiap: 1, tanggal: 1 };

/** F's recurring steps: the Keterangan's frequency, else "secara berkala" in the kegiatan. */
function ruleOf(procedureKey: 'C' | 'D' | 'F', step: Step): Recurrence | null {
  const rule = recurrenceFromText(step.keterangan);
  if (rule !== null || procedureKey !== 'F') return rule;
  return /\bberkala\b/i.test(step.kegiatan) ? BERKALA_DEFAULT : null;
}

/**
 * The recurring tasks of procedure C (Monitoring dan Pemeliharaan), D (Pengamanan) or F
 * (Pemeliharaan Website): one per step whose Keterangan reads as a frequency, and in F each
 * step done "secara berkala" (monthly unless the office changes it). Others give none.
 */
export function tasksFromProcedure(procedure: Procedure): SopTaskTemplate[] {
  const procedureKey = procedure.key;
  if (procedureKey !== 'C' && procedureKey !== 'D' && procedureKey !== 'F') return [];
  return procedure.steps.flatMap((step) => {
    const rule = ruleOf(procedureKey, step);
    if (rule === null) return [];
    return [
      {
        procedureKey,
        stepNo: step.no,
        judul: judulOf(step),
        rule,
        durasiMenit: durasiMenit(step.waktu, procedure.waktuMode),
      },
    ];
  });
}
