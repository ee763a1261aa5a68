// The sop feature as other features may use it; anything else in this folder is its own.
export { readActiveProcedure, readActiveProcedures, setActiveProcedure } from './activeProcedures';
export { getSopAtRevision } from './sopCatalog';
