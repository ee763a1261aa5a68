/**
 * The roles part's events for the audit trail: delegations made and revoked, and steps
 * refused to someone without the role. Every caller is given the reporter (AppServices
 * `rolesEvents`, connected to the audit trail where the services are built); this one
 * function turns what happened into the event and shields the work from a failing reporter.
 */
import type { RolesEvent, RolesEventReporter } from '../../kit/rolesEvents';

export type { RolesEvent, RolesEventKind, RolesEventReporter } from '../../kit/rolesEvents';

export const NO_ROLES_EVENTS: RolesEventReporter = () => undefined;

/** Reports one event; a failing reporter never undoes the work that caused it. */
export function reportRolesEvent(report: RolesEventReporter, event: RolesEvent): void {
  try {
    report(event);
  } catch {
    // The audit hook's failure is its own; the delegation or the refusal stands.
  }
}
