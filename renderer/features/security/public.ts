// The security feature as other features may use it; anything else in this folder is its own.
export { BackupWarnings } from './BackupWarnings';
export {
  backupItemsSaved,
  listBackups,
  listNetworkChecks,
  listUats,
  readBackupItems,
  saveBackupItems,
  recordBackup,
  recordNetworkCheck,
  recordUat,
} from './securityStore';
