import Dexie from 'dexie';
import {
  BACKUP_FORMAT,
  BackupFileError,
  DEVICE_LOCAL_TABLES,
  countsOf,
  sameCounts,
  type BackupManifest,
  type BackupPayload,
} from '../../../shared/backup/backupFormat';
import { MejaDatabase, SCHEMA_VERSIONS } from '../../db/database';

/** The current schema version (the highest Dexie version the app declares). */
export const CURRENT_SCHEMA = Math.max(...SCHEMA_VERSIONS.map((s) => s.version));

/** Progress of long work: done of total steps, with words for the screen. */
export type Progress = (done: number, total: number, langkah: string) => void;

/** The tables a backup holds: every table of the database but the device-local ones. */
export function backedUpTables(db: Dexie): Dexie.Table[] {
  return db.tables.filter((t) => !DEVICE_LOCAL_TABLES.includes(t.name));
}

/**
 * Every row of every table (not device-local) in one read transaction, so the backup is a
 * consistent picture even while sync writes. Generic over `db.tables` and `db.verno`.
 */
export async function readBackupPayload(
  db: Dexie,
  progress: Progress = () => {},
): Promise<{ payload: BackupPayload; schemaVersion: number }> {
  const tables = backedUpTables(db);
  const out: Record<string, Record<string, unknown>[]> = {};
  await db.transaction('r', tables, async () => {
    let done = 0;
    for (const table of tables) {
      progress(done++, tables.length, `Membaca tabel ${table.name}`);
      out[table.name] = (await table.toArray()) as Record<string, unknown>[];
    }
  });
  return { payload: { format: BACKUP_FORMAT, tables: out }, schemaVersion: db.verno };
}

export async function currentCounts(db: Dexie): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of backedUpTables(db)) counts[table.name] = await table.count();
  return counts;
}

/** A Dexie that knows only the schema versions up to `version`, as the app that wrote it. */
export function databaseAtVersion(name: string, version: number, options?: DexieOptions): Dexie {
  const db = new Dexie(name, options);
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    db.version(schema.version).stores(schema.stores);
  }
  return db;
}

export type DexieOptions = ConstructorParameters<typeof Dexie>[1];

/** The IndexedDB a database lives in, for the databases made beside it. */
export function optionsOf(db: Dexie): DexieOptions {
  const { indexedDB, IDBKeyRange } = db._options;
  return indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : undefined;
}

function deleteDatabase(name: string, options: DexieOptions): Promise<void> {
  return new Dexie(name, options).delete();
}

export const STAGING_DATABASE = 'meja-ti-pemulihan';
export const PREVIOUS_DATABASE = 'meja-ti-sebelum-pemulihan';

/**
 * Writes a backup's rows into a fresh database of the backup's own schema version, then
 * opens it with the current app (Dexie runs every upgrade since), and proves it: the
 * counts per table match the manifest. Returns the rows as the current schema holds them.
 */
export async function stageBackup(
  payload: BackupPayload,
  manifest: BackupManifest,
  options: DexieOptions,
  progress: Progress = () => {},
): Promise<Record<string, Record<string, unknown>[]>> {
  await deleteDatabase(STAGING_DATABASE, options);
  const old = databaseAtVersion(STAGING_DATABASE, manifest.schemaVersion, options);
  try {
    await old.open();
    const names = new Set(old.tables.map((t) => t.name));
    const foreign = Object.keys(payload.tables).filter(
      (t) => !names.has(t) || DEVICE_LOCAL_TABLES.includes(t),
    );
    if (foreign.length) throw new BackupFileError('rusak', `unknown tables ${foreign.join(', ')}`);
    const entries = Object.entries(payload.tables);
    let done = 0;
    for (const [name, rows] of entries) {
      progress(done++, entries.length, `Menulis tabel ${name}`);
      await old.table(name).bulkPut(rows);
    }
    old.close();

    const current = new MejaDatabase(STAGING_DATABASE, options);
    try {
      await current.open();
      const staged: Record<string, Record<string, unknown>[]> = {};
      for (const table of backedUpTables(current)) {
        staged[table.name] = (await table.toArray()) as Record<string, unknown>[];
      }
      const expected = Object.fromEntries(
        Object.keys(staged).map((t) => [t, manifest.counts[t] ?? 0]),
      );
      if (!sameCounts(countsOf(staged), expected)) {
        throw new BackupFileError('rusak', 'staged counts differ from the manifest');
      }
      return staged;
    } finally {
      current.close();
    }
  } finally {
    old.close();
    await deleteDatabase(STAGING_DATABASE, options);
  }
}

/** Rows written with a replacement: this PC's outbox entries and local rows (its clock). */
export interface ReplacementExtras {
  outbox: Record<string, unknown>[];
  local: Record<string, unknown>[];
}

/**
 * Replaces every backed-up table of `db` with `rows`, in one transaction: all of it lands
 * or nothing does. This PC's own tables stay (its id, clock, session); the outbox is
 * replaced by `extras.outbox` (its old changes belonged to the data being replaced).
 * Counts are checked inside the transaction, so a mismatch rolls it back.
 */
export async function replaceAllTables(
  db: Dexie,
  rows: Record<string, Record<string, unknown>[]>,
  extras: ReplacementExtras = { outbox: [], local: [] },
): Promise<void> {
  const tables = backedUpTables(db);
  const outbox = db.tables.filter((t) => t.name === 'outbox');
  const local = db.tables.filter((t) => t.name === 'local');
  await db.transaction('rw', [...tables, ...outbox, ...local], async () => {
    for (const table of tables) {
      await table.clear();
      await table.bulkAdd(rows[table.name] ?? []);
    }
    for (const table of outbox) {
      await table.clear();
      await table.bulkAdd(extras.outbox);
    }
    for (const table of local) await table.bulkPut(extras.local);
    for (const table of tables) {
      if ((await table.count()) !== (rows[table.name]?.length ?? 0)) {
        throw new Error(`Table ${table.name} did not take every row.`);
      }
    }
  });
}

/** Copies the data now on this PC aside, for "Kembalikan data sebelumnya". */
export async function keepPreviousData(db: Dexie, options: DexieOptions): Promise<number> {
  const { payload } = await readBackupPayload(db);
  await deleteDatabase(PREVIOUS_DATABASE, options);
  const previous = new MejaDatabase(PREVIOUS_DATABASE, options);
  try {
    await previous.open();
    await replaceAllTables(previous, payload.tables);
    return Object.values(payload.tables).reduce((n, rows) => n + rows.length, 0);
  } finally {
    previous.close();
  }
}

/** Whether data from before a restore is kept on this PC. */
export async function hasPreviousData(options: DexieOptions): Promise<boolean> {
  const probe = new Dexie(PREVIOUS_DATABASE, options);
  try {
    // No version declared: Dexie opens what exists, and refuses a database that does not.
    await probe.open();
    return probe.tables.length > 0;
  } catch {
    return false;
  } finally {
    probe.close();
  }
}

/** Forgets the data kept from before a restore. */
export function dropPreviousData(options: DexieOptions): Promise<void> {
  return deleteDatabase(PREVIOUS_DATABASE, options);
}

/** The data from before the restore, back in place; the restored data is dropped. */
export async function restorePreviousData(
  db: Dexie,
  options: DexieOptions,
  restamp: (rows: Record<string, Record<string, unknown>[]>) => {
    rows: Record<string, Record<string, unknown>[]>;
    extras: ReplacementExtras;
  },
): Promise<void> {
  const previous = new MejaDatabase(PREVIOUS_DATABASE, options);
  try {
    await previous.open();
    const { payload } = await readBackupPayload(previous);
    const { rows, extras } = restamp(payload.tables);
    await replaceAllTables(db, rows, extras);
  } finally {
    previous.close();
  }
  await deleteDatabase(PREVIOUS_DATABASE, options);
}
