import type { MejaDatabase } from '../../db/database';
import type { PersonRow } from '../../db/rows';

const isActiveAdmin = (p: Pick<PersonRow, 'aktif' | '_deleted' | 'roles'>) =>
  p.aktif && !p._deleted && p.roles.includes('administrator');

/** Whether this person is an active administrator now (reads the synced row each time). */
export async function isActiveAdministrator(
  db: MejaDatabase,
  personId: string | null,
): Promise<boolean> {
  if (!personId) return false;
  const person = await db.people.get(personId);
  return Boolean(person && isActiveAdmin(person));
}

/**
 * Why this change to a person is refused, or null: the last active administrator can be
 * neither deactivated nor stripped of the role, or nobody could manage staff any more.
 */
export function lastAdministratorProblem(
  people: readonly PersonRow[],
  personId: string,
  next: { aktif: boolean; roles: readonly string[] },
): string | null {
  const current = people.find((p) => p.id === personId);
  if (!current || !isActiveAdmin(current)) return null;
  if (next.aktif && next.roles.includes('administrator')) return null;
  const others = people.filter((p) => p.id !== personId && isActiveAdmin(p));
  return others.length === 0
    ? 'Administrator terakhir tidak dapat dinonaktifkan atau kehilangan peran Administrator.'
    : null;
}
