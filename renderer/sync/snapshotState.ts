import { z } from 'zod';
import { parseSnapshotPath } from '../../shared/sync/folderPaths';
import type { MejaDatabase } from '../db/database';
import type { FolderPort, SnapshotEntry } from './folderPort';
import { decodeSnapshot, type SyncedSnapshot } from './snapshotCodec';
import { addToQuarantine, readQuarantine, QUARANTINE_KEY } from './syncState';
import type { WorkspaceKeys } from './workspaceCrypto';

/**
 * What this PC knows of the snapshots in the folder, kept in `local` so each snapshot is
 * read once: which op files it holds (`covers`), or that it was refused. A snapshot that
 * is no longer listed is forgotten, so a folder that comes back empty (or from an old
 * backup) is judged by what it holds now.
 */

export const SNAPSHOTS_KEY = 'sync:snapshots';
/** When this PC first looked for a snapshot to write (the clock of the "every 24 h" rule). */
export const MAINTENANCE_SINCE_KEY = 'sync:maintenanceSince';

export interface KnownSnapshot {
  relPath: string;
  hlc: string;
  /** The PC that wrote it (the device of its stamp). */
  device: string;
  /** Per device, the last op file it holds; null when this PC refused the snapshot. */
  covers: Record<string, number> | null;
  /** When its writer made it (ISO), by the writer's clock. */
  createdAt: string;
  /** When this PC first saw it (ISO), by this PC's clock. */
  firstSeenAt: string;
}

/** A snapshot listed now that read fine. */
export type UsableSnapshot = KnownSnapshot & { covers: Record<string, number> };

const knownSnapshotSchema = z.object({
  relPath: z.string(),
  hlc: z.string(),
  device: z.string(),
  covers: z.record(z.string(), z.number().int().nonnegative()).nullable(),
  createdAt: z.string(),
  firstSeenAt: z.string(),
});

export async function readKnownSnapshots(db: MejaDatabase): Promise<KnownSnapshot[]> {
  const parsed = z.array(knownSnapshotSchema).safeParse((await db.local.get(SNAPSHOTS_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

/** Adds (or replaces) what this PC knows of one snapshot, e.g. the one it just wrote. */
export function rememberSnapshot(db: MejaDatabase, snapshot: KnownSnapshot): Promise<void> {
  return db.transaction('rw', db.local, async () => {
    const known = (await readKnownSnapshots(db)).filter((k) => k.relPath !== snapshot.relPath);
    await db.local.put({ key: SNAPSHOTS_KEY, value: [...known, snapshot] });
  });
}

/** The snapshots of the folder as this cycle sees them. */
export interface SnapshotView {
  /** Listed and read fine, oldest first. */
  usable: UsableSnapshot[];
  /** The ones read this cycle, so a PC about to apply one need not read it again. */
  decoded: Map<string, SyncedSnapshot>;
}

export interface LearnDeps {
  db: MejaDatabase;
  keys: WorkspaceKeys;
  folder: FolderPort;
  now: () => Date;
}

/**
 * Lists the snapshots and reads the ones this PC does not know yet. A snapshot that cannot
 * be read now is left for the next cycle; one refused (not authentic, not the format) is
 * quarantined like an op file and never counted as holding anything. Null when the
 * snapshots cannot be listed: then nothing is decided from them this cycle.
 */
export async function learnSnapshots(deps: LearnDeps): Promise<SnapshotView | null> {
  let listing;
  try {
    listing = await deps.folder.listSnapshots();
  } catch {
    return null;
  }
  if (!listing.reachable) return null;
  const listed = new Map<string, SnapshotEntry>();
  for (const entry of listing.files) {
    const parsed = parseSnapshotPath(entry.relPath);
    if (parsed && parsed.hlc === entry.hlc) listed.set(entry.relPath, entry);
  }
  const before = await readKnownSnapshots(deps.db);
  const known = new Map(before.filter((k) => listed.has(k.relPath)).map((k) => [k.relPath, k]));
  const decoded = new Map<string, SyncedSnapshot>();
  for (const entry of listed.values()) {
    if (known.has(entry.relPath)) continue;
    const device = parseSnapshotPath(entry.relPath)?.device ?? '';
    const read = await decodeSnapshot(deps.folder, deps.keys, { relPath: entry.relPath, device });
    if (read.kind === 'unavailable') continue;
    const at = deps.now().toISOString();
    const base = { relPath: entry.relPath, hlc: entry.hlc, device, firstSeenAt: at };
    if (read.kind === 'ok') {
      decoded.set(entry.relPath, read.snapshot);
      const { covers, createdAt } = read.snapshot;
      known.set(entry.relPath, { ...base, covers, createdAt });
    } else {
      known.set(entry.relPath, { ...base, covers: null, createdAt: at });
      await quarantineSnapshot(deps, { relPath: entry.relPath, device, reason: read.reason });
    }
  }
  const forgotten = before.filter((k) => !known.has(k.relPath));
  if (forgotten.length || known.size !== before.length) {
    await deps.db.local.put({ key: SNAPSHOTS_KEY, value: [...known.values()] });
  }
  if (forgotten.some((k) => k.covers === null)) await unquarantine(deps.db, forgotten);
  const usable = [...known.values()]
    .filter((k): k is UsableSnapshot => k.covers !== null)
    .sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  return { usable, decoded };
}

/** When a snapshot may be counted on: its writer's time or this PC's first sight, the later. */
export function seenAt(snapshot: KnownSnapshot): number {
  return Math.max(Date.parse(snapshot.createdAt) || 0, Date.parse(snapshot.firstSeenAt) || 0);
}

/** The highest op file of `device` some usable snapshot holds; 0 when none does. */
export function coveredUpTo(usable: readonly UsableSnapshot[], device: string): number {
  return Math.max(0, ...usable.map((s) => s.covers[device] ?? 0));
}

/**
 * A snapshot found broken past its head as it was applied (snapshotApply.ts): like one
 * refused when it was learnt, it is never counted on again and is listed with its reason.
 */
export async function refuseSnapshot(
  deps: LearnDeps,
  where: { relPath: string; device: string; reason: string },
): Promise<void> {
  await deps.db.transaction('rw', deps.db.local, async () => {
    const known = await readKnownSnapshots(deps.db);
    const refused = known.map((k) => (k.relPath === where.relPath ? { ...k, covers: null } : k));
    await deps.db.local.put({ key: SNAPSHOTS_KEY, value: refused });
  });
  await quarantineSnapshot(deps, where);
}

async function quarantineSnapshot(
  deps: LearnDeps,
  where: { relPath: string; device: string; reason: string },
): Promise<void> {
  const entry = { ...where, seq: 0, at: deps.now().toISOString() };
  if (!(await addToQuarantine(deps.db, entry))) return;
  try {
    await deps.folder.quarantine(where.relPath, where.reason);
  } catch {
    // The folder's record is a courtesy to the other PCs; this PC's list has it already.
  }
}

/** Takes refused snapshots that left the folder off the quarantine list. */
async function unquarantine(db: MejaDatabase, gone: readonly KnownSnapshot[]): Promise<void> {
  const paths = new Set(gone.map((k) => k.relPath));
  await db.transaction('rw', db.local, async () => {
    const list = await readQuarantine(db);
    const kept = list.filter((q) => !paths.has(q.relPath));
    if (kept.length !== list.length) await db.local.put({ key: QUARANTINE_KEY, value: kept });
  });
}
