import { z } from 'zod';
import { opFilePath } from '../../shared/sync/opFile';
import type { DamagedOwnFile } from '../../shared/sync/damagedFile';
import type { MejaDatabase } from '../db/database';
import type { OutboxEntry } from '../db/rows';
import {
  folderErrorMessage,
  isFolderError,
  type FolderPort,
  type OpFileListing,
} from './folderPort';
import { decodeOpFile, encodeOpFile, MAX_OP_FILE_BYTES, type SyncedOpFile } from './opFileCodec';
import { sha256Hex } from './sha256';
import { lastStamp, type ExportState } from './syncState';
import type { WorkspaceKeys } from './workspaceCrypto';

/**
 * This PC's own op files on the share: what it finds at one of its names, and the check of
 * the files it wrote. A file there that fails authentication or its length (cut short by
 * the share, another workspace's file, a folder) is not this PC's and holds nothing any PC
 * can apply, so the PC writes its file again over it (moved aside, never deleted). A valid
 * file is never replaced: one of this PC's from an older backup of its database keeps its
 * number, and the other PCs read it.
 */

export interface OwnFileDeps {
  db: MejaDatabase;
  device: string;
  keys: WorkspaceKeys;
  folder: FolderPort;
  now: () => Date;
}

export type OwnFileState =
  | { kind: 'valid'; file: SyncedOpFile }
  | { kind: 'damaged'; found: DamagedOwnFile }
  /** Could not be judged now (the share busy, gone a moment): tried again next cycle. */
  | { kind: 'unavailable'; message: string };

/** Reads and judges what is at this PC's file number `seq`. */
export async function inspectOwnFile(deps: OwnFileDeps, seq: number): Promise<OwnFileState> {
  const relPath = opFilePath(deps.device, seq);
  const decoded = await decodeOpFile(deps.folder, deps.keys, {
    relPath,
    device: deps.device,
    seq,
  });
  if (decoded.kind === 'ok') return { kind: 'valid', file: decoded.file };
  try {
    const bytes = await deps.folder.readOpFile(relPath, MAX_OP_FILE_BYTES);
    if (!(bytes instanceof Uint8Array)) {
      return { kind: 'damaged', found: { kind: 'larger', than: MAX_OP_FILE_BYTES } };
    }
    if (decoded.kind === 'unavailable') return decoded;
    return { kind: 'damaged', found: { kind: 'file', sha256: await sha256Hex(bytes) } };
  } catch (error) {
    // The name is taken but holds no file to read: a folder (or it went meanwhile, and
    // writing it again is right as well).
    if (isFolderError(error, 'notFound')) return { kind: 'damaged', found: { kind: 'notAFile' } };
    return { kind: 'unavailable', message: folderErrorMessage(error) };
  }
}

/** The outbox entries of planned file `seq`, in stamp order; none for a skipped number. */
export async function entriesOf(
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

/**
 * The sealed bytes of this PC's file `seq`. A number skipped (`null` in the state: its ops
 * went in the next file) or taken with no ops (`''`) is written with no ops, so the other
 * PCs can step over it.
 */
export function encodeOwnFile(
  deps: OwnFileDeps,
  seq: number,
  entries: readonly OutboxEntry[],
): Promise<Uint8Array> {
  return encodeOpFile(deps.keys, opFilePath(deps.device, seq), {
    device: deps.device,
    seq,
    createdAt: deps.now().toISOString(),
    entries,
  });
}

/** Sizes of this PC's files as it wrote or last checked them, so a cut file shows cheaply. */
export const OWN_SIZES_KEY = 'sync:ownSizes';
const sizesSchema = z.array(z.tuple([z.number().int().positive(), z.number().int().nonnegative()]));

export async function readOwnSizes(db: MejaDatabase): Promise<Map<number, number>> {
  const parsed = sizesSchema.safeParse((await db.local.get(OWN_SIZES_KEY))?.value);
  return new Map(parsed.success ? parsed.data : []);
}

export async function saveOwnSizes(
  db: MejaDatabase,
  sizes: Map<number, number>,
  above: number,
): Promise<void> {
  const kept = [...sizes].filter(([seq]) => seq > above).sort(([a], [b]) => a - b);
  await db.local.put({ key: OWN_SIZES_KEY, value: kept });
}

/**
 * The numbers after this PC's last file where the listing shows a file this PC did not
 * write and no PC can apply (another workspace's, a damaged one): the other PCs wait at
 * it, so this PC takes those numbers with files of no ops (`''` in the state), up to the
 * last such one. A valid file there is left alone (the export finds and skips it later).
 */
export async function takeSquattedNumbers(
  deps: OwnFileDeps,
  state: ExportState,
  listing: Extract<OpFileListing, { reachable: true }>,
): Promise<ExportState> {
  const beyond = [
    ...new Set(
      listing.files
        .filter((f) => f.device === deps.device && f.seq > state.written)
        .map((f) => f.seq),
    ),
  ].sort((a, b) => b - a);
  for (const seq of beyond.slice(0, MAX_OWN_CHECKS_PER_CYCLE)) {
    if ((await inspectOwnFile(deps, seq)).kind !== 'damaged') continue;
    const taken = Array.from({ length: seq - state.written }, () => '');
    return { files: [...state.files.slice(0, state.written), ...taken], written: seq };
  }
  return state;
}

/** Files whose size is unknown or changed, read and authenticated per cycle at most. */
export const MAX_OWN_CHECKS_PER_CYCLE = 16;

export interface VerifyResult {
  /** Files written again: missing, or damaged at their name. */
  restored: number;
  error: string | null;
}

/**
 * Checks this PC's written files after `ownCovered` (the ones a snapshot holds were pruned,
 * not lost) against the listing: a missing one is written again; one whose size differs
 * from the size this PC wrote (or was never checked) is read and authenticated, and written
 * again over what is there when that fails.
 */
export async function verifyOwnFiles(
  deps: OwnFileDeps,
  state: ExportState,
  listing: Extract<OpFileListing, { reachable: true }>,
  ownCovered: number,
  sizes: Map<number, number>,
): Promise<VerifyResult> {
  const result: VerifyResult = { restored: 0, error: null };
  const listed = new Map(
    listing.files.filter((f) => f.device === deps.device).map((f) => [f.seq, f.size]),
  );
  let checks = 0;
  for (let seq = ownCovered + 1; seq <= state.written; seq++) {
    const size = listed.get(seq);
    if (size !== undefined && sizes.get(seq) === size) continue;
    const entries = await entriesOf(deps.db, state, seq);
    // A planned file whose ops this database no longer has: nothing to write it from.
    if (state.files[seq - 1] && !entries.length) continue;
    let found: DamagedOwnFile | null = null;
    if (size !== undefined) {
      if (checks >= MAX_OWN_CHECKS_PER_CYCLE) continue;
      checks += 1;
      const inspected = await inspectOwnFile(deps, seq);
      if (inspected.kind === 'valid') sizes.set(seq, size);
      if (inspected.kind !== 'damaged') continue;
      found = inspected.found;
    }
    try {
      const bytes = await encodeOwnFile(deps, seq, entries);
      const relPath = opFilePath(deps.device, seq);
      if (found) await deps.folder.replaceDamaged(relPath, bytes, found);
      else await deps.folder.writeImmutable(relPath, bytes);
      sizes.set(seq, bytes.length);
      result.restored += 1;
    } catch (error) {
      // There after all (the listing lags), or changed meanwhile: judged again next cycle.
      if (isFolderError(error, 'exists')) continue;
      result.error = folderErrorMessage(error);
      return result;
    }
  }
  return result;
}
