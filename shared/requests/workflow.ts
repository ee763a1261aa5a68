import type { Procedure, Step } from '../sop/schema';
import type { RequestStatus } from './schema';
import { readStepRecords, type SettleableStep } from './stepConflicts';

/**
 * What a step of procedure B asks the app to record, read from the SOP's own data so any
 * court's variant works: reception is the first step; the disposition step is the one whose
 * kelengkapan or kegiatan names the disposition; the priority step names "prioritas";
 * decision steps (consideration, approval) can reject; the last step is the handling.
 */
export type StepRole = 'reception' | 'disposition' | 'priority' | 'decision' | 'handling' | 'plain';

export function stepRole(procedure: Pick<Procedure, 'steps'>, step: Step): StepRole {
  const first = procedure.steps[0];
  const last = procedure.steps[procedure.steps.length - 1];
  const words = `${step.kegiatan} ${step.kelengkapan}`.toLowerCase();
  if (step === first || step.no === first?.no) return 'reception';
  if (step.no === last?.no) return 'handling';
  if (words.includes('disposisi')) return 'disposition';
  if (words.includes('prioritas')) return 'priority';
  if (step.kind === 'decision') return 'decision';
  return 'plain';
}

export interface RecordedStep extends SettleableStep {
  stepNo: number;
  selesaiPada: string;
  keputusan: 'lanjut' | 'tolak' | null;
}

export interface Progress {
  /** The next step to record, or null when every step is done or the request is closed. */
  next: Step | null;
  /** When the next step's clock started: the previous step's end, or the reception. */
  nextStartedAt: string;
  /** Every step is recorded and the requester's confirmation is what remains. */
  awaitingClosure: boolean;
  /** Steps done, in SOP order. */
  doneCount: number;
}

/**
 * Where a request stands on its procedure: steps are recorded in the SOP's order; a
 * rejection at a decision step ends the request. A step recorded twice (two PCs apart)
 * counts once: the record kept, or while unsettled the first (stepConflicts.ts); a record
 * set aside counts nowhere.
 */
export function progressOf(
  procedure: Pick<Procedure, 'steps'>,
  records: readonly RecordedStep[],
  status: RequestStatus,
  diterimaPada: string,
): Progress {
  const byStep = new Map(readStepRecords(records).effective.map((r) => [r.stepNo, r]));
  let startedAt = diterimaPada;
  let doneCount = 0;
  for (const step of procedure.steps) {
    const record = byStep.get(step.no);
    if (!record) {
      const open = status === 'berjalan';
      return {
        next: open ? step : null,
        nextStartedAt: startedAt,
        awaitingClosure: false,
        doneCount,
      };
    }
    doneCount++;
    startedAt = record.selesaiPada;
  }
  return {
    next: null,
    nextStartedAt: startedAt,
    awaitingClosure: status === 'berjalan',
    doneCount,
  };
}

/** When each recorded step started: the end of the step before it, or the reception. */
export function stepStarts(
  procedure: Pick<Procedure, 'steps'>,
  records: readonly RecordedStep[],
  diterimaPada: string,
): Map<number, string> {
  const byStep = new Map(readStepRecords(records).effective.map((r) => [r.stepNo, r]));
  const starts = new Map<number, string>();
  let previous = diterimaPada;
  for (const step of procedure.steps) {
    const record = byStep.get(step.no);
    if (!record) break;
    starts.set(step.no, previous);
    previous = record.selesaiPada;
  }
  return starts;
}
