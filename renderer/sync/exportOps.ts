import { MAX_OPS_PER_FILE, opFilePath } from '../../shared/sync/opFile';
import type { MejaDatabase } from '../db/database';
import type { OutboxEntry } from '../db/rows';
import {
  folderErrorMessage,
  isFolderError,
  type FolderPort,
  type OpFileListing,
} from './folderPort';
import { ExportRefusedError, holdsEntries, MAX_OP_FILE_CONTENT, opSize } from './opFileCodec';
import {
  encodeOwnFile,
  entriesOf,
  inspectOwnFile,
  readOwnSizes,
  saveOwnSizes,
  takeSquattedNumbers,
  verifyOwnFiles,
} from './ownFiles';
import { exportStateRow, lastStamp, readExportState, type ExportState } from './syncState';
import type { WorkspaceKeys } from './workspaceCrypto';

export interface ExportDeps {
  db: MejaDatabase;
  device: string;
  keys: WorkspaceKeys;
  folder: FolderPort;
  now: () => Date;
}

export interface ExportResult {
  exportedOps: number;
  exportedFiles: number;
  /** This PC's files written again because the folder had lost or damaged them. */
  restoredFiles: number;
  /** Why exporting stopped early (Indonesian); the ops wait for the next cycle. */
  error: string | null;
}

type WriteOutcome =
  { kind: 'written' } | { kind: 'foreign' } | { kind: 'stopped'; message: string };

/**
 * Writes this PC's new outbox entries as its next op files, then checks its earlier files
 * (ownFiles.ts) and writes again any the listing lacks or that is damaged.
 *
 * A file's ops are fixed when its number is planned (ExportState), before the first
 * write, and the state moves past it only after the write succeeded. A write that
 * succeeded without telling us (a crash, a lost reply) is found on the retry as `exists`:
 * the file is read back and, holding exactly the planned ops, counted as written. A valid
 * file of this PC that holds other ops was not written from this outbox (the database was
 * restored from an older backup): its number is skipped, never rewritten, and the ops go
 * in the next file. Anything else at the name (the file cut short by the share, another
 * workspace's file, a folder) is nobody's valid file: it is moved aside and the planned
 * file written in its place, so no number is skipped for it and no PC waits at it.
 *
 * The folder coming back without this PC's files (restored from an old backup, emptied,
 * replaced) is not read as deletions: the missing files are written again under their
 * own numbers with their own ops, so a PC whose cursor is behind finds each number it
 * waits for, and a PC already past it skips the same ops it has applied.
 *
 * `ownCovered` is the last of this PC's files a snapshot in the folder holds (snapshotState
 * coveredUpTo): those were pruned, not lost, and are not written again; a folder with no
 * snapshot gets every missing file back, so an emptied folder loses nothing. Null when the
 * snapshots could not be listed: nothing is written again this cycle. A number a snapshot
 * holds is never planned anew either (a database restored from an older backup): the
 * other PCs' cursors are past it.
 */
export async function exportOps(
  deps: ExportDeps,
  listing: OpFileListing,
  ownCovered: number | null = 0,
): Promise<ExportResult> {
  const result: ExportResult = { exportedOps: 0, exportedFiles: 0, restoredFiles: 0, error: null };
  const sizes = await readOwnSizes(deps.db);
  try {
    await exportNew(deps, ownCovered, sizes, result);
    if (result.error || !listing.reachable || ownCovered === null) return result;
    const state = await readExportState(deps.db);
    const taken = await takeSquattedNumbers(deps, state, listing);
    if (taken !== state) await deps.db.local.put(exportStateRow(taken));
    const verified = await verifyOwnFiles(deps, taken, listing, ownCovered, sizes);
    result.restoredFiles = verified.restored;
    result.error = verified.error;
    return result;
  } finally {
    await saveOwnSizes(deps.db, sizes, ownCovered ?? 0);
  }
}

/** Writes the outbox entries not yet in a file as this PC's next files. */
async function exportNew(
  deps: ExportDeps,
  ownCovered: number | null,
  sizes: Map<number, number>,
  result: ExportResult,
): Promise<void> {
  let state = await readExportState(deps.db);
  for (;;) {
    if (state.written === state.files.length) {
      const planned = await planNextFile(deps.db, state);
      if (!planned) break;
      state = { files: [...state.files, planned], written: state.written };
      await deps.db.local.put(exportStateRow(state));
    }
    const seq = state.written + 1;
    const entries = await entriesOf(deps.db, state, seq);
    const outcome: WriteOutcome =
      entries.length && seq > (ownCovered ?? 0)
        ? await writeFile(deps, seq, entries, sizes)
        : { kind: 'foreign' };
    if (outcome.kind === 'stopped') {
      result.error = outcome.message;
      return;
    }
    if (outcome.kind === 'written') {
      result.exportedOps += entries.length;
      result.exportedFiles += 1;
      state = { files: state.files, written: seq };
    } else {
      state = { files: state.files.map((f, i) => (i === seq - 1 ? null : f)), written: seq };
    }
    await deps.db.local.put(exportStateRow(state));
  }
}

/** The stamp of the last outbox entry the next file takes, or null when none waits. */
async function planNextFile(db: MejaDatabase, state: ExportState): Promise<string | null> {
  const after = lastStamp(state.files);
  const collection = after ? db.outbox.where('hlc').above(after) : db.outbox.orderBy('hlc');
  const candidates = await collection.limit(MAX_OPS_PER_FILE).toArray();
  let size = 0;
  let last: string | null = null;
  for (const entry of candidates) {
    size += opSize(entry);
    if (last !== null && size > MAX_OP_FILE_CONTENT) break;
    last = entry.hlc;
  }
  return last;
}

async function writeFile(
  deps: ExportDeps,
  seq: number,
  entries: readonly OutboxEntry[],
  sizes: Map<number, number>,
): Promise<WriteOutcome> {
  const relPath = opFilePath(deps.device, seq);
  let bytes: Uint8Array | null = null;
  try {
    bytes = await encodeOwnFile(deps, seq, entries);
    await deps.folder.writeImmutable(relPath, bytes);
    sizes.set(seq, bytes.length);
    return { kind: 'written' };
  } catch (error) {
    if (error instanceof ExportRefusedError) return { kind: 'stopped', message: error.message };
    if (!isFolderError(error, 'exists')) {
      return { kind: 'stopped', message: folderErrorMessage(error) };
    }
  }
  if (!bytes) return { kind: 'stopped', message: 'Berkas perubahan tidak dapat disusun.' };
  const found = await inspectOwnFile(deps, seq);
  if (found.kind === 'unavailable') return { kind: 'stopped', message: found.message };
  if (found.kind === 'valid') return holdsEntries(found.file, entries) ? written() : foreign();
  // Cut short, another workspace's, a folder: nothing any PC can apply, so not skipped.
  try {
    await deps.folder.replaceDamaged(relPath, bytes, found.found);
    sizes.set(seq, bytes.length);
    return { kind: 'written' };
  } catch (error) {
    return { kind: 'stopped', message: folderErrorMessage(error) };
  }
}

const written = (): WriteOutcome => ({ kind: 'written' });
const foreign = (): WriteOutcome => ({ kind: 'foreign' });
