import type { MejaApi } from '../../shared/api/contract';
import type { MejaDatabase } from '../db/database';
import type { WriteContext } from '../db/repository';
import type { AuditEventReporter } from './auditEvents';
import type { RolesEventReporter } from './rolesEvents';

/** What every screen uses: built once at start-up by the app (app/bootstrap.ts). */
export interface AppServices {
  db: MejaDatabase;
  api: MejaApi;
  write: WriteContext;
  /** Changes who this PC's writes are attributed to. */
  setActor(personId: string | null): void;
  /** Where delegations made/revoked and refused steps are reported (the audit trail). */
  rolesEvents?: RolesEventReporter;
  /** Appends an event (sign-in, lock, sync) to this PC's audit chain. */
  audit?: AuditEventReporter;
}
