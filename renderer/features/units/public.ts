// The units feature as other features may use it; anything else in this folder is its own.
export { defaultUnitId, listUnits, seedDefaultUnits } from './unitsStore';
