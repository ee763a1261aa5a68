// The requests feature as other features may use it; anything else in this folder is its own.
export { StepConflictWarnings } from './StepConflictWarnings';
export { signerOf } from './requestPrints';
export { readRequestSettings } from './requestSettings';
export { registerRequest } from './requestStore';
export { HolidayListWarning } from './settings/HolidayListWarning';
export { REGISTER_SCREEN } from './registerFilter';
export { findRequests, type FoundRequest } from './findRequests';
export { lateRequestIds } from './requestProcedures';
export { cancelRequest } from './requestCancellation';
