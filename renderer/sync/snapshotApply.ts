import { parseSnapshotPath } from '../../shared/sync/folderPaths';
import { ClockDriftError, decodeHlc, type HlcClock } from '../../shared/sync/hlc';
import { mergeRow, type SyncedRowLike } from '../../shared/sync/merge';
import {
  gateSnapshotRows,
  type GatedSnapshotRow,
  HELD_PREFIX,
  mergeHeldInto,
  refuseSnapshotRow,
  snapshotCompletenessProblem,
} from './rowGate';
import type { MejaDatabase } from '../db/database';
import { clockRow } from '../db/device';
import type { FolderPort, OpFileListing } from './folderPort';
import { decodeSnapshot, SnapshotBodyError, type SyncedSnapshot } from './snapshotCodec';
import { refuseSnapshot, type SnapshotView, type UsableSnapshot } from './snapshotState';
import { storedRows } from './storedRows';
import { CURSOR_PREFIX, cursorRow, QUARANTINE_KEY, readCursor, readQuarantine } from './syncState';
import type { WorkspaceKeys } from './workspaceCrypto';

export interface SnapshotApplyDeps {
  db: MejaDatabase;
  device: string;
  clock: HlcClock;
  keys: WorkspaceKeys;
  folder: FolderPort;
  /** When a refused row is listed; the engine passes its clock. */
  now?: () => Date;
  onProgress?: (progress: { phase: 'snapshot'; done: number; total: number }) => void;
}

export interface AppliedSnapshot {
  relPath: string;
  /** Rows that changed; 0 when this PC already held everything in it. */
  changedRows: number;
}

export interface SnapshotCatchUp {
  applied: AppliedSnapshot[];
  /** Why a snapshot this PC needs was not applied (Indonesian); tried again next cycle. */
  error: string | null;
}

/**
 * Starts this PC from the folder's snapshots where op files alone cannot bring it up to
 * date. A PC that has applied no op file yet (a new PC) starts from the newest snapshot,
 * even while older op files remain: one file instead of thousands. Then, while another
 * device's next op file is gone from the folder (pruned) and a snapshot holds it, the
 * newest such snapshot is applied; snapshots written by different PCs need not hold the
 * same files, so this may take more than one. The op files after them follow as usual.
 */
export async function catchUpFromSnapshots(
  deps: SnapshotApplyDeps,
  listing: Extract<OpFileListing, { reachable: true }>,
  view: SnapshotView,
): Promise<SnapshotCatchUp> {
  const result: SnapshotCatchUp = { applied: [], error: null };
  const present = new Set(listing.files.map((f) => `${f.device}/${f.seq}`));
  const cursors = await readCursors(deps.db);
  let fresh = ![...cursors.values()].some((seq) => seq > 0);
  const tried = new Set<string>();
  const needed = (s: UsableSnapshot) =>
    Object.entries(s.covers).some(([device, seq]) => {
      if (device === deps.device) return false;
      const cursor = cursors.get(device) ?? 0;
      return seq > cursor && (fresh || !present.has(`${device}/${cursor + 1}`));
    });
  for (;;) {
    const next = [...view.usable].reverse().find((s) => !tried.has(s.relPath) && needed(s));
    if (!next) return result;
    tried.add(next.relPath);
    const snapshot = view.decoded.get(next.relPath) ?? (await readAgain(deps, next));
    if (typeof snapshot === 'string') {
      result.error = snapshot;
      continue;
    }
    const outcome = await applySnapshot(deps, next.relPath, snapshot);
    if (typeof outcome === 'string') {
      result.error = outcome;
      continue;
    }
    result.applied.push({ relPath: next.relPath, changedRows: outcome });
    for (const [device, seq] of Object.entries(snapshot.covers)) {
      if (device !== deps.device) cursors.set(device, Math.max(cursors.get(device) ?? 0, seq));
    }
    fresh = false;
  }
}

async function readAgain(
  deps: SnapshotApplyDeps,
  known: UsableSnapshot,
): Promise<SyncedSnapshot | string> {
  const read = await decodeSnapshot(deps.folder, deps.keys, known);
  if (read.kind === 'ok') return read.snapshot;
  return read.kind === 'unavailable' ? read.message : read.reason;
}

async function readCursors(db: MejaDatabase): Promise<Map<string, number>> {
  const rows = await db.local.where('key').startsWith(CURSOR_PREFIX).toArray();
  const cursors = new Map<string, number>();
  for (const row of rows) {
    if (typeof row.value === 'number') cursors.set(row.key.slice(CURSOR_PREFIX.length), row.value);
  }
  return cursors;
}

/**
 * Merges a snapshot's rows into this PC's rows field by field (mergeRow), in batches, and
 * then moves each device's cursor up to what the snapshot holds. A crash between batches
 * leaves some rows merged and the cursors where they were: merging again and applying
 * the op files again change nothing twice, so nothing is lost. Local changes not yet
 * exported carry newer stamps and win their fields. Returns the rows that changed, or
 * why the snapshot waits (a clock past the drift cap).
 */
export async function applySnapshot(
  deps: SnapshotApplyDeps,
  relPath: string,
  snapshot: SyncedSnapshot,
): Promise<number | string> {
  const { db } = deps;
  const named = parseSnapshotPath(relPath);
  if (named) {
    try {
      deps.clock.receive(decodeHlc(named.hlc));
    } catch (error) {
      if (!(error instanceof ClockDriftError)) throw error;
      const minutes = Math.ceil(error.driftMs / 60_000);
      return `Snapshot ${relPath} dari komputer ${named.device} bercap waktu sekitar ${minutes} menit lebih maju dari jam komputer ini. Periksa pengaturan tanggal dan jam di kedua komputer; snapshot ini dicoba lagi otomatis.`;
    }
  }
  const total = Object.values(snapshot.counts).reduce((n: number, c) => n + (c ?? 0), 0);
  let done = 0;
  let changed = 0;
  // Applying a snapshot holds nothing back (a bad row is refused), so whether any ops are
  // held is known once: a PC holding none (a new PC) skips looking for them row by row.
  const holdsOps = (await db.local.where('key').startsWith(HELD_PREFIX).limit(1).count()) > 0;
  deps.onProgress?.({ phase: 'snapshot', done, total });
  const parts = snapshot.parts();
  const seen = new Map<string, number>();
  const gateNext = async (): Promise<GatedPart | null> => {
    const next = await parts.next();
    if (next.done) return null;
    const { table, rows } = next.value;
    const first = seen.get(table) ?? 0;
    seen.set(table, first + rows.length);
    return { table, gated: gateSnapshotRows(table, rows, first) };
  };
  try {
    let part = await gateNext();
    while (part) {
      // A part's rows are judged by the rows alone (gateSnapshotRows), so the next part is
      // read, decompressed, parsed and checked while this part's puts are written by the
      // storage process, on another core. It starts once the puts are sent: started
      // sooner, its parsing would hold up this part's reads and leave the storage idle.
      const following: { part?: Promise<GatedPart | null> } = {};
      const startNext = () => {
        following.part = gateNext();
        // Its failure is met where it is awaited, below; none is left unhandled meanwhile.
        following.part.catch(() => undefined);
      };
      changed += await mergePart(deps, relPath, part, { holdsOps, whilePutting: startNext });
      done += part.gated.length;
      deps.onProgress?.({ phase: 'snapshot', done, total });
      part = await (following.part ?? gateNext());
    }
  } catch (error) {
    if (!(error instanceof SnapshotBodyError)) throw error;
    // Rows merged so far stay (merging them again changes nothing); the cursors stay, and
    // the snapshot is not counted on again: the PC goes on from the op files.
    const device = named?.device ?? snapshot.createdBy;
    const now = deps.now ?? (() => new Date());
    await refuseSnapshot({ ...deps, now }, { relPath, device, reason: error.message });
    return error.message;
  } finally {
    await parts.return(undefined);
  }
  await db.transaction('rw', db.local, async () => {
    const moved = new Map<string, number>();
    for (const [device, seq] of Object.entries(snapshot.covers)) {
      if (device === deps.device || seq <= (await readCursor(db, device))) continue;
      moved.set(device, seq);
    }
    await db.local.bulkPut([
      ...[...moved].map(([device, seq]) => cursorRow(device, seq)),
      clockRow(deps.clock),
    ]);
    // The op files it holds will not be read any more: they leave the quarantine list.
    const list = await readQuarantine(db);
    // Rows refused or held stay listed: the snapshot holds no value of theirs.
    const kept = list.filter(
      (q) => q.row || q.seq === 0 || q.seq > (moved.get(q.device) ?? Infinity),
    );
    if (kept.length !== list.length) await db.local.put({ key: QUARANTINE_KEY, value: kept });
  });
  return changed;
}

interface GatedPart {
  table: string;
  gated: GatedSnapshotRow[];
}

/**
 * Merges one part's rows in one transaction: a row new here must be complete (as a row
 * built from ops must), ops held for a row are merged into it, and only rows that changed
 * are written. Returns how many.
 */
function mergePart(
  deps: SnapshotApplyDeps,
  relPath: string,
  { table: name, gated }: GatedPart,
  { holdsOps, whilePutting }: { holdsOps: boolean; whilePutting: () => void },
): Promise<number> {
  const { db } = deps;
  const table = db.table<SyncedRowLike, string>(name);
  return db.transaction('rw', [table, db.local], async () => {
    const ids = gated.flatMap((g) => (g.row ? [g.row.id] : []));
    const found = await storedRows(table, ids);
    const existing = new Map(ids.map((id, i) => [id, found[i]]));
    const put = new Map<string, SyncedRowLike>();
    // A snapshot is a file from another PC too: its rows pass the same gate as ops.
    const refuse = (key: string, problem: string) =>
      refuseSnapshotRow(deps, { relPath, table: name, key, problem });
    for (const gate of gated) {
      if (gate.row === null) {
        await refuse(gate.key, gate.problem);
        continue;
      }
      const { row } = gate;
      const incomplete = snapshotCompletenessProblem(name, row, existing.get(row.id));
      if (incomplete !== null) {
        await refuse(row.id, incomplete);
        continue;
      }
      const merged = mergeRow(existing.get(row.id), row);
      if (merged.changed) put.set(row.id, merged.row);
    }
    if (holdsOps) await mergeHeldInto(db, name, put, deps.now?.() ?? new Date());
    // The puts are on their way once bulkPut returns.
    const written = put.size ? table.bulkPut([...put.values()]) : Promise.resolve('');
    whilePutting();
    await written;
    return put.size;
  });
}
