/** What sign-in tells the audit trail; the lead connects `report` to recordAuditEvent. */
export interface SigninEvent {
  kind:
    'signin' | 'signin.failed' | 'signin.lockout' | 'lock' | 'pin.set' | 'pin.reset' | 'recovery';
  personId?: string;
  detail?: Record<string, unknown>;
}

export type SigninReport = (event: SigninEvent) => void | Promise<void>;

/**
 * The one place sign-in events leave this feature. A failing report never stops a sign-in or
 * a lock: the event is lost, the PC stays usable.
 */
export async function reportSigninEvent(report: SigninReport, event: SigninEvent): Promise<void> {
  try {
    await report(event);
  } catch {
    // The audit's own failures are its to show; sign-in goes on.
  }
}
