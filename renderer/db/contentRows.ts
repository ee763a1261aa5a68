import type {
  ContentFields,
  ContentStepExtras,
  ContentStepFields,
} from '../../shared/content/schema';
import type { MandatoryInfoFields } from '../../shared/content/mandatoryInfo';
import type { StepSettlement } from '../../shared/requests/stepConflicts';
import type { SyncedRow } from './rows';

/** A website content item as it runs through procedure E. */
export type ContentItemRow = SyncedRow & ContentFields;
/** One step of procedure E recorded on a content item. */
export type ContentStepRow = SyncedRow &
  ContentStepFields &
  ContentStepExtras & { penyelesaian?: StepSettlement | null };
/** One item of the Informasi Wajib checklist. */
export type MandatoryInfoRow = SyncedRow & MandatoryInfoFields;

export interface ContentTables {
  contentItems: ContentItemRow;
  contentSteps: ContentStepRow;
  mandatoryInfo: MandatoryInfoRow;
}
