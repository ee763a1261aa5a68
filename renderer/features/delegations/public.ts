export { NO_ROLES_EVENTS, reportRolesEvent } from './delegationEvents';
export type { RolesEvent, RolesEventReporter } from './delegationEvents';
export { atasNamaOf, permissionFor, readStepAuthority } from './stepAuthority';
export type { StepAuthority } from './stepAuthority';
