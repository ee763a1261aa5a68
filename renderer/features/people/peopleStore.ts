import { personSchema, type PersonInput } from '../../../shared/office/person';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows } from '../../db/rowReading';
import { createRow, putRow, type WriteContext } from '../../db/repository';
import type { PersonRow } from '../../db/rows';

/** Staff sorted by name, tombstones left out. */
export async function listPeople(db: MejaDatabase): Promise<PersonRow[]> {
  const rows = await db.people.orderBy('nama').toArray();
  // A damaged row (see rowReading.ts) is left out rather than crash every picker.
  return sortOutRows('people', rows).rows.filter((p) => !p._deleted);
}

/** Saves a staff member (new when id is null) after validating; returns the id. */
export async function savePerson(
  ctx: WriteContext,
  id: string | null,
  input: PersonInput,
): Promise<string> {
  const person = personSchema(ctx.now()).parse(input);
  if (id) {
    await putRow(ctx, 'people', id, person);
    return id;
  }
  return createRow(ctx, 'people', person);
}

/** Another staff member already holding this NIP, if any. */
export async function findNipHolder(
  db: MejaDatabase,
  nip: string,
  exceptId: string | null,
): Promise<PersonRow | undefined> {
  if (!nip) return undefined;
  const holders = await db.people.where('nip').equals(nip).toArray();
  return holders.find((p) => !p._deleted && p.id !== exceptId);
}
