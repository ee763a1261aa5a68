import { z } from 'zod';
import type { Procedure } from '../sop/schema';
import { judgeStep } from './lateness';
import {
  dispositionSchema,
  levelSchema,
  type Disposition,
  type Level,
  type RequestStatus,
} from './schema';
import { readStepRecords, stepSettlementSchema } from './stepConflicts';
import type { RecordedStep } from './workflow';
import type { OfficeHours } from './workingTime';

/**
 * What a step record set on its request (the disposition step its Lembar Disposisi, the
 * priority step urgency, impact and priority), kept on the record too, so that settling a
 * step recorded twice can put the kept record's values back on the request. Records made
 * before this was kept carry none of them.
 */
export interface StepEffects {
  disposisi?: Disposition | null;
  urgensi?: Level | null;
  dampak?: Level | null;
  prioritas?: Level | null;
}

/** The same, for a record read from another PC (every field absent on older records). */
export const stepEffectsSchema = z.object({
  disposisi: dispositionSchema.nullable().optional(),
  urgensi: levelSchema.nullable().optional(),
  dampak: levelSchema.nullable().optional(),
  prioritas: levelSchema.nullable().optional(),
});

/**
 * Everything a step row holds beyond `stepRecordSchema`: for reading a row another PC wrote
 * (a schema that strips unknown keys must keep these, or settlements would vanish on apply).
 */
export const stepRowExtrasSchema = stepEffectsSchema.extend({
  penyelesaian: stepSettlementSchema.nullable().optional(),
});

export type EffectRecord = RecordedStep & StepEffects;

/** The request fields the steps decide. */
export interface StepDrivenFields {
  langkahTerakhir: number;
  langkahMulai: string;
  adaTerlambat: boolean;
  status: RequestStatus;
  selesaiPada: string | null;
  disposisi?: Disposition | null;
  urgensi?: Level | null;
  dampak?: Level | null;
  prioritas?: Level | null;
}

interface RequestState {
  status: RequestStatus;
  diterimaPada: string;
  selesaiPada: string | null;
}

/**
 * The request fields as the records that count say them, read again from every step: used
 * after a settlement, so the request carries the kept record's values on every PC. A
 * request the requester already confirmed stays closed; a rejection set aside reopens it.
 */
export function stepDrivenFields(
  procedure: Pick<Procedure, 'steps'>,
  records: readonly EffectRecord[],
  request: RequestState,
  hours: OfficeHours,
): StepDrivenFields {
  const byStep = new Map(readStepRecords(records).effective.map((r) => [r.stepNo, r]));
  const out: StepDrivenFields = {
    langkahTerakhir: 0,
    langkahMulai: request.diterimaPada,
    adaTerlambat: false,
    status: request.status === 'selesai' ? 'selesai' : 'berjalan',
    selesaiPada: request.status === 'selesai' ? request.selesaiPada : null,
  };
  let startedAt = request.diterimaPada;
  for (const step of procedure.steps) {
    const record = byStep.get(step.no);
    if (!record) break;
    const judged = judgeStep({
      mutuBaku: step.mutuBaku,
      startedAt: new Date(startedAt),
      finishedAt: new Date(record.selesaiPada),
      receivedAt: new Date(request.diterimaPada),
      hours,
    });
    out.adaTerlambat ||= judged.late;
    out.langkahTerakhir = step.no;
    out.langkahMulai = record.selesaiPada;
    startedAt = record.selesaiPada;
    if (record.disposisi) out.disposisi = record.disposisi;
    if (record.urgensi && record.dampak && record.prioritas) {
      out.urgensi = record.urgensi;
      out.dampak = record.dampak;
      out.prioritas = record.prioritas;
    }
    if (record.keputusan === 'tolak' && out.status !== 'selesai') {
      out.status = 'ditolak';
      out.selesaiPada = record.selesaiPada;
      break;
    }
  }
  return out;
}
