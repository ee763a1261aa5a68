import type { PersonFields } from '../../../shared/office/person';
import { deleteRow, putRow, writeTogether, type WriteContext } from '../../db/repository';
import { SYNCED_TABLES, type FieldsOf, type PersonRow, type SyncedTableName } from '../../db/rows';
import { readCurrentUser, writeCurrentUser } from './currentUser';

/**
 * One person per NIP across the office's PCs. Merging person `loser` into `survivor`
 * re-points every reference to the loser, then deletes it (a tombstone, so the deletion
 * syncs). References are found by value, not by a list of fields: any field of any synced
 * row (nested in objects and lists, e.g. a request's pemohon.personId, its disposisi's
 * dariPersonId and diteruskanKepada, a UAT's pertimbangan.personId, a step's personId, a
 * record's petugasId, a monthly report's signers, a retired PC's dikeluarkanOleh) that
 * holds the loser's id. Ids are random UUIDs, so no other value equals one, and a field
 * added later is covered without being listed here. Bookkeeping (`_updatedBy`) is history
 * and stays as it was.
 */

/** The value with every string equal to `from` replaced by `to`; the same object if none. */
function repoint(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) {
    const next = value.map((v) => repoint(v, from, to));
    // A list that held both ids (diteruskanKepada) names the survivor once.
    const changed = next.some((v, i) => v !== value[i]);
    return changed ? next.filter((v, i) => v !== to || next.indexOf(v) === i) : value;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const next: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      next[key] = repoint(inner, from, to);
      if (next[key] !== inner) changed = true;
    }
    return changed ? next : value;
  }
  return value;
}

const BOOKKEEPING = new Set(['id', '_clock', '_deleted', '_updatedBy', '_updatedAt']);

/** The fields of `row` that refer to `from`, rewritten to `to`. */
export function repointedFields(
  row: Record<string, unknown>,
  from: string,
  to: string,
): Record<string, unknown> | null {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (BOOKKEEPING.has(field)) continue;
    const next = repoint(value, from, to);
    if (next !== value) changes[field] = next;
  }
  return Object.keys(changes).length ? changes : null;
}

/**
 * Merges `loserId` into `survivorId` in one transaction: the survivor takes `fields` (when
 * the operator chose the loser's data), every reference moves to it, this PC's current
 * user follows, and the loser is deleted.
 */
export async function mergePerson(
  ctx: WriteContext,
  survivorId: string,
  loserId: string,
  fields?: Partial<PersonFields>,
): Promise<void> {
  if (survivorId === loserId) return;
  await writeTogether(ctx, SYNCED_TABLES, async () => {
    if (fields) await putRow(ctx, 'people', survivorId, fields);
    // The audit trail keeps who did what as it was written: its entries are chained, and a
    // changed one would read as tampering.
    for (const table of SYNCED_TABLES) {
      if (table !== 'auditLog') await repointTable(ctx, table, loserId, survivorId);
    }
    await deleteRow(ctx, 'people', loserId);
    if ((await readCurrentUser(ctx.db)) === loserId) await writeCurrentUser(ctx.db, survivorId);
  });
}

async function repointTable(
  ctx: WriteContext,
  table: SyncedTableName,
  from: string,
  to: string,
): Promise<void> {
  const rows = await ctx.db
    .table<Record<string, unknown> & { id: string }, string>(table)
    .toArray();
  for (const row of rows) {
    const changes = repointedFields(row, from, to);
    if (changes) await putRow(ctx, table, row.id, changes as Partial<FieldsOf<typeof table>>);
  }
}

/** Live staff sharing a NIP, per NIP (staff without NIP are never matched). */
export function duplicatesByNip(people: readonly PersonRow[]): PersonRow[][] {
  const byNip = new Map<string, PersonRow[]>();
  for (const person of people) {
    if (person._deleted || !person.nip) continue;
    byNip.set(person.nip, [...(byNip.get(person.nip) ?? []), person]);
  }
  return [...byNip.values()]
    .filter((group) => group.length > 1)
    .map((group) => [...group].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/**
 * After a sync, staff that two PCs created apart with the same NIP become one: the smallest
 * id survives, so every PC that runs this picks the same survivor and writes the same
 * re-pointed values, and the PCs converge whichever merges first. The survivor keeps its own
 * fields and gains the others' roles (a role given on either PC is not lost). Returns how
 * many people were merged away.
 */
export async function mergeDuplicateNips(ctx: WriteContext): Promise<number> {
  const groups = duplicatesByNip(await ctx.db.people.toArray());
  let merged = 0;
  for (const [survivor, ...losers] of groups) {
    if (!survivor) continue;
    const roles = [...new Set([survivor, ...losers].flatMap((p) => p.roles))].sort();
    for (const loser of losers) {
      await mergePerson(ctx, survivor.id, loser.id, { roles });
      merged += 1;
    }
  }
  return merged;
}
