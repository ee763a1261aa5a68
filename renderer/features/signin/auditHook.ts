import type { SigninReport } from './signinEvents';

/**
 * Where sign-in events reach the audit trail. The audit part's recordAuditEvent is not in
 * this branch; the lead connects it here after merging (issue #13).
 */
export const reportToAudit: SigninReport = () => undefined;
