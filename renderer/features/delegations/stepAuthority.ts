import type { Procedure, Step } from '../../../shared/sop/schema';
import { toIsoDate } from '../../../shared/format/date';
import {
  ACTOR_ROLES_FIELD,
  ACTOR_ROLES_SETTINGS_ID,
  actorRoleMapSchema,
  rolesPermission,
  stepPermission,
  type ActorRoleMap,
  type StepActorRole,
  type AtasNama,
  type StepPermission,
} from '../../../shared/office/stepActors';
import type { MejaDatabase } from '../../db/database';
import { putRow, type WriteContext } from '../../db/repository';
import { sortOutRows } from '../../db/rowReading';
import type { DelegationRow, PersonRow } from '../../db/rows';
import { listDelegations, requireAdministrator } from './delegationStore';

/** The office's actor → role mapping; a missing or damaged one reads as none. */
export async function readActorRoleMap(db: MejaDatabase): Promise<ActorRoleMap> {
  const row = await db.settings.get(ACTOR_ROLES_SETTINGS_ID);
  const parsed = actorRoleMapSchema.safeParse(
    row && !row._deleted ? row[ACTOR_ROLES_FIELD] : undefined,
  );
  return parsed.success ? parsed.data : {};
}

export async function saveActorRoleMap(ctx: WriteContext, mapping: ActorRoleMap): Promise<void> {
  const parsed = actorRoleMapSchema.parse(mapping);
  await requireAdministrator(ctx);
  await putRow(ctx, 'settings', ACTOR_ROLES_SETTINGS_ID, { [ACTOR_ROLES_FIELD]: parsed });
}

/** What deciding who may record a step needs from the database. */
export interface StepAuthority {
  people: PersonRow[];
  delegations: DelegationRow[];
  mapping: ActorRoleMap;
}

export async function readStepAuthority(db: MejaDatabase): Promise<StepAuthority> {
  const { rows } = sortOutRows('people', await db.people.toArray());
  return {
    people: rows.filter((p) => !p._deleted),
    delegations: await listDelegations(db),
    mapping: await readActorRoleMap(db),
  };
}

/** Who may record `step` at `when`, for the signed-in person `userId`. */
export function permissionFor(
  authority: StepAuthority,
  procedure: Pick<Procedure, 'actors'>,
  step: Pick<Step, 'actorIds'>,
  userId: string | null,
  when: Date,
): StepPermission {
  return stepPermission({ procedure, step, userId, day: toIsoDate(when), ...authority });
}

/** Who may do an act of the given roles at `when` (a UAT's consideration or approval). */
export function permissionForRoles(
  authority: StepAuthority,
  actors: readonly StepActorRole[],
  userId: string | null,
  when: Date,
): StepPermission {
  const { people, delegations } = authority;
  return rolesPermission({ actors, userId, people, delegations, day: toIsoDate(when) });
}

/** The record of a delegate's act: on whose behalf, under which letter. */
export function atasNamaOf(permission: StepPermission): AtasNama | null {
  if (permission.kind !== 'delegate') return null;
  return {
    personId: permission.official.id,
    jenis: permission.delegation.jenis,
    nomorSurat: permission.delegation.nomorSurat,
    delegationId: permission.delegation.id,
  };
}
