import { claim, type ClaimOutcome } from './claims';
import { createFolderContext, type SyncFolderDeps } from './folderContext';
import { withLock } from './folderLock';
import { writeImmutable } from './immutableWrite';
import { replaceDamaged } from './replaceDamaged';
import type { DamagedOwnFile } from '../../../shared/sync/damagedFile';
import { listOpFiles, readOpFile, type OpFileListing } from './opFiles';
import { listQuarantine, quarantine, type QuarantineEntry } from './quarantine';
import { deleteSyncFile, listSnapshots, type SnapshotListing } from './snapshots';
import { findSynchronisers, type SynchroniserReading } from './synchroniserMarkers';
import { createMarker, readMarker, type MarkerReading } from './workspaceMarker';

export type { SyncFolderDeps } from './folderContext';
export type { ClaimOutcome } from './claims';
export type { OpFileEntry, OpFileListing } from './opFiles';
export type { QuarantineEntry, QuarantineRecord } from './quarantine';
export type { MarkerReading } from './workspaceMarker';
export type { SnapshotEntry, SnapshotListing } from './snapshots';
export { MARKER_FILE } from './workspaceMarker';
export { SyncFolderError, isSyncFolderError, type SyncFolderErrorReason } from './syncFolderError';

/**
 * The shared folder as the sync engine sees it (DESIGN.md §5): files written once and
 * never changed, op files listed by strict name, claims and locks made with an exclusive
 * mkdir. All paths are relative to the root, with forward slashes.
 */
export interface SyncFolder {
  /** Writes a new file via a temp name and a rename; never replaces an existing one. */
  writeImmutable(relPath: string, bytes: Uint8Array): Promise<void>;
  /**
   * Writes this PC's op file again over what is damaged at its name (replaceDamaged.ts):
   * what was found is moved aside only while it is still that; a valid file never is.
   */
  replaceDamaged(relPath: string, bytes: Uint8Array, found: DamagedOwnFile): Promise<void>;
  /** The op files of every device; `reachable: false` when the share cannot be read. */
  listOpFiles(): Promise<OpFileListing>;
  /** An op file's or a snapshot's bytes, at most `maxBytes`. */
  readOpFile(relPath: string, maxBytes: number): Promise<Uint8Array | { tooLarge: true }>;
  listSnapshots(): Promise<SnapshotListing>;
  /** Deletes an op file or a snapshot (pruning, under the lock); absent is fine. */
  deleteFile(relPath: string): Promise<void>;
  /** Records that this PC skips a file, and why; the file itself stays. */
  quarantine(relPath: string, reason: string): Promise<QuarantineEntry>;
  listQuarantine(): Promise<QuarantineEntry[]>;
  /** Creates `relDir` exclusively: 'taken' when it already exists. */
  claim(relDir: string): Promise<ClaimOutcome>;
  withLock<T>(name: string, timeoutMs: number, staleMs: number, fn: () => Promise<T>): Promise<T>;
  readMarker(): Promise<MarkerReading>;
  /** The file synchronisers whose marker is at the root (a replicated workspace). */
  findSynchronisers(): Promise<SynchroniserReading>;
  /** Makes the root a workspace; fails with reason 'exists' when it already is one. */
  createMarker(json: unknown): Promise<void>;
}

export function createSyncFolder(deps: SyncFolderDeps): SyncFolder {
  const ctx = createFolderContext(deps);
  return {
    writeImmutable: (relPath, bytes) => writeImmutable(ctx, relPath, bytes),
    replaceDamaged: (relPath, bytes, found) => replaceDamaged(ctx, relPath, bytes, found),
    listOpFiles: () => listOpFiles(ctx),
    readOpFile: (relPath, maxBytes) => readOpFile(ctx, relPath, maxBytes),
    listSnapshots: () => listSnapshots(ctx),
    deleteFile: (relPath) => deleteSyncFile(ctx, relPath),
    quarantine: (relPath, reason) => quarantine(ctx, relPath, reason),
    listQuarantine: () => listQuarantine(ctx),
    claim: (relDir) => claim(ctx, relDir),
    withLock: (name, timeoutMs, staleMs, fn) => withLock(ctx, name, timeoutMs, staleMs, fn),
    readMarker: () => readMarker(ctx),
    findSynchronisers: () => findSynchronisers(ctx),
    createMarker: (json) => createMarker(ctx, json),
  };
}
