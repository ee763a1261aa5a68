/**
 * Events of who may record what, for the audit trail: delegations made and revoked, and steps
 * refused to someone without the role. The app gives screens the reporter (AppServices
 * `rolesEvents`); features/delegations turns what happened into these events.
 */
export type RolesEventKind = 'delegasi.dibuat' | 'delegasi.dicabut' | 'langkah.ditolak';

export interface RolesEvent {
  kind: RolesEventKind;
  table?: string;
  recordId?: string;
  detail: Record<string, string | number | boolean | null>;
}

export type RolesEventReporter = (event: RolesEvent) => void;
