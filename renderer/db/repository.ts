import { encodeHlc, type HlcClock } from '../../shared/sync/hlc';
import type { MejaDatabase } from './database';
import { clockRow } from './device';
import type { FieldsOf, OutboxEntry, SyncedRow, SyncedTableName, SyncedTables } from './rows';

/** What every write needs, passed in so several simulated PCs can live in one process. */
export interface WriteContext {
  db: MejaDatabase;
  device: string;
  clock: HlcClock;
  /** The staff member using this PC, for attribution; null before the first one exists. */
  actor: () => string | null;
  newId: () => string;
  now: () => Date;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

async function applyWrite<T extends SyncedTableName>(
  ctx: WriteContext,
  tableName: T,
  id: string,
  fields: Partial<FieldsOf<T>>,
  deleted: boolean,
  restamp = false,
): Promise<boolean> {
  const { db } = ctx;
  const table = db.table<SyncedTables[T], string>(tableName);
  return db.transaction('rw', [table, db.outbox, db.local], async () => {
    const existing = await table.get(id);
    const changes: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      if (restamp || !existing || !sameValue((existing as Record<string, unknown>)[field], value)) {
        changes[field] = value;
      }
    }
    // Only a deletion writes the tombstone flag; an edit of a deleted row (a form still open
    // when the deletion synced in) changes its fields under the tombstone. Every PC applies
    // the same rule to remote changes (shared/sync/merge.ts writesDeletion), so all agree.
    const wasDeleted = existing?._deleted ?? false;
    const deletionChanges = deleted && !wasDeleted;
    if (Object.keys(changes).length === 0 && !deletionChanges && existing) return false;

    const stamp = encodeHlc(ctx.clock.tick());
    const at = ctx.now().toISOString();
    const actor = ctx.actor();
    const clocks = { ...(existing?._clock ?? {}) };
    for (const field of Object.keys(changes)) clocks[field] = stamp;
    if (deletionChanges) clocks._deleted = stamp;

    const bookkeeping: SyncedRow = {
      id,
      _clock: clocks,
      _deleted: deleted || wasDeleted,
      _updatedBy: actor,
      _updatedAt: at,
    };
    const row = { ...(existing ?? {}), ...changes, ...bookkeeping } as SyncedTables[T];
    const entry: OutboxEntry = {
      id: ctx.newId(),
      hlc: stamp,
      device: ctx.device,
      table: tableName,
      key: id,
      changes,
      deleted,
      actor,
      at,
    };
    await table.put(row);
    await db.outbox.add(entry);
    await db.local.put(clockRow(ctx.clock));
    return true;
  });
}

/**
 * The one write path: the row, its per-field clock stamps and the outbox entry change in
 * one transaction, or none of them does. Returns false when nothing actually changed.
 */
export function putRow<T extends SyncedTableName>(
  ctx: WriteContext,
  table: T,
  id: string,
  fields: Partial<FieldsOf<T>>,
): Promise<boolean> {
  return applyWrite(ctx, table, id, fields, false);
}

/**
 * Writes every given field with a fresh stamp even where its value is unchanged, for a
 * decision that must win or lose as a whole against one made on another PC (settling a step
 * recorded twice): a field left unstamped would keep the other PC's value where it differs.
 */
export function restampRow<T extends SyncedTableName>(
  ctx: WriteContext,
  table: T,
  id: string,
  fields: Partial<FieldsOf<T>>,
): Promise<boolean> {
  return applyWrite(ctx, table, id, fields, false, true);
}

/** Creates a row under a fresh random key and returns the key. */
export async function createRow<T extends SyncedTableName>(
  ctx: WriteContext,
  table: T,
  fields: FieldsOf<T>,
): Promise<string> {
  const id = ctx.newId();
  await applyWrite(ctx, table, id, fields, false);
  return id;
}

/** Marks a row deleted (a tombstone), so the deletion reaches the other PCs. */
export function deleteRow<T extends SyncedTableName>(
  ctx: WriteContext,
  table: T,
  id: string,
): Promise<boolean> {
  return applyWrite(ctx, table, id, {}, true);
}

/**
 * Writes a default row (the seeded units) that every PC makes for itself: only when the row
 * is absent, with no clock stamps and no outbox entry. A field without a stamp loses to any
 * change another PC made (shared/sync/merge.ts), so a default never overwrites the
 * workspace's data when a PC set up alone joins it; the office's own edits of a default row
 * go through putRow and sync as usual.
 */
export async function seedRow<T extends SyncedTableName>(
  ctx: WriteContext,
  tableName: T,
  id: string,
  fields: FieldsOf<T>,
): Promise<boolean> {
  const { db } = ctx;
  const table = db.table<SyncedTables[T], string>(tableName);
  return db.transaction('rw', table, async () => {
    if (await table.get(id)) return false;
    const bookkeeping: SyncedRow = {
      id,
      _clock: {},
      _deleted: false,
      _updatedBy: null,
      _updatedAt: ctx.now().toISOString(),
    };
    await table.put({ ...fields, ...bookkeeping } as SyncedTables[T]);
    return true;
  });
}

/**
 * Runs several writes as one: they all land or none does. The writes inside join this
 * transaction (Dexie nests a transaction whose tables are a subset of its parent's).
 */
export function writeTogether<R>(
  ctx: WriteContext,
  tables: readonly SyncedTableName[],
  writes: () => Promise<R>,
): Promise<R> {
  const { db } = ctx;
  return db.transaction('rw', [...tables.map((t) => db.table(t)), db.outbox, db.local], writes);
}
