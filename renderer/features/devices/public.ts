// The devices feature as other features may use it; anything else in this folder is its own.
export { listDevices, saveDevice } from './deviceStore';
export { listDeviceTypes, useDeviceTypes } from './deviceTypeStore';
export { DEVICES_SCREEN } from './deviceFilter';
export { findDevices, type FoundDevice } from './findDevices';
