// The policy feature (SOP A) as other features may use it; anything else here is its own.
export { policyWaitingFor } from './policyWaiting';
export type { PolicyWaitingItem } from './policyWaiting';
export { programForReport } from './programForReport';
