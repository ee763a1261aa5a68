import { createHlcClock } from '../../../shared/sync/hlc';
import { MejaDatabase } from '../../../renderer/db/database';
import { createRow, putRows, type WriteContext } from '../../../renderer/db/repository';
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

/**
 * 10k staff rows through the batch write path (rows + per-field clocks + outbox), against a
 * raw bulkPut of the same rows and a raw bulkAdd of the same outbox entries in one
 * transaction; and the single-row path against one raw put per row.
 */
export async function writePathFigures(): Promise<Figure[]> {
  const db = await freshDb('bench-write-path');
  const ctx = benchContext(db);
  const writes = Array.from({ length: ROWS }, (_, i) => ({ id: ctx.newId(), fields: person(i) }));
  let written = 0;
  const batch = await measure(async () => {
    const result = await putRows(ctx, 'people', writes);
    if (result.refused.length) throw new Error(JSON.stringify(result.refused[0]));
    written = result.written;
  });
  if (written !== ROWS) throw new Error(`batch wrote ${written} of ${ROWS}`);
  const rows = await db.people.toArray();
  const entries = await db.outbox.toArray();
  db.close();

  const raw = await freshDb('bench-raw-bulkput');
  const bulk = await measure(async () => {
    await raw.transaction('rw', [raw.people, raw.outbox], async () => {
      await raw.people.bulkPut(rows);
      await raw.outbox.bulkAdd(entries);
    });
  });
  raw.close();

  const singleDb = await freshDb('bench-write-single');
  const singleCtx = benchContext(singleDb);
  const single = await measure(async () => {
    for (let i = 0; i < SINGLE_ROWS; i++) await createRow(singleCtx, 'people', person(i));
  });
  const singleRows = await singleDb.people.toArray();
  const singleEntries = await singleDb.outbox.toArray();
  singleDb.close();
  const rawSingle = await freshDb('bench-raw-single');
  const perRow = await measure(async () => {
    for (let i = 0; i < SINGLE_ROWS; i++) {
      const row = singleRows[i];
      const entry = singleEntries[i];
      if (!row || !entry) throw new Error(`row ${i} missing`);
      await rawSingle.transaction('rw', [rawSingle.people, rawSingle.outbox], async () => {
        await rawSingle.people.put(row);
        await rawSingle.outbox.add(entry);
      });
    }
  });
  rawSingle.close();

  return [
    {
      name: `Tulis ${count(ROWS)} baris lewat jalur tulis batch putRows (baris + jam per kolom + outbox)`,
      unit: 'ms',
      ours: batch.ms,
      heapDelta: batch.heap,
      baseline: bulk.ms,
      baselineName:
        'Dexie bulkPut mentah atas baris yang sama + bulkAdd outbox-nya, satu transaksi',
      goal: {
        text: '≥ 0,8× throughput bulkPut mentah (rasio ≤ 1,25)',
        holds: batch.ms <= bulk.ms * GOAL_RATIO,
      },
    },
    {
      name: `Tulis ${count(SINGLE_ROWS)} baris satu per satu lewat jalur tulis baris tunggal (tidak diubah)`,
      unit: 'ms',
      ours: single.ms,
      heapDelta: single.heap,
      baseline: perRow.ms,
      baselineName: 'Dexie put mentah baris + outbox, satu transaksi per baris',
    },
  ];
}
