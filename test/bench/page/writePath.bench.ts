import { createHlcClock } from '../../../shared/sync/hlc';
import { MejaDatabase } from '../../../renderer/db/database';
import { createRow, putRows, type WriteContext } from '../../../renderer/db/repository';
import type { OutboxEntry } from '../../../renderer/db/rows';
import type { Figure } from '../figure';
import { measure } from './figures';

const ROWS = 10_000;
/** The single-row path is measured on fewer rows: at ~5 ms a row, 10k take a minute. */
const SINGLE_ROWS = 2_000;
/** Issue #12: the batch path keeps at least 0.8× the throughput of a raw bulkPut. */
const GOAL_RATIO = 1 / 0.8;

function person(i: number) {
  return {
    nama: `Pegawai Uji ${i}`,
    nip: `19850312201012${1 + (i % 2)}${String(1 + (i % 999)).padStart(3, '0')}`,
    jabatan: i % 3 === 0 ? 'Panitera Pengganti' : 'Staf Kepaniteraan',
    unitId: null,
    roles: [],
    aktif: true,
  };
}

async function freshDb(name: string): Promise<MejaDatabase> {
  await MejaDatabase.delete(name);
  const db = new MejaDatabase(name);
  await db.open();
  return db;
}

function benchContext(db: MejaDatabase): WriteContext {
  let seq = 0;
  return {
    db,
    device: 'bench',
    clock: createHlcClock({ device: 'bench', wallClock: () => Date.now() }),
    actor: () => 'bench-user',
    newId: () => `id-${++seq}`,
    now: () => new Date(),
  };
}

const count = (n: number) => n.toLocaleString('id-ID');

/** Rounds of each figure, ours and the raw baseline taking turns: the median is printed. */
const ROUNDS = 3;

/** What a write of these rows left in the database: the rows, their audit rows, the outbox. */
async function written(db: MejaDatabase) {
  return {
    rows: await db.people.toArray(),
    audits: await db.auditLog.toArray(),
    entries: await db.outbox.toArray(),
  };
}

/** The batch path once, on a fresh database; its result is what the raw baseline writes. */
async function batchRound(round: number) {
  const db = await freshDb(`bench-write-path-${round}`);
  const ctx = benchContext(db);
  const writes = Array.from({ length: ROWS }, (_, i) => ({ id: ctx.newId(), fields: person(i) }));
  let done = 0;
  const timed = await measure(async () => {
    const result = await putRows(ctx, 'people', writes);
    if (result.refused.length) throw new Error(JSON.stringify(result.refused[0]));
    done = result.written;
  });
  if (done !== ROWS) throw new Error(`batch wrote ${done} of ${ROWS}`);
  const stored = await written(db);
  db.close();
  await MejaDatabase.delete(db.name);
  return { timed, stored };
}

/** The same rows, audit rows and outbox entries by raw bulk calls in one transaction. */
async function rawBatchRound(round: number, stored: Awaited<ReturnType<typeof written>>) {
  const raw = await freshDb(`bench-raw-bulkput-${round}`);
  const timed = await measure(async () => {
    await raw.transaction('rw', [raw.people, raw.auditLog, raw.outbox], async () => {
      await raw.people.bulkPut(stored.rows);
      await raw.auditLog.bulkPut(stored.audits);
      await raw.outbox.bulkAdd(stored.entries);
    });
  });
  raw.close();
  await MejaDatabase.delete(raw.name);
  return timed;
}

/** The single-row path against one raw transaction per row writing what it wrote. */
async function singleRows() {
  const singleDb = await freshDb('bench-write-single');
  const singleCtx = benchContext(singleDb);
  const single = await measure(async () => {
    for (let i = 0; i < SINGLE_ROWS; i++) await createRow(singleCtx, 'people', person(i));
  });
  const stored = await written(singleDb);
  singleDb.close();
  const auditOf = new Map(stored.audits.map((a) => [a.recordId, a]));
  const recordOfAudit = new Map(stored.audits.map((a) => [a.id, a.recordId]));
  const entriesOf = new Map<string, OutboxEntry[]>();
  for (const e of stored.entries) {
    const key = e.table === 'people' ? e.key : (recordOfAudit.get(e.key) ?? '');
    entriesOf.set(key, [...(entriesOf.get(key) ?? []), e]);
  }
  const rawSingle = await freshDb('bench-raw-single');
  const perRow = await measure(async () => {
    for (const row of stored.rows) {
      const audit = auditOf.get(row.id);
      const entries = entriesOf.get(row.id);
      if (!audit || !entries) throw new Error(`row ${row.id} missing its audit or outbox`);
      await rawSingle.transaction(
        'rw',
        [rawSingle.people, rawSingle.auditLog, rawSingle.outbox],
        async () => {
          await rawSingle.people.put(row);
          await rawSingle.auditLog.put(audit);
          for (const entry of entries) await rawSingle.outbox.add(entry);
        },
      );
    }
  });
  rawSingle.close();
  return { single, perRow };
}

/**
 * 10k staff rows through the batch write path (rows, per-field clocks, audit rows and the
 * outbox entries of both), against raw bulk writes of exactly what it stored, in one
 * transaction; ROUNDS times each, taking turns. And the single-row path against one raw
 * transaction per row.
 */
export async function writePathFigures(): Promise<Figure[]> {
  const ours: number[] = [];
  const raws: number[] = [];
  let heap: number | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    const { timed, stored } = await batchRound(round);
    ours.push(timed.ms);
    heap ??= timed.heap;
    raws.push((await rawBatchRound(round, stored)).ms);
  }
  console.log(
    `writePath batch per putaran: ${ours.map(Math.round).join(' / ')} ms; mentah ${raws.map(Math.round).join(' / ')} ms`,
  );
  const batch = median(ours);
  const bulk = median(raws);
  const { single, perRow } = await singleRows();

  return [
    {
      name: `Tulis ${count(ROWS)} baris lewat jalur tulis batch putRows (baris + jam per kolom + catatan audit + outbox), median ${ROUNDS} putaran`,
      unit: 'ms',
      ours: batch,
      heapDelta: heap,
      baseline: bulk,
      baselineName:
        'Dexie bulkPut/bulkAdd mentah atas baris, catatan audit dan entri outbox yang sama, satu transaksi',
      baselineRuns: raws,
      goal: {
        text: '≥ 0,8× throughput tulis mentah (rasio ≤ 1,25)',
        holds: batch <= bulk * GOAL_RATIO,
      },
    },
    {
      name: `Tulis ${count(SINGLE_ROWS)} baris satu per satu lewat jalur tulis baris tunggal (tidak diubah)`,
      unit: 'ms',
      ours: single.ms,
      heapDelta: single.heap,
      baseline: perRow.ms,
      baselineName:
        'Dexie put mentah baris + catatan audit + entri outbox-nya, satu transaksi per baris',
    },
  ];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
