import { MAX_OPS_PER_FILE, opFilePath } from '../../shared/sync/opFile';
import type { MejaDatabase } from '../db/database';
import type { OutboxEntry } from '../db/rows';
import {
  folderErrorMessage,
  isFolderError,
  type FolderPort,
  type OpFileListing,
} from './folderPort';
import {
  decodeOpFile,
  encodeOpFile,
  ExportRefusedError,
  holdsEntries,
  MAX_OP_FILE_CONTENT,
  opSize,
} from './opFileCodec';
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
  /** This PC's files written again because the folder had lost them. */
  restoredFiles: number;
  /** Why exporting stopped early (Indonesian); the ops wait for the next cycle. */
  error: string | null;
}

type WriteOutcome =
  { kind: 'written' } | { kind: 'foreign' } | { kind: 'stopped'; message: string };

/**
 * Writes this PC's new outbox entries as its next op files, then writes again any of its
 * earlier files the listing lacks.
 *
 * A file's ops are fixed when its number is planned (ExportState), before the first
 * write, and the state moves past it only after the write succeeded. A write that
 * succeeded without telling us (a crash, a lost reply) is found on the retry as `exists`:
 * the file is read back and, holding exactly the planned ops, counted as written. A file
 * that holds anything else was not written from this outbox (the database was restored
 * from an older backup): its number is skipped, never rewritten, and the ops go in the
 * next file.
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
        ? await writeFile(deps, seq, entries)
        : { kind: 'foreign' };
    if (outcome.kind === 'stopped') {
      result.error = outcome.message;
      return result;
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
  if (listing.reachable && ownCovered !== null) {
    await restoreMissing(deps, state, listing, ownCovered, result);
  }
  return result;
}

async function restoreMissing(
  deps: ExportDeps,
  state: ExportState,
  listing: Extract<OpFileListing, { reachable: true }>,
  ownCovered: number,
  result: ExportResult,
): Promise<void> {
  const present = new Set(listing.files.filter((f) => f.device === deps.device).map((f) => f.seq));
  for (let seq = ownCovered + 1; seq <= state.written; seq++) {
    if (present.has(seq) || state.files[seq - 1] === null) continue;
    const entries = await entriesOf(deps.db, state, seq);
    if (!entries.length) continue;
    try {
      await deps.folder.writeImmutable(
        opFilePath(deps.device, seq),
        await encode(deps, seq, entries),
      );
      result.restoredFiles += 1;
    } catch (error) {
      // There after all: the listing lags behind the folder.
      if (isFolderError(error, 'exists')) continue;
      result.error = folderErrorMessage(error);
      return;
    }
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

/** The outbox entries of planned file `seq`, in stamp order. */
async function entriesOf(
  db: MejaDatabase,
  state: ExportState,
  seq: number,
): Promise<OutboxEntry[]> {
  const upper = state.files[seq - 1];
  if (!upper) return [];
  const lower = lastStamp(state.files, seq - 1);
  const range = lower
    ? db.outbox.where('hlc').between(lower, upper, false, true)
    : db.outbox.where('hlc').belowOrEqual(upper);
  return range.toArray();
}

function encode(deps: ExportDeps, seq: number, entries: readonly OutboxEntry[]) {
  return encodeOpFile(deps.keys, opFilePath(deps.device, seq), {
    device: deps.device,
    seq,
    createdAt: deps.now().toISOString(),
    entries,
  });
}

async function writeFile(
  deps: ExportDeps,
  seq: number,
  entries: readonly OutboxEntry[],
): Promise<WriteOutcome> {
  const relPath = opFilePath(deps.device, seq);
  try {
    await deps.folder.writeImmutable(relPath, await encode(deps, seq, entries));
    return { kind: 'written' };
  } catch (error) {
    if (error instanceof ExportRefusedError) return { kind: 'stopped', message: error.message };
    if (!isFolderError(error, 'exists')) {
      return { kind: 'stopped', message: folderErrorMessage(error) };
    }
  }
  const existing = await decodeOpFile(deps.folder, deps.keys, {
    relPath,
    device: deps.device,
    seq,
  });
  if (existing.kind === 'unavailable') return { kind: 'stopped', message: existing.message };
  if (existing.kind === 'ok' && holdsEntries(existing.file, entries)) return { kind: 'written' };
  return { kind: 'foreign' };
}
