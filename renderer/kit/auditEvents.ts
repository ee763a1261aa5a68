/**
 * An event for the audit trail that is not a row's change: a sign-in, a lock, a print, a
 * sync cycle. The app builds the reporter (app/bootstrap.ts) from features/audit; features
 * report through AppServices.audit and so import no audit code.
 */
export interface AuditEventInput {
  kind: string;
  table?: string;
  recordId?: string;
  detail?: Record<string, unknown>;
}

export type AuditEventReporter = (event: AuditEventInput) => Promise<void>;
