import type { MejaDatabase } from '../../../renderer/db/database';
import type { WriteContext } from '../../../renderer/db/repository';
import { SYNCED_TABLES } from '../../../renderer/db/rows';
import { testDatabase, testWriteContext } from './testDatabase';
import {
  createSyncEngine,
  type SnapshotPolicy,
  type SyncEngine,
} from '../../../renderer/sync/engine';
import type { FolderPort } from '../../../renderer/sync/folderPort';
import {
  DEFAULT_SNAPSHOT_POLICY,
  maintainFolder,
  NO_MAINTENANCE,
  type MaintenanceReport,
} from '../../../renderer/sync/maintainFolder';
import { learnSnapshots } from '../../../renderer/sync/snapshotState';
import {
  createWorkspaceSecrets,
  ITERATION_LIMITS,
  type WorkspaceKeys,
} from '../../../renderer/sync/workspaceCrypto';

/** Test helpers: simulated PCs on one shared folder. */

/** Keys made with few PBKDF2 iterations, so tests stay fast. */
export async function fastKeys(
  passphrase = 'Pengadilan Negeri Sleman 2025!',
): Promise<WorkspaceKeys> {
  const options = { iterations: 1000, limits: { min: 1000, max: ITERATION_LIMITS.max } };
  return (await createWorkspaceSecrets(passphrase, options)).keys;
}

export interface TestPc {
  device: string;
  db: MejaDatabase;
  ctx: WriteContext & { advance(ms: number): void };
  engine: SyncEngine;
}

export const START = Date.UTC(2026, 10, 22, 7, 30);

/** One PC: its own fake IndexedDB, a clock `skewMs` off, its engine on `folder`. */
export function testPc(options: {
  device: string;
  folder: FolderPort;
  keys: WorkspaceKeys;
  skewMs?: number;
  snapshotPolicy?: Partial<SnapshotPolicy>;
}): TestPc {
  const db = testDatabase(`meja-ti-${options.device}`);
  const ctx = testWriteContext(db, {
    device: options.device,
    start: START + (options.skewMs ?? 0),
    actor: `${options.device}-op`,
  });
  const engine = createSyncEngine({
    db,
    device: options.device,
    clock: ctx.clock,
    keys: options.keys,
    folder: options.folder,
    now: ctx.now,
    snapshotPolicy: options.snapshotPolicy,
  });
  return { device: options.device, db, ctx, engine };
}

/** Every synced table's rows, sorted by id. */
export async function syncedRows(db: MejaDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of SYNCED_TABLES) {
    out[table] = await db.table(table).orderBy('id').toArray();
  }
  return out;
}

/**
 * Has the PC write a snapshot now (when it holds something the newest one lacks) and
 * prune, outside its sync cycle: `graceMs` 0 deletes at once what the snapshot holds.
 */
export async function snapshotNow(
  pc: TestPc,
  folder: FolderPort,
  keys: WorkspaceKeys,
  policy: Partial<SnapshotPolicy> = {},
): Promise<MaintenanceReport> {
  const deps = { ...pc.ctx, keys, folder };
  const listing = await folder.listOpFiles();
  const view = listing.reachable ? await learnSnapshots(deps) : null;
  if (!listing.reachable || !view) return NO_MAINTENANCE;
  return maintainFolder(
    deps,
    listing,
    view,
    { ...DEFAULT_SNAPSHOT_POLICY, ...policy },
    {
      force: true,
    },
  );
}
