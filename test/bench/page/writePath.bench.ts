import { createHlcClock } from '../../../shared/sync/hlc';
import { MejaDatabase } from '../../../renderer/db/database';
import { createRow, type WriteContext } from '../../../renderer/db/repository';
import type { PersonRow } from '../../../renderer/db/rows';
import type { Figure } from '../figure';
import { measure } from './figures';

const ROWS = 10_000;

function person(i: number) {
  return {
    nama: `Pegawai Uji ${i}`,
    nip: String(197001012000031000 + i).slice(0, 18),
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

/** 10k staff rows written one by one through the repository (row + clocks + outbox). */
export async function writePathFigures(): Promise<Figure[]> {
  const db = await freshDb('bench-write-path');
  let seq = 0;
  const ctx: WriteContext = {
    db,
    device: 'bench',
    clock: createHlcClock({ device: 'bench', wallClock: () => Date.now() }),
    actor: () => 'bench-user',
    newId: () => `id-${++seq}`,
    now: () => new Date(),
  };
  const ours = await measure(async () => {
    for (let i = 0; i < ROWS; i++) await createRow(ctx, 'people', person(i));
  });
  const rows = await db.people.toArray();
  db.close();

  const raw = await freshDb('bench-raw-bulkput');
  const baseline = await measure(async () => {
    await raw.people.bulkPut(rows as PersonRow[]);
  });
  raw.close();

  // The same rows, each in its own raw transaction: what a transaction alone costs.
  const single = await freshDb('bench-raw-single');
  const perRow = await measure(async () => {
    for (const row of rows) await single.people.put(row);
  });
  single.close();
  const ourFigure = {
    unit: 'ms' as const,
    ours: ours.ms,
    heapDelta: ours.heap,
  };
  return [
    {
      ...ourFigure,
      name: `Tulis ${ROWS.toLocaleString('id-ID')} baris lewat jalur tulis (baris + jam + outbox)`,
      baseline: baseline.ms,
      baselineName: 'Dexie bulkPut mentah atas baris yang sama',
    },
    {
      ...ourFigure,
      name: `Tulis ${ROWS.toLocaleString('id-ID')} baris, satu transaksi per baris`,
      baseline: perRow.ms,
      baselineName: 'Dexie put mentah, satu transaksi per baris',
    },
  ];
}
