import type { HlcClock } from '../../shared/sync/hlc';
import { mergeOps, rowKey, type RemoteOp, type SyncedRowLike } from '../../shared/sync/merge';
import { opFilePath } from '../../shared/sync/opFile';
import type { MejaDatabase } from '../db/database';
import { clockRow } from '../db/device';
import type { SyncedOpFile } from './opFileCodec';
import { checkOps, readHeld, settleRows } from './rowGate';
import { cursorRow, readCursor } from './syncState';

/**
 * Applies consecutive checked op files of one device in ONE transaction; see applyOpFile.
 * Each row touched is read and put once however many files change it.
 */
export function applyOpFiles(
  db: MejaDatabase,
  clock: HlcClock,
  files: readonly SyncedOpFile[],
  now: () => Date = () => new Date(),
): Promise<number | null> {
  const first = files[0];
  const last = files[files.length - 1];
  if (!first || !last) return Promise.resolve(0);
  files.forEach((file, i) => {
    if (file.device !== first.device || file.seq !== first.seq + i) {
      throw new RangeError('applyOpFiles takes consecutive files of one device');
    }
  });
  return applyOps(db, clock, files, now);
}

/**
 * Applies one checked op file in ONE transaction: the rows it touches are read, merged
 * field by field (shared/sync/merge.ts), the changed ones put back, and the device's cursor
 * and this PC's clock saved with them. Remote changes are not local changes, so nothing
 * goes to the outbox. A crash mid-way applies nothing, and a file whose number the cursor
 * already passed changes nothing: apply is idempotent.
 *
 * Every op is first checked against its table's row schema (rowGate.ts): an op with a bad
 * value or an unknown table is refused and listed, the rest of the file applies. A new row
 * that would be stored without all its fields is held back until the rest arrives.
 *
 * Returns the number of rows that changed, or null when the cursor is not right before the
 * file (already applied).
 */
export function applyOpFile(
  db: MejaDatabase,
  clock: HlcClock,
  file: SyncedOpFile,
  now: () => Date = () => new Date(),
): Promise<number | null> {
  return applyOpFiles(db, clock, [file], now);
}

function applyOps(
  db: MejaDatabase,
  clock: HlcClock,
  files: readonly SyncedOpFile[],
  now: () => Date,
): Promise<number | null> {
  const first = files[0];
  const last = files[files.length - 1];
  if (!first || !last) return Promise.resolve(0);
  const sourced = files.flatMap((file) =>
    file.ops.map((op) => ({ op, relPath: opFilePath(file.device, file.seq), seq: file.seq })),
  );
  const { accepted, refused } = checkOps(sourced);
  const tables = [...new Set(accepted.map(({ op }) => op.table))].map((name) => ({
    name,
    table: db.table<SyncedRowLike, string>(name),
  }));
  return db.transaction('rw', [...tables.map((t) => t.table), db.local], async () => {
    if ((await readCursor(db, first.device)) !== first.seq - 1) return null;
    const rows = new Map<string, SyncedRowLike>();
    const tableOf = new Map<string, string>();
    for (const { name, table } of tables) {
      const keys = [
        ...new Set(accepted.filter(({ op }) => op.table === name).map(({ op }) => op.key)),
      ];
      const found = await table.bulkGet(keys);
      keys.forEach((key, i) => {
        const row = found[i];
        tableOf.set(rowKey(name, key), name);
        if (row) rows.set(rowKey(name, key), row);
      });
    }
    // Ops held back earlier for rows not stored yet go first, in their order.
    const absent = [...tableOf.keys()].filter((key) => !rows.has(key));
    const held = await readHeld(db, absent);
    const ops: RemoteOp[] = [...[...held.values()].flat(), ...accepted.map(({ op }) => op)];
    const changed = mergeOps(rows, ops);
    const settled = await settleRows(db, { changed, existing: rows, ops, held, at: now() });
    for (const { name, table } of tables) {
      const put = [...settled].filter(([key]) => tableOf.get(key) === name).map(([, row]) => row);
      if (put.length) await table.bulkPut(put);
    }
    await refused(db, now());
    await db.local.bulkPut([cursorRow(first.device, last.seq), clockRow(clock)]);
    return settled.size;
  });
}
