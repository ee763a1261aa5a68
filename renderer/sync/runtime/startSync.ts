import { liveQuery } from 'dexie';
import type { MejaApi } from '../../../shared/api/contract';
import { errorMessage } from '../../api/client';
import type { MejaDatabase } from '../../db/database';
import type { WriteContext } from '../../db/repository';
import { createSyncEngine, type CycleReport } from '../engine';
import type { FolderPort } from '../folderPort';
import { createIpcFolder } from './ipcFolder';
import { createSyncDriver, type SyncDriver } from './syncDriver';
import { appendSyncLog } from './syncLog';
import { readWorkspace, type Workspace } from './workspace';

const LAST_SYNC_KEY = 'sync:lastSyncAt';

/**
 * Work the app runs after each cycle that reached the folder (claiming register numbers,
 * settling a join review). It is injected so that sync depends on no feature.
 */
export type AfterSyncCycle = (cycle: {
  write: WriteContext;
  folder: FolderPort;
  report: CycleReport;
}) => Promise<void>;

export interface RunningSync {
  folder: FolderPort;
  driver: SyncDriver;
  stop(): void;
}

/** Why a start failed, for "Sinkronisasi gagal dimulai: …". */
export function startFailureReason(error: unknown): string {
  return errorMessage(error);
}

/** The joined workspace, or why it could not be read; never throws into a live query. */
export async function loadWorkspace(
  db: MejaDatabase,
): Promise<{ workspace: Workspace | null; error: string | null }> {
  try {
    return { workspace: await readWorkspace(db), error: null };
  } catch (error) {
    return { workspace: null, error: startFailureReason(error) };
  }
}

/**
 * Starts sync for the workspace: a driver over the engine over main's folder, nudged by
 * every change to the outbox. A failure on the way stops whatever had started and rejects.
 */
export async function startSync(deps: {
  db: MejaDatabase;
  api: MejaApi;
  write: WriteContext;
  workspace: Workspace;
  afterCycle: AfterSyncCycle;
}): Promise<RunningSync> {
  const { db, write, workspace } = deps;
  const folder = createIpcFolder(deps.api);
  const last = await db.local.get(LAST_SYNC_KEY);
  // The engine reports progress to the driver made right after it.
  const holder: { driver?: SyncDriver } = {};
  const engine = createSyncEngine({
    db,
    device: write.device,
    clock: write.clock,
    keys: workspace.keys,
    folder,
    now: write.now,
    onProgress: (progress) => holder.driver?.setProgress(progress),
  });
  const driver = createSyncDriver({
    engine,
    now: write.now,
    lastSyncAt:
      typeof last?.value === 'string'
        ? last.value
        : workspace.joined.created
          ? workspace.joined.joinedAt
          : null,
    rememberSync: async (at) => {
      await db.local.put({ key: LAST_SYNC_KEY, value: at });
    },
    log: (entries) => appendSyncLog(db, entries),
    afterCycle: (report) => deps.afterCycle({ write, folder, report }),
  });
  holder.driver = driver;
  driver.start();
  try {
    // Every local write appends to the outbox: sync shortly after it.
    let first = true;
    const outbox = liveQuery(() => db.outbox.count()).subscribe(() => {
      if (first) first = false;
      else driver.nudge();
    });
    return {
      folder,
      driver,
      stop() {
        driver.stop();
        outbox.unsubscribe();
      },
    };
  } catch (error) {
    driver.stop();
    throw error;
  }
}
