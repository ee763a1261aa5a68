import type {
  PolicyStepExtras,
  PolicyStepFields,
  ProgramFields,
  ProgramItemFields,
  RegulasiFields,
  SkTimFields,
  UsulanFields,
} from '../../shared/policy/schema';
import type { StepSettlement } from '../../shared/requests/stepConflicts';
import type { SyncedRow } from './rows';

/** A proposal received from a unit (SOP A, Form Usulan Program Kerja dan Anggaran TI). */
export type PolicyProposalRow = SyncedRow & UsulanFields;
/** A year's Rencana Program TI as it runs through procedure A. */
export type PolicyProgramRow = SyncedRow & ProgramFields;
/** One programme line of a Rencana Program TI. */
export type PolicyProgramItemRow = SyncedRow & ProgramItemFields;
/** One step of procedure A recorded on a programme. */
export type PolicyStepRow = SyncedRow &
  PolicyStepFields &
  PolicyStepExtras & { penyelesaian?: StepSettlement | null };
/**
 * One regulation in the register of IT regulations. Rows written before regulations took
 * attachments (or by such an app on another PC) have no `lampiran`.
 */
export type RegulationRow = SyncedRow &
  Omit<RegulasiFields, 'lampiran'> & { lampiran?: RegulasiFields['lampiran'] };
/** The SK Tim TI of a year (id 'sk-tim-YYYY'). */
export type PolicyDecreeRow = SyncedRow & SkTimFields;

export interface PolicyTables {
  policyProposals: PolicyProposalRow;
  policyPrograms: PolicyProgramRow;
  policyProgramItems: PolicyProgramItemRow;
  policySteps: PolicyStepRow;
  regulations: RegulationRow;
  policyDecrees: PolicyDecreeRow;
}
