import { describe, expect, it } from 'vitest';
import { createHlcClock } from '../../shared/sync/hlc';
import { snapshotPath } from '../../shared/sync/folderPaths';
import { SNAPSHOT_PART_ROWS } from '../../shared/sync/snapshotFile';
import { OP_FILE_FORMAT } from '../../shared/sync/opFile';
import { MAX_REASON_CHARS } from '../../shared/sync/rowCheck';
import { testDatabase } from '../../test/doubles/renderer/testDatabase';
import { applyOpFile } from './applyOpFile';
import type { SyncedOpFile } from './opFileCodec';
import { applySnapshot } from './snapshotApply';
import { snapshotOfRows } from './snapshotCodec';
import { fastKeys } from '../../test/doubles/renderer/syncOffices';
import { requestFields, T0, type Op } from '../../test/doubles/renderer/rowGateRows';
import { createMemoryFolder } from '../../test/doubles/renderer/memoryFolder';
import { readCursor, readQuarantine } from './syncState';

function stamp(i: number, device: string): string {
  return `${(T0 + i).toString().padStart(15, '0')}-0000-${device}`;
}

function op(i: number, device: string, o: Partial<Op>): Op {
  return {
    hlc: stamp(i, device),
    device,
    table: 'requests',
    key: `r${i}`,
    changes: {},
    deleted: false,
    actor: null,
    at: new Date(T0 + i).toISOString(),
    ...o,
  };
}

function file(device: string, seq: number, ops: Op[]): SyncedOpFile {
  return { format: OP_FILE_FORMAT, device, seq, createdAt: new Date(T0).toISOString(), ops };
}

function pc(device = 'pc-z') {
  const db = testDatabase(`gate-${device}-${Math.random()}`);
  const clock = createHlcClock({ device, wallClock: () => T0 + 60_000 });
  return { db, apply: (f: SyncedOpFile) => applyOpFile(db, clock, f, () => new Date(T0)) };
}

describe('the row gate on remote ops', () => {
  it('refuses bad rows one by one, applies the rest, and keeps the device moving', async () => {
    const { db, apply } = pc();
    await apply(
      file('pc-a', 1, [
        op(1, 'pc-a', { key: 'good', changes: requestFields() }),
        op(2, 'pc-a', { key: 'long', changes: requestFields('x'.repeat(6 * 1024 * 1024)) }),
        op(3, 'pc-a', { key: 'typed', changes: { ...requestFields(), urut: 'satu' } }),
        op(4, 'pc-a', { key: 'gone', table: 'secrets', changes: { a: 1 } }),
        op(5, 'pc-a', { key: 'bad-status', changes: { ...requestFields(), status: 'hilang' } }),
      ]),
    );
    await apply(file('pc-a', 2, [op(6, 'pc-a', { key: 'good', changes: { uraian: 'Diganti' } })]));
    expect((await db.requests.toArray()).map((r) => [r.id, r.uraian])).toEqual([
      ['good', 'Diganti'],
    ]);
    expect(await readCursor(db, 'pc-a')).toBe(2);
    const reasons = (await readQuarantine(db)).map((q) => q.reason);
    expect(reasons).toEqual([
      "Baris permintaan long dari komputer pc-a ditolak: kolom 'uraian' melebihi 2.000 karakter.",
      "Baris permintaan typed dari komputer pc-a ditolak: kolom 'urut' berisi jenis data yang salah.",
      "Baris tabel lain gone dari komputer pc-a ditolak: tabel 'secrets' tidak dikenal.",
      "Baris permintaan bad-stat… dari komputer pc-a ditolak: kolom 'status' berisi pilihan yang tidak dikenal.",
    ]);
    for (const reason of reasons) expect(reason.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
  });

  it('holds a new row that lacks fields, and stores it once the rest arrives', async () => {
    const { db, apply } = pc();
    // pc-b edited the request before this PC has pc-a's file that created it.
    await apply(file('pc-b', 1, [op(5, 'pc-b', { key: 'r', changes: { uraian: 'Sudah dicek' } })]));
    expect(await db.requests.get('r')).toBeUndefined();
    expect((await readQuarantine(db)).map((q) => q.reason)).toEqual([
      "Baris permintaan r dari komputer pc-b ditahan: kolom 'pemohon', 'diterimaPada', 'saluran' dan 19 lainnya tidak ada; diterapkan bila kolom lainnya tiba.",
    ]);
    await apply(file('pc-a', 1, [op(1, 'pc-a', { key: 'r', changes: requestFields() })]));
    expect(await db.requests.get('r')).toMatchObject({
      uraian: 'Sudah dicek',
      nomor: expect.any(String),
    });
    expect(await readQuarantine(db)).toEqual([]);

    // The other order gives the same row: the PCs stay identical.
    const other = pc();
    await other.apply(file('pc-a', 1, [op(1, 'pc-a', { key: 'r', changes: requestFields() })]));
    await other.apply(
      file('pc-b', 1, [op(5, 'pc-b', { key: 'r', changes: { uraian: 'Sudah dicek' } })]),
    );
    expect(await other.db.requests.get('r')).toEqual(await db.requests.get('r'));
  });

  it('stores a deletion of a row it never had, as a deletion marker', async () => {
    const { db, apply } = pc();
    await apply(file('pc-a', 1, [op(1, 'pc-a', { key: 'r', deleted: true })]));
    expect(await db.requests.get('r')).toMatchObject({ id: 'r', _deleted: true });
    expect(await readQuarantine(db)).toEqual([]);
  });

  it('checks a snapshot’s rows the same way', async () => {
    const { db } = pc();
    const row = (id: string, fields: Op['changes']) => ({
      ...fields,
      id,
      _clock: Object.fromEntries(Object.keys(fields).map((f) => [f, stamp(1, 'pc-a')])),
      _deleted: false,
      _updatedBy: null,
      _updatedAt: new Date(T0).toISOString(),
    });
    const snapshot = snapshotOfRows(
      { createdAt: new Date(T0).toISOString(), createdBy: 'pc-a', covers: { 'pc-a': 3 } },
      {
        requests: [
          row('good', requestFields()),
          row('long', requestFields('x'.repeat(2001))),
          row('part', { uraian: 'Hanya uraian' }),
        ],
      },
    );
    const deps = {
      db,
      device: 'pc-z',
      clock: createHlcClock({ device: 'pc-z', wallClock: () => T0 + 60_000 }),
      keys: await fastKeys(),
      folder: createMemoryFolder({ seed: 1 }),
      now: () => new Date(T0),
    };
    await applySnapshot(deps, snapshotPath(stamp(9, 'pc-a')), snapshot);
    expect((await db.requests.toArray()).map((r) => r.id)).toEqual(['good']);
    expect((await readQuarantine(db)).map((q) => q.reason)).toEqual([
      "Baris permintaan long dari komputer pc-a ditolak: kolom 'uraian' melebihi 2.000 karakter.",
      "Baris permintaan part dari komputer pc-a ditolak: kolom 'pemohon', 'diterimaPada', 'saluran' dan 19 lainnya tidak ada.",
    ]);
  });

  it('refuses bad rows of every batch of a snapshot into an empty table, and applies the rest', async () => {
    const { db } = pc();
    const stamped = (id: string, fields: Record<string, unknown>) => ({
      ...fields,
      id,
      _clock: Object.fromEntries(Object.keys(fields).map((f) => [f, stamp(1, 'pc-a')])),
      _deleted: false,
      _updatedBy: null,
      _updatedAt: new Date(T0).toISOString(),
    });
    // Over two batches; the ids sort as the rows come, as a snapshot written by a PC does.
    const ids = Array.from(
      { length: SNAPSHOT_PART_ROWS + 20 },
      (_, i) => `u${String(i).padStart(5, '0')}`,
    );
    const bad = new Map([
      [ids[3] ?? '', { nama: '', aktif: true }],
      [ids[SNAPSHOT_PART_ROWS + 7] ?? '', { nama: 'Hakim', aktif: 'ya' }],
      [ids[SNAPSHOT_PART_ROWS + 19] ?? '', { nama: 'Tanpa status aktif' }],
    ]);
    const units = ids.map((id) => stamped(id, bad.get(id) ?? { nama: `Unit ${id}`, aktif: true }));
    const snapshot = snapshotOfRows(
      { createdAt: new Date(T0).toISOString(), createdBy: 'pc-a', covers: { 'pc-a': 3 } },
      { units },
    );
    const deps = {
      db,
      device: 'pc-z',
      clock: createHlcClock({ device: 'pc-z', wallClock: () => T0 + 60_000 }),
      keys: await fastKeys(),
      folder: createMemoryFolder({ seed: 1 }),
      now: () => new Date(T0),
    };
    expect(await applySnapshot(deps, snapshotPath(stamp(9, 'pc-a')), snapshot)).toBe(
      ids.length - bad.size,
    );
    expect(await db.units.toArray()).toEqual(units.filter((u) => !bad.has(u.id)));
    expect((await readQuarantine(db)).map((q) => q.reason)).toEqual([
      "Baris unit kerja u00003 dari komputer pc-a ditolak: kolom 'nama' kosong.",
      `Baris unit kerja ${ids[SNAPSHOT_PART_ROWS + 7] ?? ''} dari komputer pc-a ditolak: kolom 'aktif' berisi jenis data yang salah.`,
      `Baris unit kerja ${ids[SNAPSHOT_PART_ROWS + 19] ?? ''} dari komputer pc-a ditolak: kolom 'aktif' tidak ada.`,
    ]);
    expect(await readCursor(db, 'pc-a')).toBe(3);
  });

  it('refuses a snapshot row of a bad shape on its own, by its id or its place, and applies the rest', async () => {
    const { db } = pc();
    const good = {
      id: 'u-good',
      nama: 'Hakim',
      aktif: true,
      _clock: { nama: stamp(1, 'pc-a'), aktif: stamp(1, 'pc-a') },
      _deleted: false,
      _updatedBy: null,
      _updatedAt: new Date(T0).toISOString(),
    };
    const units: unknown[] = [
      { ...good, id: 'u-stamp', _clock: { nama: 'kemarin', aktif: stamp(1, 'pc-a') } },
      JSON.parse(
        `{"__proto__":{"aktif":true},${JSON.stringify({ ...good, id: 'u-proto' }).slice(1)}`,
      ),
      { ...good, id: undefined },
      42,
      good,
      { ...good, id: 'x'.repeat(201) },
      { ...good, id: 'u-field', 'nama lain': 'Hakim' },
    ];
    const snapshot = snapshotOfRows(
      { createdAt: new Date(T0).toISOString(), createdBy: 'pc-a', covers: { 'pc-a': 3 } },
      { units },
    );
    const deps = {
      db,
      device: 'pc-z',
      clock: createHlcClock({ device: 'pc-z', wallClock: () => T0 + 60_000 }),
      keys: await fastKeys(),
      folder: createMemoryFolder({ seed: 1 }),
      now: () => new Date(T0),
    };
    expect(await applySnapshot(deps, snapshotPath(stamp(9, 'pc-a')), snapshot)).toBe(2);
    // A `__proto__` key never becomes a field of its own (snapshotFile.test.ts).
    expect(await db.units.toArray()).toEqual([good, { ...good, id: 'u-proto' }]);
    expect((await readQuarantine(db)).map((q) => [q.relPath.split('#')[1], q.reason])).toEqual([
      [
        'units/u-stamp',
        "Baris unit kerja u-stamp dari komputer pc-a ditolak: kolom '_clock.nama' tidak berformat benar.",
      ],
      ['units/ke-3', "Baris unit kerja ke-3 dari komputer pc-a ditolak: kolom 'id' tidak ada."],
      [
        'units/ke-4',
        "Baris unit kerja ke-4 dari komputer pc-a ditolak: kolom 'baris' berisi jenis data yang salah.",
      ],
      [
        'units/ke-6',
        "Baris unit kerja ke-6 dari komputer pc-a ditolak: kolom 'id' melebihi 200 karakter.",
      ],
      [
        'units/u-field',
        "Baris unit kerja u-field dari komputer pc-a ditolak: kolom 'baris' tidak sah.",
      ],
    ]);
    expect(await readCursor(db, 'pc-a')).toBe(3);
  });
});
