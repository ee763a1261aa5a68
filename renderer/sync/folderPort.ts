import type { DamagedOwnFile } from '../../shared/sync/damagedFile';

/**
 * The shared folder as the sync engine needs it: the subset of the main process's
 * `SyncFolder` (electron/services/sync/syncFolder.ts) the engine calls, with the same
 * shapes, so the preload's API, the real service in tests and the in-memory folder of the
 * simulations all plug in. All paths are relative to the workspace root, forward slashes.
 */

export interface OpFileEntry {
  device: string;
  seq: number;
  /** `devices/<id>/ops/<seq>.json` */
  relPath: string;
  size: number;
}

/** An unreachable share is its own answer, never an empty list. */
export type OpFileListing =
  { reachable: true; files: OpFileEntry[] } | { reachable: false; code?: string };

/** A snapshot file: `snapshots/<hlc>.json` (see shared/sync/folderPaths.ts). */
export interface SnapshotEntry {
  relPath: string;
  /** The clock stamp that names the snapshot. */
  hlc: string;
  size: number;
}

export type SnapshotListing =
  { reachable: true; files: SnapshotEntry[] } | { reachable: false; code?: string };

export interface FolderPort {
  listOpFiles(): Promise<OpFileListing>;
  /**
   * An op file's or a snapshot's bytes, or `tooLarge` past `maxBytes`; throws `notFound`,
   * `io`, ...
   */
  readOpFile(relPath: string, maxBytes: number): Promise<Uint8Array | { tooLarge: true }>;
  /** Writes a new op file or snapshot once; throws with `reason: 'exists'` if it is there. */
  writeImmutable(relPath: string, bytes: Uint8Array): Promise<void>;
  /**
   * Writes this PC's op file `relPath` again over the damaged thing `found` at its name
   * (a file cut short, another workspace's file, a folder): main moves it aside, never
   * deletes it, and only while it is still exactly that; throws `exists` if it changed.
   */
  replaceDamaged(relPath: string, bytes: Uint8Array, found: DamagedOwnFile): Promise<void>;
  /** Records in the folder that this PC skips a file, and why. */
  quarantine(relPath: string, reason: string): Promise<unknown>;
  /** Creates `claims/<year>/<number>` exclusively: 'taken' when another PC has it. */
  claim(relDir: string): Promise<'claimed' | 'taken'>;
  listSnapshots(): Promise<SnapshotListing>;
  /**
   * Runs `fn` holding the workspace lock `name` on the share (one PC at a time); throws
   * `lockTimeout` when another PC keeps it past the time-out.
   */
  withLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Deletes an op file or snapshot (pruning); only inside `withLock`. Absent is fine. */
  deleteFile(relPath: string): Promise<void>;
}

/** The reasons the folder service gives (SyncFolderErrorReason). */
export type FolderErrorReason =
  'unreachable' | 'exists' | 'busy' | 'notFound' | 'invalidPath' | 'lockTimeout' | 'io';

/**
 * The `reason` of an error thrown by a folder port, read structurally: the error may have
 * been rebuilt on this side of the IPC boundary, so no class identity is relied upon.
 */
export function folderErrorReason(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('reason' in error)) return undefined;
  return typeof error.reason === 'string' ? error.reason : undefined;
}

export function isFolderError(error: unknown, reason: FolderErrorReason): boolean {
  return folderErrorReason(error) === reason;
}

/** The Indonesian message of a folder failure, for the report. */
export function folderErrorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Folder bersama tidak dapat dipakai saat ini.';
}
