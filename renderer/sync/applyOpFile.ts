import type { HlcClock } from '../../shared/sync/hlc';
import { mergeOps, rowKey, type SyncedRowLike } from '../../shared/sync/merge';
import type { MejaDatabase } from '../db/database';
import { clockRow } from '../db/device';
import type { SyncedOpFile } from './opFileCodec';
import { cursorRow, readCursor } from './syncState';

/**
 * Applies consecutive checked op files of one device in ONE transaction; see applyOpFile.
 * Each row touched is read and put once however many files change it.
 */
export function applyOpFiles(
  db: MejaDatabase,
  clock: HlcClock,
  files: readonly SyncedOpFile[],
): Promise<number | null> {
  const first = files[0];
  const last = files[files.length - 1];
  if (!first || !last) return Promise.resolve(0);
  files.forEach((file, i) => {
    if (file.device !== first.device || file.seq !== first.seq + i) {
      throw new RangeError('applyOpFiles takes consecutive files of one device');
    }
  });
  return applyOps(db, clock, {
    device: first.device,
    firstSeq: first.seq,
    lastSeq: last.seq,
    ops: files.length === 1 ? first.ops : files.flatMap((file) => file.ops),
  });
}

/**
 * Applies one checked op file in ONE transaction: the rows it touches are read, merged
 * field by field (shared/sync/merge.ts), the changed ones put back, and the device's cursor
 * and this PC's clock saved with them. Remote changes are not local changes, so nothing
 * goes to the outbox. A crash mid-way applies nothing, and a file whose number the cursor
 * already passed changes nothing: apply is idempotent.
 *
 * Returns the number of rows that changed, or null when the cursor is not right before the
 * file (already applied).
 */
export function applyOpFile(
  db: MejaDatabase,
  clock: HlcClock,
  file: SyncedOpFile,
): Promise<number | null> {
  return applyOpFiles(db, clock, [file]);
}

function applyOps(
  db: MejaDatabase,
  clock: HlcClock,
  file: { device: string; firstSeq: number; lastSeq: number; ops: SyncedOpFile['ops'] },
): Promise<number | null> {
  const tables = [...new Set(file.ops.map((op) => op.table))].map((name) => ({
    name,
    table: db.table<SyncedRowLike, string>(name),
  }));
  return db.transaction('rw', [...tables.map((t) => t.table), db.local], async () => {
    if ((await readCursor(db, file.device)) !== file.firstSeq - 1) return null;
    const rows = new Map<string, SyncedRowLike>();
    const tableOf = new Map<string, string>();
    for (const { name, table } of tables) {
      const keys = [...new Set(file.ops.filter((op) => op.table === name).map((op) => op.key))];
      const found = await table.bulkGet(keys);
      keys.forEach((key, i) => {
        const row = found[i];
        tableOf.set(rowKey(name, key), name);
        if (row) rows.set(rowKey(name, key), row);
      });
    }
    const changed = mergeOps(rows, file.ops);
    for (const { name, table } of tables) {
      const put = [...changed].filter(([key]) => tableOf.get(key) === name).map(([, row]) => row);
      if (put.length) await table.bulkPut(put);
    }
    await db.local.bulkPut([cursorRow(file.device, file.lastSeq), clockRow(clock)]);
    return changed.size;
  });
}
