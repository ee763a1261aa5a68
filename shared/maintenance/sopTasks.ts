import type { Procedure, Step } from '../sop/schema';
import type { WaktuMode } from '../sop/waktu';
import { parseWaktu } from '../sop/waktu';
import type { Recurrence } from './recurrence';
import { recurrenceFromText } from './recurrence';

/** A recurring task proposed from an SOP step that prints a frequency in its Keterangan. */
export interface SopTaskTemplate {
  procedureKey: 'C' | 'D';
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
 * The recurring tasks of procedure C (Monitoring dan Pemeliharaan) or D (Pengamanan): one per
 * step whose Keterangan reads as a frequency. Other procedures give none.
 */
export function tasksFromProcedure(procedure: Procedure): SopTaskTemplate[] {
  const procedureKey = procedure.key;
  if (procedureKey !== 'C' && procedureKey !== 'D') return [];
  return procedure.steps.flatMap((step) => {
    const rule = recurrenceFromText(step.keterangan);
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
