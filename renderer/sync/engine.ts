import type { HlcClock } from '../../shared/sync/hlc';
import { parseOpFilePath } from '../../shared/sync/opFile';
import type { MejaDatabase } from '../db/database';
import { exportOps } from './exportOps';
import type { FolderPort, OpFileListing } from './folderPort';
import { importOps, type DeviceApplied, type WaitingDevice } from './importOps';
import {
  DEFAULT_SNAPSHOT_POLICY,
  maintainFolder,
  NO_MAINTENANCE,
  type MaintenanceReport,
  type SnapshotPolicy,
} from './maintainFolder';
import { exportHeld } from './joinHold';
import { retiredDevices } from './peers';
import { catchUpFromSnapshots, type AppliedSnapshot } from './snapshotApply';
import { coveredUpTo, learnSnapshots } from './snapshotState';
import { lastStalled, STALL_AFTER_MS, trackStalled, type StalledFile } from './stalledFiles';
import {
  lastStamp,
  readExportState,
  readQuarantine,
  removeFromQuarantine,
  type QuarantinedFile,
} from './syncState';
import type { WorkspaceKeys } from './workspaceCrypto';

export type { DeviceApplied, WaitingDevice } from './importOps';
export type { QuarantinedFile } from './syncState';
export type { MaintenanceReport, SnapshotPolicy } from './maintainFolder';
export type { AppliedSnapshot } from './snapshotApply';
export type { StalledFile } from './stalledFiles';

export interface SyncEngineDeps {
  db: MejaDatabase;
  /** This PC's device id: it writes under `devices/<device>/` only. */
  device: string;
  /** The clock of the write context: received stamps move it forward. */
  clock: HlcClock;
  keys: WorkspaceKeys;
  folder: FolderPort;
  now: () => Date;
  /** Told how far a cycle with much to apply has come (the first sync of a joining PC). */
  onProgress?: (progress: SyncProgress) => void;
  /** When to write snapshots and prune (maintainFolder.ts); the defaults suit an office. */
  snapshotPolicy?: Partial<SnapshotPolicy>;
  /** How long another PC's file may be waited at before the operator is told (stalledFiles.ts). */
  stallAfterMs?: number;
}

export interface SyncProgress {
  phase: 'snapshot' | 'ops';
  done: number;
  total: number;
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
  /**
   * Of `waiting`, those waited at for longer than the stall time: shown to the operator with
   * the PC and the number. Optional only for reports made elsewhere.
   */
  stalled?: StalledFile[];
  /** Every file this PC currently refuses, for the sync screen. */
  quarantined: QuarantinedFile[];
  /** The share could not be listed: nothing was imported, and nothing is taken as deleted. */
  folderUnreachable: boolean;
  /** Local changes not yet in the folder. */
  pendingLocalChanges: number;
  /** This PC was retired from the workspace: it neither writes nor reads the folder. */
  retired: boolean;
  /**
   * How far ahead of this PC's clock another PC's newest stamp was, when past the warning
   * threshold (CLOCK_WARN_MS); null when every clock agrees closely enough.
   */
  clockDriftMs: number | null;
  /**
   * Snapshots applied this cycle: a new PC starts from the newest one, a PC whose next op
   * files were pruned from one that holds them. Optional only for reports made elsewhere.
   */
  snapshotsApplied?: AppliedSnapshot[];
  /** Why a snapshot this PC needs waits (Indonesian), or null. */
  snapshotError?: string | null;
  /** The snapshot written and the files pruned by this PC this cycle. */
  maintenance?: MaintenanceReport;
  /**
   * Of the ops applied, those that were not audit entries. The audit records a cycle only for
   * these, so that two PCs never answer each other's sync entries forever.
   */
  appliedDataOps?: number;
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
    if ((await retiredDevices(deps.db)).has(deps.device)) {
      return quietReport(deps, { retired: true, folderUnreachable: false });
    }
    const listing = await list(deps.folder);
    // Nothing is written to a share that cannot even be listed; the changes wait.
    if (!listing.reachable) {
      return quietReport(deps, { retired: false, folderUnreachable: true });
    }
    // Snapshots that cannot be listed now: no own file counts as pruned, none is restored.
    const view = await learnSnapshots(deps);
    const ownCovered = view ? coveredUpTo(view.usable, deps.device) : null;
    // A PC joining with data of its own imports first; it exports (and writes snapshots of
    // its rows) only once the operator has chosen what to keep (joinHold.ts).
    const held = await exportHeld(deps.db);
    const exported = held ? NOTHING_EXPORTED : await exportOps(deps, listing, ownCovered);
    const caughtUp = view
      ? await catchUpFromSnapshots(deps, listing, view)
      : { applied: [], error: null };
    const imported = await importOps(deps, listing);
    await forgetVanished(deps.db, listing);
    const policy = { ...DEFAULT_SNAPSHOT_POLICY, ...deps.snapshotPolicy };
    const maintenance =
      view && !held ? await maintainFolder(deps, listing, view, policy) : NO_MAINTENANCE;
    return {
      exportedOps: exported.exportedOps,
      exportedFiles: exported.exportedFiles,
      restoredFiles: exported.restoredFiles,
      exportError: exported.error,
      applied: imported.applied,
      appliedDataOps: imported.dataOps,
      waiting: imported.waiting,
      stalled: await trackStalled(
        deps.db,
        imported.waiting,
        deps.now(),
        deps.stallAfterMs ?? STALL_AFTER_MS,
      ),
      clockDriftMs: imported.clockAheadMs > CLOCK_WARN_MS ? imported.clockAheadMs : null,
      retired: false,
      quarantined: await readQuarantine(deps.db),
      folderUnreachable: false,
      pendingLocalChanges: await pendingLocalChanges(deps.db),
      snapshotsApplied: caughtUp.applied,
      snapshotError: caughtUp.error,
      maintenance,
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

/** Another PC's clock this far ahead of ours is worth a warning (the cap refuses at 5 min). */
export const CLOCK_WARN_MS = 60_000;

/** A cycle that neither read nor wrote the folder: retired, or the share out of reach. */
async function quietReport(
  deps: SyncEngineDeps,
  why: { retired: boolean; folderUnreachable: boolean },
): Promise<CycleReport> {
  const { db } = deps;
  return {
    ...why,
    exportedOps: 0,
    exportedFiles: 0,
    restoredFiles: 0,
    exportError: null,
    applied: [],
    waiting: [],
    stalled: why.retired
      ? []
      : await lastStalled(db, deps.now(), deps.stallAfterMs ?? STALL_AFTER_MS),
    quarantined: await readQuarantine(db),
    pendingLocalChanges: await pendingLocalChanges(db),
    clockDriftMs: null,
    snapshotsApplied: [],
    snapshotError: null,
    maintenance: NO_MAINTENANCE,
  };
}

/**
 * Quarantined op files no longer in the folder (deleted by hand, moved aside by their PC, the
 * folder emptied) are off the list: what waits at that number is then a gap, shown with
 * the others once it lasts (stalledFiles.ts). A file only late in the listing is refused
 * again when read.
 */
async function forgetVanished(
  db: MejaDatabase,
  listing: Extract<OpFileListing, { reachable: true }>,
): Promise<void> {
  const listed = new Set(listing.files.map((f) => f.relPath));
  for (const file of await readQuarantine(db)) {
    // Snapshots have their own listing and leave the list in snapshotState.
    if (!parseOpFilePath(file.relPath) || listed.has(file.relPath)) continue;
    await removeFromQuarantine(db, file.relPath);
  }
}

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
