import { createHlcClock } from '../../../shared/sync/hlc';
import type { MejaDatabase } from '../../../renderer/db/database';
import type { RequestRow } from '../../../renderer/db/rows';
import { createSyncEngine, type CycleReport } from '../../../renderer/sync/engine';
import { createMemoryFolder, type MemoryFolder } from '../../doubles/renderer/memoryFolder';
import { unlockWorkspace } from '../../../renderer/sync/workspaceCrypto';
import type { Figure } from '../figure';
import { measure } from './figures';
import {
  benchWorkspace,
  freshDb,
  listMs,
  median,
  mismatches,
  PASSPHRASE,
  ROUNDS,
  SOURCE_DEVICES,
  type BenchWorkspace,
} from './syncWorkspace';

const MAX_CYCLES = 50;

interface Joined {
  ms: number;
  heap: number | null;
  unlockMs: number;
  reports: CycleReport[];
  rows: RequestRow[];
  db: MejaDatabase;
}

/**
 * A new PC joins the workspace in `folder`: from the passphrase to caught up, i.e. the key
 * derivation (the marker's real PBKDF2 iterations), then engine cycles until one leaves no
 * device waiting. The engine starts from the newest snapshot when the folder has one.
 */
async function join(ws: BenchWorkspace, folder: MemoryFolder, device: string): Promise<Joined> {
  const db = await freshDb(`bench-sync-join-${device}`);
  let unlockMs = 0;
  const reports: CycleReport[] = [];
  const timed = await measure(async () => {
    const start = performance.now();
    const keys = await unlockWorkspace(PASSPHRASE, ws.marker);
    unlockMs = performance.now() - start;
    const clock = createHlcClock({ device, wallClock: () => Date.now() });
    const engine = createSyncEngine({ db, device, clock, keys, folder, now: () => new Date() });
    for (;;) {
      const report = await engine.runCycle();
      reports.push(report);
      if (report.quarantined.length || report.snapshotError) {
        throw new Error(JSON.stringify(report));
      }
      if (report.waiting.length === 0) break;
      if (reports.length >= MAX_CYCLES) {
        throw new Error(`not caught up: ${JSON.stringify(report.waiting)}`);
      }
    }
  });
  const rows = await db.requests.toArray();
  const differ = mismatches(ws.sourceRows, rows);
  if (differ) throw new Error(`${differ} rows differ from the source PCs`);
  return { ms: timed.ms, heap: timed.heap, unlockMs, reports, rows, db };
}

/** A copy of the folder, so a snapshot written for one benchmark leaves the others alone. */
function copyFolder(from: MemoryFolder): MemoryFolder {
  const copy = createMemoryFolder({ seed: 2 });
  for (const path of from.paths()) {
    const bytes = from.getRaw(path);
    if (bytes) copy.putRaw(path, bytes);
  }
  return copy;
}

/**
 * The PC that joined first writes a snapshot into a copy of the folder, through its engine
 * with a snapshot policy due at once (the default waits for 500 op files or a day). The op
 * files stay: none is pruned before the grace period, so the new PC sees both.
 */
async function writeSnapshot(ws: BenchWorkspace, folder: MemoryFolder, joined: Joined) {
  const device = 'bench-pc-new';
  const engine = createSyncEngine({
    db: joined.db,
    device,
    clock: createHlcClock({ device, wallClock: () => Date.now() }),
    keys: ws.keys,
    folder,
    now: () => new Date(),
    snapshotPolicy: { everyFiles: 1 },
  });
  const report = await engine.runCycle();
  const written = report.maintenance?.snapshotWritten;
  if (!written) throw new Error(`no snapshot written: ${JSON.stringify(report.maintenance)}`);
  const size = folder.getRaw(written)?.length ?? 0;
  console.log(`syncJoin: snapshot ${written} ditulis, ${(size / 1024 / 1024).toFixed(1)} MiB`);
}

function describe(joined: Joined): string {
  const files = joined.reports.reduce((n, r) => n + r.applied.reduce((m, d) => m + d.files, 0), 0);
  const snapshots = joined.reports.reduce((n, r) => n + (r.snapshotsApplied?.length ?? 0), 0);
  return `${joined.ms.toFixed(0)} ms dalam ${joined.reports.length} siklus (${snapshots} snapshot, ${files} berkas op diterapkan), termasuk buka kunci ${joined.unlockMs.toFixed(0)} ms`;
}

/** The time for a new PC to join a workspace of 100k ops, with and without a snapshot. */
export async function syncJoinFigures(): Promise<Figure[]> {
  const ws = await benchWorkspace();
  let withSnapshot: MemoryFolder | null = null;
  const plains: Joined[] = [];
  const snapshots: Joined[] = [];
  const baselines: number[] = [];
  let rows: RequestRow[] = [];
  // The three take turns, so a slow spell of the disk hits them all.
  for (let round = 0; round < ROUNDS; round++) {
    const plain = await join(ws, ws.folder, 'bench-pc-new');
    rows = plain.rows;
    if (!withSnapshot) {
      withSnapshot = copyFolder(ws.folder);
      await writeSnapshot(ws, withSnapshot, plain);
    }
    plain.db.close();
    plains.push(plain);

    const raw = await freshDb('bench-sync-join-raw');
    baselines.push(
      (
        await measure(async () => {
          await raw.requests.bulkPut(rows);
        })
      ).ms,
    );
    raw.close();

    const fromSnapshot = await join(ws, withSnapshot, 'bench-pc-newer');
    fromSnapshot.db.close();
    snapshots.push(fromSnapshot);
  }

  console.log(
    `syncJoin: buka kunci = PBKDF2-SHA256 ${ws.marker.iterations.toLocaleString('id-ID')} iterasi`,
  );
  for (const [label, runs] of [
    ['tanpa snapshot', plains],
    ['dengan snapshot', snapshots],
  ] as const) {
    for (const run of runs) console.log(`syncJoin ${label}: ${describe(run)}`);
  }
  console.log(`syncJoin bulkPut mentah per putaran: ${listMs(baselines)} ms`);

  const what = `PC baru bergabung ke ruang kerja ${ws.ops.toLocaleString('id-ID')} op dari ${SOURCE_DEVICES.length} PC (kata sandi sampai mutakhir)`;
  const baselineName = `Dexie bulkPut mentah atas ${rows.length.toLocaleString('id-ID')} baris hasilnya`;
  const figure = (label: string, runs: readonly Joined[]): Figure => ({
    name: `${what}, ${label}, median ${ROUNDS} putaran`,
    unit: 'ms',
    ours: median(runs.map((r) => r.ms)),
    baseline: median(baselines),
    baselineName,
    // A collection during the run makes the growth meaningless (negative): none given then.
    heapDelta: runs.map((r) => r.heap).find((h): h is number => h !== null && h >= 0) ?? null,
  });
  const plain = figure('tanpa snapshot', plains);
  const snapshot = figure('dengan snapshot', snapshots);
  return [
    plain,
    snapshot,
    {
      name: `${what}: dengan snapshot dibanding tanpa snapshot, median ${ROUNDS} putaran`,
      unit: 'ms',
      ours: snapshot.ours,
      baseline: plain.ours,
      baselineName:
        'bergabung tanpa snapshot (semua berkas op diterapkan), diukur di run yang sama',
      heapDelta: snapshot.heapDelta,
      // Issue #12: joining from a snapshot is at least 5× faster than from the full log.
      goal: { text: '≥ 5× lebih cepat (rasio ≤ 0,2)', holds: snapshot.ours * 5 <= plain.ours },
    },
  ];
}
