import type { Procedure, Step } from '../sop/schema';
import { progressOf, type Progress, type RecordedStep } from '../requests/workflow';
import type { ProgramStatus } from './schema';

/**
 * What a step of procedure A means to the Rencana Program TI, read from the step's own words
 * so every court's variant works (Mukomuko's step 4 and Ternate's step 3 both read "Menetapkan
 * Kebijakan strategis ..."): the adopting step makes the programme "Ditetapkan"; the step that
 * gathers the regulations ("regulasi") updates the register of IT regulations.
 */
export type PolicyStepRole = 'penetapan' | 'regulasi' | 'plain';

const words = (step: Step) => `${step.kegiatan} ${step.output}`.toLowerCase();

/** The step that adopts the programme: the one that "menetapkan", else the last decision. */
export function penetapanStep(procedure: Pick<Procedure, 'steps'>): Step | undefined {
  const named = procedure.steps.find((s) => /\bmenetapkan\b/.test(s.kegiatan.toLowerCase()));
  if (named) return named;
  const decisions = procedure.steps.filter((s) => s.kind === 'decision');
  return decisions[decisions.length - 1] ?? procedure.steps[procedure.steps.length - 1];
}

/** The step that gathers the regulations, or undefined when the variant has none. */
export function regulasiStep(procedure: Pick<Procedure, 'steps'>): Step | undefined {
  return procedure.steps.find((s) => /regulasi|peraturan/.test(words(s)));
}

export function policyStepRole(procedure: Pick<Procedure, 'steps'>, step: Step): PolicyStepRole {
  if (penetapanStep(procedure)?.no === step.no) return 'penetapan';
  if (regulasiStep(procedure)?.no === step.no) return 'regulasi';
  return 'plain';
}

/**
 * Where a programme stands on procedure A: the generic step order of shared/requests/workflow
 * (a rejection at a decision step ends it). A programme keeps running after its adoption:
 * the remaining steps (the regulations) are still A's.
 */
export function programProgress(
  procedure: Pick<Procedure, 'steps'>,
  records: readonly RecordedStep[],
  status: ProgramStatus,
  dimulaiPada: string,
): Progress {
  return progressOf(procedure, records, status === 'ditolak' ? 'ditolak' : 'berjalan', dimulaiPada);
}

export interface StepOutcome {
  status: ProgramStatus;
  /** When the programme was adopted, set by the adopting step. */
  ditetapkanPada: string | null;
}

/** The programme's status after a step is recorded with its decision. */
export function outcomeOf(
  procedure: Pick<Procedure, 'steps'>,
  step: Step,
  keputusan: 'lanjut' | 'tolak' | null,
  selesaiPada: string,
  before: StepOutcome,
): StepOutcome {
  if (keputusan === 'tolak') return { status: 'ditolak', ditetapkanPada: null };
  if (policyStepRole(procedure, step) === 'penetapan') {
    return { status: 'ditetapkan', ditetapkanPada: selesaiPada };
  }
  return before;
}
