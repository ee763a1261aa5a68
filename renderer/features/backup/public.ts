// The backup feature as other features and the shell may use it.
export { BackupPanel } from './BackupPanel';
export { BackupScheduler } from './BackupScheduler';
export { RestorePanel } from './RestorePanel';
