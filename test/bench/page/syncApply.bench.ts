import { createHlcClock } from '../../../shared/sync/hlc';
import { mergeOps, rowKey, type SyncedRowLike } from '../../../shared/sync/merge';
import type { RequestRow } from '../../../renderer/db/rows';
import { applyOpFiles } from '../../../renderer/sync/applyOpFile';
import { BATCH_FILES, BATCH_OPS } from '../../../renderer/sync/importOps';
import type { CycleReport } from '../../../renderer/sync/engine';
import { openFile } from '../../../renderer/sync/fileEnvelope';
import {
  MAX_OP_FILE_BYTES,
  syncedOpFileSchema,
  type SyncedOpFile,
} from '../../../renderer/sync/opFileCodec';
import type { Figure } from '../figure';
import { measure } from './figures';
import {
  benchPc,
  benchWorkspace,
  freshDb,
  listMs,
  median,
  mismatches,
  ROUNDS,
  type BenchWorkspace,
} from './syncWorkspace';

/**
 * Applying 100k remote ops: a PC that has none of them runs one engine cycle over the
 * workspace's op files (read, HMAC check, AES-GCM decrypt, UTF-8, JSON, schema, clock,
 * per-field merge, Dexie bulkGet and bulkPut, one transaction per file). Baseline, in the
 * same run: a raw Dexie bulkPut of the rows the apply produced into an empty database.
 * Issue #5 aims at baseline ÷ apply ≥ 0.5, i.e. the runner's ratio (ours ÷ baseline) ≤ 2.
 */
export async function syncApplyFigures(): Promise<Figure[]> {
  const ws = await benchWorkspace();
  const applies: number[] = [];
  const baselines: number[] = [];
  let heap: number | null = null;
  let rows: RequestRow[] = [];
  // Apply and baseline take turns, so a slow spell of the disk hits both.
  for (let round = 0; round < ROUNDS; round++) {
    const target = await benchPc({ device: 'bench-pc-apply', folder: ws.folder, keys: ws.keys });
    let report: CycleReport | null = null;
    const apply = await measure(async () => {
      report = await target.engine.runCycle();
    });
    rows = await target.db.requests.toArray();
    target.db.close();
    check(ws, report, rows);

    const raw = await freshDb('bench-sync-raw-bulkput');
    const baseline = await measure(async () => {
      await raw.requests.bulkPut(rows);
    });
    raw.close();
    applies.push(apply.ms);
    baselines.push(baseline.ms);
    // A collection during the run makes the growth meaningless (negative): none given then.
    if (round === 0) heap = apply.heap !== null && apply.heap >= 0 ? apply.heap : null;
  }
  const applyMs = median(applies);
  const baselineMs = median(baselines);

  const opsPerSecond = Math.round(ws.ops / (applyMs / 1000));
  console.log(
    `syncApply, median ${ROUNDS} putaran: ${ws.ops} op → ${rows.length} baris dalam ${applyMs.toFixed(0)} ms (${opsPerSecond.toLocaleString('id-ID')} op/s); bulkPut mentah ${baselineMs.toFixed(0)} ms; baseline ÷ terapkan = ${(baselineMs / applyMs).toFixed(2)} (sasaran ≥ 0,5)`,
  );
  console.log(
    `  terapkan per putaran ${listMs(applies)} ms; bulkPut mentah ${listMs(baselines)} ms`,
  );
  await breakdown(ws, applyMs);

  return [
    {
      name: `Terapkan ${ws.ops.toLocaleString('id-ID')} op jarak jauh (${ws.files} berkas, satu siklus) ke Dexie: ${opsPerSecond.toLocaleString('id-ID')} op/s, median ${ROUNDS} putaran`,
      unit: 'ms',
      ours: applyMs,
      baseline: baselineMs,
      baselineName: `Dexie bulkPut mentah atas ${rows.length.toLocaleString('id-ID')} baris hasilnya`,
      heapDelta: heap,
    },
  ];
}

function check(ws: BenchWorkspace, report: CycleReport | null, rows: RequestRow[]): void {
  const ops = report?.applied.reduce((sum, d) => sum + d.ops, 0) ?? 0;
  if (!report || ops !== ws.ops || report.waiting.length || report.quarantined.length) {
    throw new Error(`apply incomplete: ${ops} of ${ws.ops} ops, ${JSON.stringify(report)}`);
  }
  const differ = mismatches(ws.sourceRows, rows);
  if (differ) throw new Error(`${differ} rows differ from the source PCs`);
}

/**
 * Where the apply's time goes: each stage alone over every file, in the engine's order.
 * The stages run one after another here, so their sum only approximates the cycle.
 */
async function breakdown(ws: BenchWorkspace, total: number): Promise<void> {
  const listing = await ws.folder.listOpFiles();
  if (!listing.reachable) throw new Error('folder unreachable');
  const entries = listing.files;
  const envelopes: Uint8Array[] = [];
  const plaintexts: Uint8Array[] = [];
  const texts: string[] = [];
  const jsons: unknown[] = [];
  const files: SyncedOpFile[] = [];

  const stages: [string, number][] = [];
  const stage = async (name: string, fn: () => Promise<void>) => {
    stages.push([name, (await measure(fn)).ms]);
  };
  await stage('baca berkas (folder di memori)', async () => {
    for (const e of entries) {
      const bytes = await ws.folder.readOpFile(e.relPath, MAX_OP_FILE_BYTES);
      if (!(bytes instanceof Uint8Array)) throw new Error('too large');
      envelopes.push(bytes);
    }
  });
  await stage('HMAC + AES-GCM (openFile)', async () => {
    for (const [i, e] of entries.entries()) {
      plaintexts.push(await openFile(ws.keys, envelopes[i] ?? new Uint8Array(), e.relPath));
    }
  });
  await stage('UTF-8 (TextDecoder fatal)', async () => {
    for (const p of plaintexts) texts.push(new TextDecoder('utf-8', { fatal: true }).decode(p));
  });
  await stage('JSON.parse', async () => {
    for (const t of texts) jsons.push(JSON.parse(t));
  });
  await stage('skema zod (syncedOpFileSchema)', async () => {
    for (const j of jsons) {
      const parsed = syncedOpFileSchema.safeParse(j);
      if (!parsed.success) throw new Error('schema');
      files.push(parsed.data);
    }
  });
  await stage('gabung per kolom di memori (mergeOps)', async () => {
    const rows = new Map<string, SyncedRowLike>();
    for (const file of files) {
      for (const [key, row] of mergeOps(rows, file.ops)) rows.set(key, row);
    }
  });
  const db = await freshDb('bench-sync-apply-only');
  const clock = createHlcClock({ device: 'bench-pc-stage', wallClock: () => Date.now() });
  const batches = engineBatches(files);
  await stage(`applyOpFiles (${batches.length} transaksi, bulkGet, gabung, bulkPut)`, async () => {
    for (const batch of batches) await applyOpFiles(db, clock, batch);
  });
  const rowCount = await db.requests.count();
  db.close();

  const keys = new Set(files.flatMap((f) => f.ops.map((op) => rowKey(op.table, op.key))));
  const puts = countPuts(files);
  console.log(
    `syncApply rincian (${entries.length} berkas; ${rowCount} baris, ${puts} put baris ke Dexie untuk ${keys.size} baris berbeda):`,
  );
  for (const [name, ms] of stages) {
    console.log(
      `  ${name.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${((ms / total) * 100).toFixed(0).padStart(3)}% dari siklus`,
    );
  }
}

/** The files as importOps groups them: consecutive files of one device, bounded in count and ops. */
function engineBatches(files: readonly SyncedOpFile[]): SyncedOpFile[][] {
  const batches: SyncedOpFile[][] = [];
  const byDevice = new Map<string, SyncedOpFile[]>();
  for (const file of files) byDevice.set(file.device, [...(byDevice.get(file.device) ?? []), file]);
  for (const own of byDevice.values()) {
    let batch: SyncedOpFile[] = [];
    for (const file of own.sort((a, b) => a.seq - b.seq)) {
      batch.push(file);
      const ops = batch.reduce((sum, f) => sum + f.ops.length, 0);
      if (batch.length >= BATCH_FILES || ops >= BATCH_OPS) {
        batches.push(batch);
        batch = [];
      }
    }
    if (batch.length) batches.push(batch);
  }
  return batches;
}

/** Rows put by the apply: each batch puts every row it changes once. */
function countPuts(files: readonly SyncedOpFile[]): number {
  let puts = 0;
  for (const batch of engineBatches(files)) {
    puts += new Set(batch.flatMap((f) => f.ops.map((op) => rowKey(op.table, op.key)))).size;
  }
  return puts;
}
