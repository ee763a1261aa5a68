// The audit feature as other features may use it; anything else in this folder is its own.
export { RecordHistory } from './RecordHistory';
export { recordAuditEvent, type AuditEvent } from './recordEvent';
