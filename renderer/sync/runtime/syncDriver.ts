import type { CycleReport, QuarantinedFile, StalledFile, SyncEngine } from '../engine';
import { FIRST_MEMORY, logEntriesFor, type CycleMemory } from './cycleLog';
import type { SyncLogEntry } from './syncLog';

/** What the header and the sync screen show. */
export interface SyncStatus {
  running: boolean;
  /** Local changes not yet in the folder. */
  pending: number;
  /** ISO: the last cycle that reached the folder. */
  lastSyncAt: string | null;
  /** ISO: since when the folder has not been reachable; null while it is. */
  unreachableSince: string | null;
  /** Why the last cycle failed outright (Indonesian), if it did. */
  error: string | null;
  /** Progress of the cycle running now, when it has much to apply. */
  progress: { phase: 'snapshot' | 'ops'; done: number; total: number } | null;
  /** No cycle has reached the folder yet since this PC joined. */
  firstSync: boolean;
  clockDriftMs: number | null;
  quarantined: QuarantinedFile[];
  /** Other PCs' files waited at past the stall time, with the PC and number (stalledFiles.ts). */
  stalled?: StalledFile[];
  /** This PC was retired from the workspace by an operator. */
  retired: boolean;
}

export interface SyncDriverDeps {
  engine: SyncEngine;
  now: () => Date;
  /** ISO: the last cycle that reached the folder, from an earlier run; null on a joining PC. */
  lastSyncAt: string | null;
  /** Keeps `lastSyncAt` across restarts. */
  rememberSync(at: string): Promise<void>;
  log(entries: SyncLogEntry[]): Promise<void>;
  /** Work that needs a fresh cycle behind it (register numbers); its failure is logged. */
  afterCycle?(report: CycleReport): Promise<void>;
  intervalMs?: number;
  debounceMs?: number;
}

export interface SyncDriver {
  start(): void;
  stop(): void;
  /** A local change was made: sync soon (debounced). */
  nudge(): void;
  /** Runs a cycle now and resolves when it is done. */
  syncNow(): Promise<void>;
  setProgress(progress: SyncStatus['progress']): void;
  status(): SyncStatus;
  subscribe(listener: () => void): () => void;
}

export const SYNC_INTERVAL_MS = 5_000;
export const SYNC_DEBOUNCE_MS = 1_500;
/**
 * Cycles in a row that must miss the folder before the header says it is out of reach: one
 * failed listing (a share slow to answer, a file held open for a moment) is not an outage.
 */
export const UNREACHABLE_AFTER_MISSES = 2;

/** Runs the engine in the background: every few seconds and shortly after each change. */
export function createSyncDriver(deps: SyncDriverDeps): SyncDriver {
  const listeners = new Set<() => void>();
  let status: SyncStatus = {
    running: false,
    pending: 0,
    lastSyncAt: deps.lastSyncAt,
    unreachableSince: null,
    error: null,
    progress: null,
    firstSync: deps.lastSyncAt === null,
    clockDriftMs: null,
    quarantined: [],
    stalled: [],
    retired: false,
  };
  let memory: CycleMemory = FIRST_MEMORY;
  let interval: ReturnType<typeof setInterval> | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let current: Promise<void> | null = null;
  let again = false;
  /** The cycles in a row that could not list the folder, and when the first of them ran. */
  let misses = 0;
  let firstMissAt: string | null = null;

  function update(patch: Partial<SyncStatus>) {
    status = { ...status, ...patch };
    for (const listener of listeners) listener();
  }

  async function cycle(): Promise<void> {
    update({ running: true });
    const at = deps.now().toISOString();
    try {
      const report = await deps.engine.runCycle();
      const logged = logEntriesFor(report, memory, at);
      memory = logged.memory;
      await deps.log(logged.entries);
      const reached = !report.folderUnreachable;
      misses = reached ? 0 : misses + 1;
      firstMissAt = reached ? null : (firstMissAt ?? at);
      if (reached) await deps.rememberSync(at);
      update({
        pending: report.pendingLocalChanges,
        lastSyncAt: reached ? at : status.lastSyncAt,
        unreachableSince: misses >= UNREACHABLE_AFTER_MISSES ? firstMissAt : null,
        error: null,
        firstSync: status.firstSync && !reached,
        clockDriftMs: report.clockDriftMs,
        quarantined: report.quarantined,
        stalled: report.stalled ?? [],
        retired: report.retired,
      });
      if (reached && !report.retired && deps.afterCycle) {
        await deps.afterCycle(report).catch(async (error: unknown) => {
          await deps.log([{ at, kind: 'error', message: messageOf(error) }]);
        });
      }
    } catch (error) {
      // The engine throws only past a listing that answered: the folder was reached, and the
      // failure is what to show, not an outage seen earlier.
      misses = 0;
      firstMissAt = null;
      const message = messageOf(error);
      if (message !== status.error) await deps.log([{ at, kind: 'error', message }]);
      update({ error: message, unreachableSince: null });
    } finally {
      update({ running: false, progress: null });
    }
  }

  function run(): Promise<void> {
    if (current) {
      // A change during a cycle gets a cycle of its own after it.
      again = true;
      return current;
    }
    current = cycle().finally(() => {
      current = null;
      if (again) {
        again = false;
        void run();
      }
    });
    return current;
  }

  return {
    start() {
      if (interval) return;
      interval = setInterval(() => void run(), deps.intervalMs ?? SYNC_INTERVAL_MS);
      void run();
    },
    stop() {
      clearInterval(interval);
      clearTimeout(debounce);
      interval = undefined;
    },
    nudge() {
      clearTimeout(debounce);
      debounce = setTimeout(() => void run(), deps.debounceMs ?? SYNC_DEBOUNCE_MS);
    },
    syncNow: () => run(),
    setProgress: (progress) => update({ progress }),
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message
    ? error.message
    : 'Sinkronisasi gagal karena kesalahan tak terduga.';
}
