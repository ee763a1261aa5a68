import { createHlcClock, encodeHlc } from '../../../shared/sync/hlc';
import { parseOpFilePath } from '../../../shared/sync/opFile';
import { MejaDatabase } from '../../../renderer/db/database';
import { clockRow } from '../../../renderer/db/device';
import type { WriteContext } from '../../../renderer/db/repository';
import type { FieldsOf, OutboxEntry, RequestRow, SyncedRow } from '../../../renderer/db/rows';
import { createSyncEngine, type SyncEngine } from '../../../renderer/sync/engine';
import { createMemoryFolder, type MemoryFolder } from '../../doubles/renderer/memoryFolder';
import {
  createWorkspaceSecrets,
  type WorkspaceKeyMarker,
  type WorkspaceKeys,
} from '../../../renderer/sync/workspaceCrypto';

/**
 * A sync workspace for the sync benchmarks: an in-memory shared folder holding the op
 * files of several PCs, each PC's outbox entries made exactly as the write path makes them
 * (see `write` below) and exported by that PC's own engine. Built once per page and shared
 * by the benchmarks that need it; building it is never timed.
 *
 * The ops are a request register at work: every request is registered (one op carrying
 * all its fields) and then moves through four steps (one op each, two to four fields),
 * interleaved as at an office: a round registers `REQUESTS_PER_ROUND` requests and moves
 * the requests of the four previous rounds one step on. So a request's five ops lie about 2,500 ops
 * apart and often in two op files.
 */

export const PASSPHRASE = 'Pengadilan Negeri Sleman 2025!';
export const SOURCE_DEVICES = ['bench-pc-a', 'bench-pc-b', 'bench-pc-c', 'bench-pc-d'];
/** Requests registered by each source PC: 5,000 × 5 ops × 4 PCs = 100,000 ops. */
export const REQUESTS_PER_DEVICE = 5000;
export const OPS_PER_REQUEST = 5;
const REQUESTS_PER_ROUND = 100;

export interface BenchWorkspace {
  folder: MemoryFolder;
  keys: WorkspaceKeys;
  /** The key marker as in the folder's workspace marker: a joining PC unlocks it. */
  marker: WorkspaceKeyMarker;
  /** Every source PC's requests, as the source PCs hold them. */
  sourceRows: RequestRow[];
  ops: number;
  files: number;
  bytes: number;
}

export interface BenchPc {
  device: string;
  db: MejaDatabase;
  ctx: WriteContext;
  engine: SyncEngine;
}

export async function freshDb(name: string): Promise<MejaDatabase> {
  await MejaDatabase.delete(name);
  const db = new MejaDatabase(name);
  await db.open();
  return db;
}

/** One PC on its own real (Chromium) IndexedDB database, its engine on `folder`. */
export async function benchPc(options: {
  device: string;
  folder: MemoryFolder;
  keys: WorkspaceKeys;
}): Promise<BenchPc> {
  const db = await freshDb(`bench-sync-${options.device}`);
  const clock = createHlcClock({ device: options.device, wallClock: () => Date.now() });
  let seq = 0;
  const ctx: WriteContext = {
    db,
    device: options.device,
    clock,
    actor: () => `${options.device}-operator`,
    newId: () => `${options.device}-${(++seq).toString(36)}`,
    now: () => new Date(),
  };
  const engine = createSyncEngine({
    db,
    device: options.device,
    clock,
    keys: options.keys,
    folder: options.folder,
    now: () => new Date(),
  });
  return { device: options.device, db, ctx, engine };
}

const NAMES = ['Siti Aminah', 'Budi Santoso', 'Rahmat Hidayat', 'Dewi Lestari', 'Ahmad Fauzi'];
const UNITS = ['Kepaniteraan', 'Hakim', 'Kesekretariatan', 'Panitera Muda Hukum'];
const PROBLEMS = ['Printer macet', 'SIPP tidak bisa login', 'Internet lambat', 'Komputer mati'];

function registered(device: string, i: number): FieldsOf<'requests'> {
  const d = new Date(Date.UTC(2026, i % 12, 1 + (i % 28), 1 + (i % 8), i % 60));
  return {
    nomor: `${String(i + 1).padStart(5, '0')}/PLTI/${device.slice(-1).toUpperCase()}/2026`,
    tahun: 2026,
    urut: i + 1,
    sopId: 'pa-mukomuko-as-32',
    sopRevision: 0,
    pemohon: {
      personId: null,
      nama: `${NAMES[i % NAMES.length] ?? ''} ${i}`,
      nip: '',
      unitNama: UNITS[i % UNITS.length] ?? '',
      telepon: '',
    },
    diterimaPada: d.toISOString(),
    saluran: 'formulir',
    kategori: 'Printer/scanner',
    aplikasi: '',
    perangkat: `Perangkat ${i % 300}`,
    deviceId: null,
    uraian: `${PROBLEMS[i % PROBLEMS.length] ?? ''} di ruang ${i % 40}`,
    urgensiPemohon: 'sedang',
    urgensi: null,
    dampak: null,
    prioritas: null,
    disposisi: null,
    status: 'berjalan',
    langkahTerakhir: 1,
    langkahMulai: d.toISOString(),
    adaTerlambat: false,
    selesaiPada: null,
    penutupan: null,
  };
}

/** Step `step` (1..4) of request `i`: a few fields, as the step forms write them. */
function stepped(i: number, step: number): Partial<FieldsOf<'requests'>> {
  const at = new Date(Date.UTC(2026, i % 12, 1 + (i % 28), 9 + step, i % 60)).toISOString();
  const fields: Partial<FieldsOf<'requests'>> = { langkahTerakhir: 1 + step, langkahMulai: at };
  if (step === 1)
    Object.assign(fields, { urgensi: 'sedang', dampak: 'tinggi', prioritas: 'tinggi' });
  if (step === 3 && i % 7 === 0) fields.adaTerlambat = true;
  if (step === 4) Object.assign(fields, { status: 'selesai', selesaiPada: at });
  return fields;
}

/**
 * One write as the repository's write path makes it (renderer/db/repository.ts
 * applyWrite): the fields that differ from the row, stamped with one tick of the PC's
 * clock, and the outbox entry carrying them. Done in memory and stored in bulk, since
 * 100k writes one by one through Chromium's IndexedDB take minutes here (every request is
 * a round trip to the storage process), and only the entries matter to the exporter.
 */
function write(
  rows: Map<string, RequestRow>,
  ctx: WriteContext,
  id: string,
  fields: Partial<FieldsOf<'requests'>>,
): OutboxEntry | null {
  const existing = rows.get(id);
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const old: unknown = existing ? Reflect.get(existing, field) : undefined;
    if (!existing || (old !== value && JSON.stringify(old) !== JSON.stringify(value))) {
      changes[field] = value;
    }
  }
  if (existing && Object.keys(changes).length === 0) return null;
  const stamp = encodeHlc(ctx.clock.tick());
  const at = ctx.now().toISOString();
  const actor = ctx.actor();
  const clocks = { ...existing?._clock };
  for (const field of Object.keys(changes)) clocks[field] = stamp;
  const bookkeeping: SyncedRow = {
    id,
    _clock: clocks,
    _deleted: existing?._deleted ?? false,
    _updatedBy: actor,
    _updatedAt: at,
  };
  rows.set(id, { ...existing, ...changes, ...bookkeeping } as RequestRow);
  return {
    id: ctx.newId(),
    hlc: stamp,
    device: ctx.device,
    table: 'requests',
    key: id,
    changes,
    deleted: false,
    actor,
    at,
  };
}

/** `count` requests on one PC, each registered then moved four steps, rounds interleaved. */
async function writeRequests(pc: BenchPc, count: number): Promise<void> {
  const rounds = Math.ceil(count / REQUESTS_PER_ROUND);
  const id = (i: number) => `${pc.device}-req-${i}`;
  const rows = new Map<string, RequestRow>();
  const outbox: OutboxEntry[] = [];
  const add = (entry: OutboxEntry | null) => {
    if (!entry) throw new Error('a bench write changed nothing');
    outbox.push(entry);
  };
  /** The requests registered in round `r`. */
  const inRound = (r: number) =>
    r < 0 || r >= rounds
      ? []
      : Array.from(
          { length: Math.min(count, (r + 1) * REQUESTS_PER_ROUND) - r * REQUESTS_PER_ROUND },
          (_, k) => r * REQUESTS_PER_ROUND + k,
        );
  for (let round = 0; round < rounds + OPS_PER_REQUEST - 1; round++) {
    for (let back = OPS_PER_REQUEST - 1; back >= 1; back--) {
      for (const i of inRound(round - back)) add(write(rows, pc.ctx, id(i), stepped(i, back)));
    }
    for (const i of inRound(round)) add(write(rows, pc.ctx, id(i), registered(pc.device, i)));
  }
  const { db } = pc;
  await db.transaction('rw', [db.requests, db.outbox, db.local], async () => {
    await db.requests.bulkPut([...rows.values()]);
    await db.outbox.bulkAdd(outbox);
    await db.local.put(clockRow(pc.ctx.clock));
  });
}

let built: Promise<BenchWorkspace> | null = null;

/** The workspace, built on first use and kept for the other benchmarks of the page. */
export function benchWorkspace(): Promise<BenchWorkspace> {
  built ??= buildWorkspace(REQUESTS_PER_DEVICE);
  return built;
}

export async function buildWorkspace(requestsPerDevice: number): Promise<BenchWorkspace> {
  const started = performance.now();
  const folder = createMemoryFolder({ seed: 1 });
  // Real PBKDF2 iterations, as a workspace the office creates: a joining PC pays them.
  const { marker, keys } = await createWorkspaceSecrets(PASSPHRASE);
  const sourceRows: RequestRow[] = [];
  let ops = 0;
  let files = 0;
  let writeMs = 0;
  let exportMs = 0;
  for (const device of SOURCE_DEVICES) {
    // Each PC exports into a folder of its own, copied into the shared one after: in the
    // shared one its cycle would also import the files of the PCs before it, only slower.
    const own = createMemoryFolder({ seed: 1 });
    const pc = await benchPc({ device, folder: own, keys });
    const t0 = performance.now();
    await writeRequests(pc, requestsPerDevice);
    const t1 = performance.now();
    sourceRows.push(...(await pc.db.requests.toArray()));
    const report = await pc.engine.runCycle();
    exportMs += performance.now() - t1;
    writeMs += t1 - t0;
    if (report.exportError || report.pendingLocalChanges) {
      throw new Error(`export of ${device} stopped: ${report.exportError ?? 'pending'}`);
    }
    ops += report.exportedOps;
    files += report.exportedFiles;
    pc.db.close();
    for (const path of own.paths()) {
      const bytes = own.getRaw(path);
      if (bytes && parseOpFilePath(path)) folder.putRaw(path, bytes);
    }
  }
  let bytes = 0;
  for (const path of folder.paths()) bytes += folder.getRaw(path)?.length ?? 0;
  console.log(
    `ruang kerja uji: ${ops} op dalam ${files} berkas (${(bytes / 1024 / 1024).toFixed(1)} MiB) dari ${SOURCE_DEVICES.length} PC, dibuat dalam ${((performance.now() - started) / 1000).toFixed(1)} s, dengan tulis outbox ${(writeMs / 1000).toFixed(1)} s dan ekspor ${(exportMs / 1000).toFixed(1)} s (tidak diukur)`,
  );
  return { folder, keys, marker, sourceRows, ops, files, bytes };
}

/** How many of `rows` differ from the source PCs' rows (0 when the sync is exact). */
export function mismatches(source: readonly RequestRow[], rows: readonly RequestRow[]): number {
  const byId = new Map(rows.map((r) => [r.id, JSON.stringify(sortKeys(r))]));
  let differ = Math.abs(source.length - rows.length);
  for (const row of source) if (byId.get(row.id) !== JSON.stringify(sortKeys(row))) differ += 1;
  return differ;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}

/** Runs per figure: IndexedDB here is noisy, so each figure is the median of these. */
export const ROUNDS = 3;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function listMs(values: readonly number[]): string {
  return values.map((v) => v.toFixed(0)).join(' / ');
}
