import { missingFields, missingText, opProblem } from '../../shared/sync/rowCheck';
import { encodeHlc, type HlcClock } from '../../shared/sync/hlc';
import { isRowSchemaTable } from '../../shared/sync/rowSchemas';
import { AUDIT_TABLE, appendAudit, startAudit, writeAuditFields } from './auditTrail';
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

/** A write's stamped result: the row to put and the outbox entry that carries it. */
export interface StampedWrite<T extends SyncedTableName> {
  row: SyncedTables[T];
  entry: OutboxEntry;
}

/**
 * Works out one write against the row as stored (or undefined): the fields that differ,
 * stamped with one tick of the clock, and the outbox entry. Null when nothing changed, and
 * then the clock does not tick. Pure apart from the tick and the new id; the single-row and
 * the batch write path (batchWrite.ts) both use it, so they write exactly the same.
 */
export function stampWrite<T extends SyncedTableName>(
  ctx: WriteContext,
  tableName: T,
  existing: SyncedTables[T] | undefined,
  write: { id: string; fields: Partial<FieldsOf<T>>; deleted: boolean; restamp?: boolean },
): StampedWrite<T> | null {
  const { id, deleted } = write;
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(write.fields)) {
    if (value === undefined) continue;
    if (
      write.restamp ||
      !existing ||
      !sameValue((existing as Record<string, unknown>)[field], value)
    ) {
      changes[field] = value;
    }
  }
  // Only a deletion writes the tombstone flag; an edit of a deleted row (a form still open
  // when the deletion synced in) changes its fields under the tombstone. Every PC applies
  // the same rule to remote changes (shared/sync/merge.ts writesDeletion), so all agree.
  const wasDeleted = existing?._deleted ?? false;
  const deletionChanges = deleted && !wasDeleted;
  if (Object.keys(changes).length === 0 && !deletionChanges && existing) return null;

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
  return { row, entry };
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
  return db.transaction('rw', [table, db.outbox, db.local, db.auditLog], async () => {
    const existing = await table.get(id);
    const stamped = stampWrite(ctx, tableName, existing, { id, fields, deleted, restamp });
    if (!stamped) return false;
    await table.put(stamped.row);
    await db.outbox.add(stamped.entry);
    if (tableName !== AUDIT_TABLE) {
      await appendAudit(ctx, [writeAuditFields(tableName, existing, stamped.entry)]);
    }
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

/** One row of a batch: its key, the fields to write, and whether it is a deletion. */
export interface RowWrite<T extends SyncedTableName> {
  id: string;
  fields: Partial<FieldsOf<T>>;
  deleted?: boolean;
}

/** A row of a batch that was not written, by its place in the batch, with the reason. */
export interface RefusedWrite {
  index: number;
  id: string;
  /** Indonesian, e.g. "kolom 'nama' kosong". */
  reason: string;
}

export interface BatchResult {
  /** Writes that changed their row, one outbox entry each (no-op writes are not counted). */
  written: number;
  refused: RefusedWrite[];
}

/** Rows per transaction of putRows: large enough to be fast, small enough to bound memory. */
export const BATCH_WRITE_ROWS = 5000;

/**
 * The batch write path, for imports, restores and any write of many rows: the same result
 * as one putRow (or deleteRow) per write in order, i.e. the same rows, per-field stamps and
 * outbox entries, but written with bulkGet/bulkPut/bulkAdd, BATCH_WRITE_ROWS rows to a
 * transaction. Each write gets its own tick, so every stamp stays unique and increasing;
 * ticks are in memory and cost nothing next to a transaction. Several writes of one key
 * apply in order, each against the one before.
 *
 * Every write is checked as the other PCs will check its op (shared/sync/rowCheck.ts): a
 * field value its schema refuses, or a new row lacking required fields, is not written and
 * comes back in `refused` with its reason; the rest of the batch is written. Called inside
 * writeTogether, the whole batch lands in that one transaction, all or nothing.
 */
export async function putRows<T extends SyncedTableName>(
  ctx: WriteContext,
  tableName: T,
  writes: readonly RowWrite<T>[],
): Promise<BatchResult> {
  const { db } = ctx;
  const table = db.table<SyncedTables[T], string>(tableName);
  const result: BatchResult = { written: 0, refused: [] };
  for (let start = 0; start < writes.length; start += BATCH_WRITE_ROWS) {
    const chunk = writes.slice(start, start + BATCH_WRITE_ROWS);
    await db.transaction('rw', [table, db.outbox, db.local, db.auditLog], async () => {
      const keys = [...new Set(chunk.map((w) => w.id))];
      const found = await table.bulkGet(keys);
      const current = new Map<string, SyncedTables[T] | undefined>();
      keys.forEach((key, i) => current.set(key, found[i]));
      const changed = new Map<string, SyncedTables[T]>();
      const entries: OutboxEntry[] = [];
      const audit = await startAudit(ctx, tableName);
      chunk.forEach((write, i) => {
        const existing = current.get(write.id);
        const problem = writeProblem(tableName, existing, write);
        if (problem) {
          result.refused.push({ index: start + i, id: write.id, reason: problem });
          return;
        }
        const stamped = stampWrite(ctx, tableName, existing, {
          id: write.id,
          fields: write.fields,
          deleted: write.deleted ?? false,
        });
        if (!stamped) return;
        audit.add(existing, stamped.entry);
        current.set(write.id, stamped.row);
        changed.set(write.id, stamped.row);
        entries.push(stamped.entry);
      });
      if (!entries.length) return;
      await table.bulkPut([...changed.values()]);
      await db.outbox.bulkAdd(entries);
      await audit.write();
      await db.local.put(clockRow(ctx.clock));
      result.written += entries.length;
    });
  }
  return result;
}

/** Why a batch write would be refused by the other PCs' row gate; null when it passes. */
function writeProblem<T extends SyncedTableName>(
  tableName: T,
  existing: SyncedTables[T] | undefined,
  write: RowWrite<T>,
): string | null {
  const changes = Object.fromEntries(
    Object.entries(write.fields).filter(([, value]) => value !== undefined),
  );
  const problem = opProblem({ table: tableName, changes });
  if (problem || existing || write.deleted || !isRowSchemaTable(tableName)) return problem;
  const missing = missingFields(tableName, changes);
  return missing.length ? missingText(missing) : null;
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
  return db.transaction(
    'rw',
    [...tables.map((t) => db.table(t)), db.outbox, db.local, db.auditLog],
    writes,
  );
}
