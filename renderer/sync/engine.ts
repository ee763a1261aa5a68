import type { HlcClock } from '../../shared/sync/hlc';
import type { MejaDatabase } from '../db/database';
import { exportOps } from './exportOps';
import type { FolderPort, OpFileListing } from './folderPort';
import { importOps, type DeviceApplied, type WaitingDevice } from './importOps';
import { lastStamp, readExportState, readQuarantine, type QuarantinedFile } from './syncState';
import type { WorkspaceKeys } from './workspaceCrypto';

export type { DeviceApplied, WaitingDevice } from './importOps';
export type { QuarantinedFile } from './syncState';

export interface SyncEngineDeps {
  db: MejaDatabase;
  /** This PC's device id: it writes under `devices/<device>/` only. */
  device: string;
  /** The clock of the write context: received stamps move it forward. */
  clock: HlcClock;
  keys: WorkspaceKeys;
  folder: FolderPort;
  now: () => Date;
}

export interface CycleReport {
  exportedOps: number;
  exportedFiles: number;
  /** This PC's files the folder had lost, written again (see exportOps.ts). */
  restoredFiles: number;
  /** Why exporting stopped early (Indonesian); those changes go next cycle. */
  exportError: string | null;
  /** Per other device, what was applied this cycle. */
  applied: DeviceApplied[];
  /** Devices whose next file is missing (a gap), unreadable now, or quarantined. */
  waiting: WaitingDevice[];
  /** Every file this PC currently refuses, for the sync screen. */
  quarantined: QuarantinedFile[];
  /** The share could not be listed: nothing was imported, and nothing is taken as deleted. */
  folderUnreachable: boolean;
  /** Local changes not yet in the folder. */
  pendingLocalChanges: number;
}

export interface SyncEngine {
  /** Export, then import. A call while a cycle runs gets that cycle's report. */
  runCycle(): Promise<CycleReport>;
  pendingLocalChanges(): Promise<number>;
  quarantined(): Promise<QuarantinedFile[]>;
}

/** The sync engine of one PC (DESIGN.md §5); everything it needs is passed in. */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  let running: Promise<CycleReport> | null = null;

  async function cycle(): Promise<CycleReport> {
    const listing = await list(deps.folder);
    // Nothing is written to a share that cannot even be listed; the changes wait.
    const exported = listing.reachable ? await exportOps(deps, listing) : NOTHING_EXPORTED;
    const imported = listing.reachable ? await importOps(deps, listing) : NOTHING_IMPORTED;
    return {
      exportedOps: exported.exportedOps,
      exportedFiles: exported.exportedFiles,
      restoredFiles: exported.restoredFiles,
      exportError: exported.error,
      applied: imported.applied,
      waiting: imported.waiting,
      quarantined: await readQuarantine(deps.db),
      folderUnreachable: !listing.reachable,
      pendingLocalChanges: await pendingLocalChanges(deps.db),
    };
  }

  return {
    runCycle() {
      running ??= cycle().finally(() => {
        running = null;
      });
      return running;
    },
    pendingLocalChanges: () => pendingLocalChanges(deps.db),
    quarantined: () => readQuarantine(deps.db),
  };
}

const NOTHING_EXPORTED = { exportedOps: 0, exportedFiles: 0, restoredFiles: 0, error: null };
const NOTHING_IMPORTED = { applied: [], waiting: [] };

/** A listing that failed outright counts as unreachable: never as an empty folder. */
async function list(folder: FolderPort): Promise<OpFileListing> {
  try {
    return await folder.listOpFiles();
  } catch {
    return { reachable: false };
  }
}

async function pendingLocalChanges(db: MejaDatabase): Promise<number> {
  const state = await readExportState(db);
  const after = lastStamp(state.files, state.written);
  return after ? db.outbox.where('hlc').above(after).count() : db.outbox.count();
}
