export { NO_ROLES_EVENTS, reportRolesEvent } from './delegationEvents';
export type { RolesEvent, RolesEventReporter } from './delegationEvents';
export { atasNamaOf, permissionFor, permissionForRoles, readStepAuthority } from './stepAuthority';
export type { StepAuthority } from './stepAuthority';
export { checkStepTurn } from './stepTurn';
export type { StepTurn, StepTurnInput } from './stepTurn';
export { ActingSigner } from './ActingSigner';
export { ActorRolesPanel } from './ActorRolesPanel';
export { addDelegation, revokeDelegation } from './delegationStore';
