import { snapshotPath } from '../../shared/sync/folderPaths';
import { encodeHlc, type HlcClock } from '../../shared/sync/hlc';
import { coversAll } from '../../shared/sync/snapshotFile';
import { HELD_PREFIX } from './rowGate';
import type { SyncedRowLike } from '../../shared/sync/merge';
import type { MejaDatabase } from '../db/database';
import { clockRow } from '../db/device';
import { SYNCED_TABLES } from '../db/rows';
import {
  folderErrorMessage,
  isFolderError,
  type FolderPort,
  type OpFileEntry,
  type OpFileListing,
} from './folderPort';
import { encodeSnapshot, SnapshotRefusedError } from './snapshotCodec';
import {
  learnSnapshots,
  MAINTENANCE_SINCE_KEY,
  rememberSnapshot,
  seenAt,
  type SnapshotView,
  type UsableSnapshot,
} from './snapshotState';
import { CURSOR_PREFIX, readExportState } from './syncState';
import type { WorkspaceKeys } from './workspaceCrypto';

/** When a PC writes a snapshot and prunes the folder. */
export interface SnapshotPolicy {
  /** A snapshot is due once this many op files in the folder are in no snapshot... */
  everyFiles: number;
  /** ...or once the newest snapshot is this old and some op file is in none. */
  everyMs: number;
  /**
   * An op file, or a snapshot a newer one holds all of, is deleted only once a snapshot
   * holding it has been in the folder this long: every PC, even one that was off for a
   * week or behind a slow file synchroniser, has had the time to see it.
   */
  graceMs: number;
}

const DAY = 24 * 60 * 60_000;
export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = {
  everyFiles: 500,
  everyMs: DAY,
  graceMs: 7 * DAY,
};

export interface MaintenanceReport {
  /** The snapshot this PC wrote this cycle. */
  snapshotWritten: string | null;
  prunedOpFiles: number;
  prunedSnapshots: number;
  /** Another PC held the lock past the time-out: this PC tries another time. */
  lockTimedOut: boolean;
  /** Why maintenance stopped (Indonesian); nothing is lost, it is tried again. */
  error: string | null;
}

export const NO_MAINTENANCE: MaintenanceReport = {
  snapshotWritten: null,
  prunedOpFiles: 0,
  prunedSnapshots: 0,
  lockTimedOut: false,
  error: null,
};

export interface MaintainDeps {
  db: MejaDatabase;
  device: string;
  clock: HlcClock;
  keys: WorkspaceKeys;
  folder: FolderPort;
  now: () => Date;
}

/**
 * Writes a snapshot when one is due and deletes what snapshots make unneeded, one PC at a
 * time under the folder's `snapshot` lock; a PC that cannot get the lock in time skips
 * until another cycle. Under the lock the folder is listed again, so two PCs that both
 * found a snapshot due do not both write one. `force` writes a snapshot whenever this PC
 * holds something the newest one lacks (tests, an operator's button).
 */
export async function maintainFolder(
  deps: MaintainDeps,
  listing: Extract<OpFileListing, { reachable: true }>,
  view: SnapshotView,
  policy: SnapshotPolicy = DEFAULT_SNAPSHOT_POLICY,
  options: { force?: boolean } = {},
): Promise<MaintenanceReport> {
  const now = deps.now().getTime();
  const since = await maintenanceSince(deps);
  const wanted = (files: readonly OpFileEntry[], usable: readonly UsableSnapshot[]) =>
    (options.force ?? false) ||
    snapshotDue(files, usable, now, since, policy) ||
    prunable(files, usable, now, policy.graceMs).length > 0;
  if (!wanted(listing.files, view.usable)) return NO_MAINTENANCE;
  try {
    return await deps.folder.withLock('snapshot', async () => {
      const report: MaintenanceReport = { ...NO_MAINTENANCE };
      const files = await deps.folder.listOpFiles();
      const fresh = await learnSnapshots(deps);
      if (!files.reachable || !fresh) return report;
      const force = options.force ?? false;
      if (force || snapshotDue(files.files, fresh.usable, now, since, policy)) {
        const written = await writeSnapshot(deps, fresh.usable);
        if (written) {
          report.snapshotWritten = written.relPath;
          fresh.usable.push(written);
        }
      }
      for (const relPath of prunable(files.files, fresh.usable, now, policy.graceMs)) {
        await deps.folder.deleteFile(relPath);
        if (relPath.startsWith('snapshots/')) report.prunedSnapshots += 1;
        else report.prunedOpFiles += 1;
      }
      return report;
    });
  } catch (error) {
    if (isFolderError(error, 'lockTimeout')) return { ...NO_MAINTENANCE, lockTimedOut: true };
    if (error instanceof SnapshotRefusedError) return { ...NO_MAINTENANCE, error: error.message };
    return { ...NO_MAINTENANCE, error: folderErrorMessage(error) };
  }
}

async function maintenanceSince(deps: MaintainDeps): Promise<number> {
  const stored = (await deps.db.local.get(MAINTENANCE_SINCE_KEY))?.value;
  if (typeof stored === 'number') return stored;
  const now = deps.now().getTime();
  await deps.db.local.put({ key: MAINTENANCE_SINCE_KEY, value: now });
  return now;
}

function newest(usable: readonly UsableSnapshot[]): UsableSnapshot | undefined {
  return usable.reduce<UsableSnapshot | undefined>(
    (a, b) => (!a || b.hlc > a.hlc ? b : a),
    undefined,
  );
}

/** Whether enough op files lie outside the newest snapshot, or it is old enough. */
function snapshotDue(
  files: readonly OpFileEntry[],
  usable: readonly UsableSnapshot[],
  now: number,
  since: number,
  policy: SnapshotPolicy,
): boolean {
  const last = newest(usable);
  const outside = new Set(
    files.filter((f) => f.seq > (last?.covers[f.device] ?? 0)).map((f) => f.relPath),
  ).size;
  if (outside === 0) return false;
  return (
    outside >= policy.everyFiles || now - Math.max(since, last ? seenAt(last) : 0) >= policy.everyMs
  );
}

/**
 * What may be deleted now: op files a snapshot at least `graceMs` old holds, and snapshots
 * such a snapshot, newer, holds all of. Since only a snapshot held in full by a newer one
 * goes, every deleted op file stays in some snapshot that remains.
 */
export function prunable(
  files: readonly OpFileEntry[],
  usable: readonly UsableSnapshot[],
  now: number,
  graceMs: number,
): string[] {
  const aged = usable.filter((s) => seenAt(s) + graceMs <= now);
  const held = new Map<string, number>();
  for (const s of aged) {
    for (const [device, seq] of Object.entries(s.covers)) {
      held.set(device, Math.max(held.get(device) ?? 0, seq));
    }
  }
  const opFiles = files.filter((f) => f.seq <= (held.get(f.device) ?? 0)).map((f) => f.relPath);
  const snapshots = usable
    .filter((s) => aged.some((a) => a.hlc > s.hlc && coversAll(a.covers, s.covers)))
    .map((s) => s.relPath);
  return [...new Set([...opFiles, ...snapshots])];
}

/**
 * Writes a snapshot of this PC's rows, holding exactly the op files it has applied: its own
 * files written (up to the first number it could not vouch for) and each other device's
 * cursor, all read in one transaction with the rows. Nothing is written when a snapshot in
 * the folder already holds all of that.
 */
async function writeSnapshot(
  deps: MaintainDeps,
  existing: readonly UsableSnapshot[],
): Promise<UsableSnapshot | null> {
  const { db } = deps;
  const tables = SYNCED_TABLES.map((name) => db.table<SyncedRowLike, string>(name));
  const read = await db.transaction('r', [...tables, db.local], async () => {
    // Ops held back here (rowGate.ts) are in no row yet: a snapshot covering their files
    // would lose them for a PC that starts from it, so none is written while any is held.
    if ((await db.local.where('key').startsWith(HELD_PREFIX).count()) > 0) return null;
    const covers: Record<string, number> = {};
    const cursors = await db.local.where('key').startsWith(CURSOR_PREFIX).toArray();
    for (const row of cursors) {
      const device = row.key.slice(CURSOR_PREFIX.length);
      if (typeof row.value === 'number' && row.value > 0 && device !== deps.device) {
        covers[device] = row.value;
      }
    }
    const own = ownFilesHeld(await readExportState(db));
    if (own > 0) covers[deps.device] = own;
    if (Object.keys(covers).length === 0) return null;
    if (existing.some((s) => coversAll(s.covers, covers))) return null;
    const rows: Record<string, SyncedRowLike[]> = {};
    for (const [i, table] of tables.entries()) {
      const found = await table.toArray();
      const name = SYNCED_TABLES[i];
      if (found.length && name) rows[name] = found;
    }
    return { covers, rows };
  });
  if (!read) return null;
  const hlc = encodeHlc(deps.clock.tick());
  await db.local.put(clockRow(deps.clock));
  const relPath = snapshotPath(hlc);
  const createdAt = deps.now().toISOString();
  const sealed = await encodeSnapshot(deps.keys, relPath, {
    createdAt,
    createdBy: deps.device,
    covers: read.covers,
    rows: read.rows,
  });
  await deps.folder.writeImmutable(relPath, sealed);
  const known: UsableSnapshot = {
    relPath,
    hlc,
    device: deps.device,
    covers: read.covers,
    createdAt,
    firstSeenAt: createdAt,
  };
  await rememberSnapshot(db, known);
  return known;
}

/**
 * This PC's own files its rows hold: those written, up to the first number found taken by
 * a file it did not write (see exportOps.ts), whose ops this PC never applied.
 */
function ownFilesHeld(state: { files: (string | null)[]; written: number }): number {
  const skipped = state.files.slice(0, state.written).indexOf(null);
  return skipped === -1 ? state.written : skipped;
}
