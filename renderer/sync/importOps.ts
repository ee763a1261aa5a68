import {
  ClockDriftError,
  compareHlc,
  decodeHlc,
  type Hlc,
  type HlcClock,
} from '../../shared/sync/hlc';
import { nextExpectedSeq, opFilePath, parseOpFilePath } from '../../shared/sync/opFile';
import { AUDIT_TABLE, rememberSealedHeads } from '../db/auditTrail';
import type { MejaDatabase } from '../db/database';
import { applyOpFiles } from './applyOpFile';
import { retiredDevices } from './peers';
import type { FolderPort, OpFileListing } from './folderPort';
import { decodeOpFile, type SyncedOpFile } from './opFileCodec';
import {
  addToQuarantine,
  readCursor,
  readQuarantine,
  removeFromQuarantine,
  type QuarantinedFile,
} from './syncState';
import type { WorkspaceKeys } from './workspaceCrypto';

export interface ImportDeps {
  db: MejaDatabase;
  device: string;
  clock: HlcClock;
  keys: WorkspaceKeys;
  folder: FolderPort;
  now: () => Date;
  onProgress?: (progress: { phase: 'ops'; done: number; total: number }) => void;
}

export interface DeviceApplied {
  device: string;
  files: number;
  ops: number;
  /** Rows that changed; 0 when every op had already lost or been applied. */
  changedRows: number;
}

/** A device whose next file could not be applied this cycle, and why. */
export interface WaitingDevice {
  device: string;
  /** The file number it waits for. */
  seq: number;
  why: 'gap' | 'unavailable' | 'quarantined';
}

export interface ImportResult {
  applied: DeviceApplied[];
  waiting: WaitingDevice[];
  /** How far the newest stamp read this cycle was ahead of this PC's clock (0 if none was). */
  clockAheadMs: number;
  /** Ops applied this cycle that were not audit entries: the other PCs' own changes. */
  dataOps: number;
}

/**
 * Applies every other device's files that come next after its cursor, in order, with no
 * gap. A file that cannot be applied stops only its own device: the files after it wait,
 * since a file synchroniser may still be copying it. A file refused (too large, not
 * authentic, not the format, a clock too far ahead) is quarantined: recorded in the
 * folder and in this PC's list, retried every cycle, and taken off the list once it
 * applies.
 */
export async function importOps(
  deps: ImportDeps,
  listing: Extract<OpFileListing, { reachable: true }>,
): Promise<ImportResult> {
  const result: ImportResult = { applied: [], waiting: [], clockAheadMs: 0, dataOps: 0 };
  const quarantined = new Set((await readQuarantine(deps.db)).map((q) => q.relPath));
  const retired = await retiredDevices(deps.db);
  const devices = seqsByDevice(listing, deps.device);
  const cursors = new Map<string, number>();
  let total = 0;
  for (const [device, seqs] of devices) {
    const cursor = await readCursor(deps.db, device);
    cursors.set(device, cursor);
    total += nextExpectedSeq(seqs, cursor).length;
  }
  let done = 0;
  const progress = () => {
    if (total > 1) deps.onProgress?.({ phase: 'ops', done, total });
  };
  progress();
  for (const [device, seqs] of devices) {
    const cursor = cursors.get(device) ?? 0;
    const applied: DeviceApplied = { device, files: 0, ops: 0, changedRows: 0 };
    let stoppedAt: WaitingDevice | null = null;
    let batch: SyncedOpFile[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const files = batch;
      batch = [];
      const changedRows = await applyOpFiles(deps.db, deps.clock, files, deps.now);
      await rememberSealedHeads(deps.db, files);
      applied.files += files.length;
      applied.ops += files.reduce((sum, file) => sum + file.ops.length, 0);
      result.dataOps += files.reduce(
        (sum, file) => sum + file.ops.filter((op) => op.table !== AUDIT_TABLE).length,
        0,
      );
      applied.changedRows += changedRows ?? 0;
      done += files.length;
      progress();
      for (const file of files) {
        const relPath = opFilePath(file.device, file.seq);
        if (quarantined.has(relPath)) await removeFromQuarantine(deps.db, relPath);
      }
    };
    for (const seq of nextExpectedSeq(seqs, cursor)) {
      const relPath = opFilePath(device, seq);
      const outcome = await readFile(deps, { relPath, device, seq });
      if (outcome.aheadMs > result.clockAheadMs) result.clockAheadMs = outcome.aheadMs;
      if (outcome.kind !== 'ready') {
        stoppedAt = { device, seq, why: outcome.kind };
        break;
      }
      // Files read ahead are applied together: fewer transactions, each row put once.
      batch.push(outcome.file);
      const ops = batch.reduce((sum, file) => sum + file.ops.length, 0);
      if (batch.length >= BATCH_FILES || ops >= BATCH_OPS) await flush();
    }
    await flush();
    if (applied.files) result.applied.push(applied);
    const next = cursor + applied.files + 1;
    if (!stoppedAt && seqs.some((seq) => seq > next)) stoppedAt = { device, seq: next, why: 'gap' };
    // A retired PC's missing files are not waited for: it will write no more.
    if (stoppedAt && !retired.has(device)) result.waiting.push(stoppedAt);
  }
  return result;
}

/** Each other device's file numbers, deduplicated; entries whose path does not parse are dropped. */
function seqsByDevice(
  listing: Extract<OpFileListing, { reachable: true }>,
  self: string,
): Map<string, number[]> {
  const byDevice = new Map<string, Set<number>>();
  for (const entry of listing.files) {
    const parsed = parseOpFilePath(entry.relPath);
    if (!parsed || parsed.device !== entry.device || parsed.seq !== entry.seq) continue;
    if (parsed.device === self) continue;
    const seqs = byDevice.get(parsed.device) ?? new Set<number>();
    seqs.add(parsed.seq);
    byDevice.set(parsed.device, seqs);
  }
  return new Map([...byDevice].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, s]) => [d, [...s]]));
}

/** Files applied in one transaction at most: bounded memory, progress between batches. */
export const BATCH_FILES = 8;
export const BATCH_OPS = 20_000;

type FileOutcome = (
  { kind: 'ready'; file: SyncedOpFile } | { kind: 'unavailable' } | { kind: 'quarantined' }
) & { aheadMs: number };

/** Reads, checks and decrypts one file, and moves the clock past it; applies nothing. */
async function readFile(
  deps: ImportDeps,
  where: { relPath: string; device: string; seq: number },
): Promise<FileOutcome> {
  const decoded = await decodeOpFile(deps.folder, deps.keys, where);
  if (decoded.kind === 'unavailable') return { kind: 'unavailable', aheadMs: 0 };
  if (decoded.kind === 'refused') {
    await quarantine(deps, where, decoded.reason);
    return { kind: 'quarantined', aheadMs: 0 };
  }
  const aheadMs = aheadOf(decoded.file, deps.now());
  const driftReason = receiveStamps(deps.clock, decoded.file, where.relPath);
  if (driftReason) {
    await quarantine(deps, where, driftReason);
    return { kind: 'quarantined', aheadMs };
  }
  return { kind: 'ready', file: decoded.file, aheadMs };
}

/** How far the file's newest stamp is ahead of this PC's wall clock; 0 when behind. */
function aheadOf(file: SyncedOpFile, now: Date): number {
  let newest = 0;
  for (const op of file.ops) newest = Math.max(newest, decodeHlc(op.hlc).millis);
  return Math.max(0, newest - now.getTime());
}

/**
 * Moves this PC's clock past the file's newest stamp, so its next local change is newer
 * than every change it has seen; a stamp past the drift cap gives the quarantine reason.
 */
function receiveStamps(clock: HlcClock, file: SyncedOpFile, relPath: string): string | null {
  let newest: Hlc | undefined;
  for (const op of file.ops) {
    const stamp = decodeHlc(op.hlc);
    if (!newest || compareHlc(stamp, newest) > 0) newest = stamp;
  }
  if (!newest) return null;
  try {
    clock.receive(newest);
    return null;
  } catch (error) {
    if (!(error instanceof ClockDriftError)) throw error;
    const minutes = Math.ceil(error.driftMs / 60_000);
    return `Berkas ${relPath} dari komputer ${file.device} bercap waktu sekitar ${minutes} menit lebih maju dari jam komputer ini: jam di komputer ${file.device} kemungkinan salah (atau jam komputer ini terlambat). Periksa pengaturan tanggal dan jam di kedua komputer; berkas ini dicoba lagi otomatis.`;
  }
}

async function quarantine(
  deps: ImportDeps,
  where: { relPath: string; device: string; seq: number },
  reason: string,
): Promise<void> {
  const entry: QuarantinedFile = { ...where, reason, at: deps.now().toISOString() };
  if (!(await addToQuarantine(deps.db, entry))) return;
  try {
    await deps.folder.quarantine(where.relPath, reason);
  } catch {
    // The folder's record is a courtesy to the other PCs; this PC's list has it already.
  }
}
