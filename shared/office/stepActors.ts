import { z } from 'zod';
import type { Procedure, SopActorRole, Step } from '../sop/schema';
import { DELEGATION_KINDS, delegationActiveOn, type Delegation } from './delegation';
import { STAFF_ROLE_LABELS, staffRoleSchema, type StaffRole } from './roles';

/**
 * Who may record a step of an SOP procedure. The step's actor columns name roles; the
 * office corrects which staff role an actor column means (its mapping, keyed by the column's
 * label, e.g. Ternate's "Kasub Bag Kepeg dan TI" is the Kasubag). Actors that are not staff
 * (the units' operators, third parties) are recorded by an Operator. A signed-in person
 * holding one of the roles records the step; a Plh./Plt. of an active official holding it
 * records it on the official's behalf; anybody else is told who the step waits for.
 * Administrators get no bypass.
 */

/** The office's mapping: SOP actor label → staff role; stored in settings 'actorRoles'. */
export const actorRoleMapSchema = z.record(z.string().trim().min(1).max(200), staffRoleSchema);
export type ActorRoleMap = z.output<typeof actorRoleMapSchema>;

/** The settings row and field holding the mapping. */
export const ACTOR_ROLES_SETTINGS_ID = 'actorRoles';
export const ACTOR_ROLES_FIELD = 'petaPelaksana';

const NON_STAFF_ROLE: Partial<Record<SopActorRole, StaffRole>> = {
  operatorUnit: 'operator',
  pihakKetiga: 'operator',
};

/** The staff role an actor's column means by default, or null when no staff role fits. */
export function defaultStaffRole(role: SopActorRole): StaffRole | null {
  const parsed = staffRoleSchema.safeParse(role);
  return parsed.success ? parsed.data : (NON_STAFF_ROLE[role] ?? null);
}

export interface StepActorRole {
  label: string;
  role: StaffRole | null;
}

/** The actors of a step with the staff role each means, the office's mapping first. */
export function stepActorRoles(
  procedure: Pick<Procedure, 'actors'>,
  step: Pick<Step, 'actorIds'>,
  mapping: ActorRoleMap,
): StepActorRole[] {
  return procedure.actors
    .filter((a) => step.actorIds.includes(a.id))
    .map((a) => ({ label: a.label, role: mapping[a.label] ?? defaultStaffRole(a.role) }));
}

export interface ActorPerson {
  id: string;
  nama: string;
  jabatan: string;
  nip: string;
  roles: readonly StaffRole[];
  aktif: boolean;
}

export type StepPermission =
  | { kind: 'direct'; person: ActorPerson }
  | { kind: 'delegate'; person: ActorPerson; official: ActorPerson; delegation: Delegation }
  | { kind: 'refused'; message: string };

/** On whose behalf a step was recorded, kept on the step record. */
export const atasNamaSchema = z.object({
  personId: z.string().min(1),
  jenis: z.enum(DELEGATION_KINDS),
  nomorSurat: z.string().max(100),
  delegationId: z.string().min(1),
});
export type AtasNama = z.output<typeof atasNamaSchema>;

export interface StepPermissionInput {
  procedure: Pick<Procedure, 'actors'>;
  step: Pick<Step, 'actorIds'>;
  mapping: ActorRoleMap;
  /** The signed-in person, or null when nobody has signed in on this PC. */
  userId: string | null;
  people: readonly ActorPerson[];
  delegations: readonly Delegation[];
  /** The step's day, 'YYYY-MM-DD'. */
  day: string;
}

export function stepPermission(input: StepPermissionInput): StepPermission {
  return rolesPermission({
    ...input,
    actors: stepActorRoles(input.procedure, input.step, input.mapping),
  });
}

export interface RolesPermissionInput {
  /** Who the act is for: labels as the user reads them, and the roles they mean. */
  actors: readonly StepActorRole[];
  userId: string | null;
  people: readonly ActorPerson[];
  delegations: readonly Delegation[];
  day: string;
}

/** The same rule for an act that names its roles directly (SOP D's UAT decisions). */
export function rolesPermission(input: RolesPermissionInput): StepPermission {
  const { actors } = input;
  const roles = new Set(actors.flatMap((a) => (a.role ? [a.role] : [])));
  const holds = (p: ActorPerson) => p.aktif && p.roles.some((r) => roles.has(r));
  const person = input.people.find((p) => p.id === input.userId && p.aktif);
  if (person && holds(person)) return { kind: 'direct', person };
  if (person) {
    for (const delegation of input.delegations) {
      if (delegation.delegasiPersonId !== person.id) continue;
      if (!delegationActiveOn(delegation, input.day)) continue;
      const official = input.people.find((p) => p.id === delegation.untukPersonId);
      if (official && holds(official)) return { kind: 'delegate', person, official, delegation };
    }
  }
  return { kind: 'refused', message: waitingMessage(actors, input.people) };
}

/** "Menunggu Kasubag PTIP: Budi, Sari" or "… belum ada pegawai dengan peran ini". */
export function waitingMessage(
  actors: readonly StepActorRole[],
  people: readonly ActorPerson[],
): string {
  const labels = actors.map((a) => a.label).join(' / ');
  const roles = new Set(actors.flatMap((a) => (a.role ? [a.role] : [])));
  const names = people
    .filter((p) => p.aktif && p.roles.some((r) => roles.has(r)))
    .map((p) => p.nama);
  const who = names.length ? names.join(', ') : 'belum ada pegawai dengan peran ini';
  // A name ending in a degree ("M.H.") already ends the sentence.
  return `Menunggu ${labels}: ${who}${who.endsWith('.') ? '' : '.'}`;
}

/** The role labels an actor list means, for the mapping screen's hints. */
export function roleLabel(role: StaffRole | null): string {
  return role ? STAFF_ROLE_LABELS[role] : 'bukan peran pegawai';
}
