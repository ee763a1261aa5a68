import { afterEach, describe, expect, it } from 'vitest';
import { sampleDevice } from '../../../test/doubles/shared/sampleDevice';
import type { MaintenanceRecordInput } from '../../../shared/maintenance/record';
import type { MejaDatabase } from '../../db/database';
import {
  rowOutbox,
  testDatabase,
  testWriteContext,
} from '../../../test/doubles/renderer/testDatabase';
import { saveDevice } from '../devices/public';
import { deleteMaintenanceRecord, listRecords, recordMaintenance } from './recordStore';

describe('maintenance records', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());
  async function setup() {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'op', start: new Date(2026, 10, 22, 9).getTime() });
    const a = await saveDevice(ctx, null, sampleDevice({ jenis: 'switch', nup: '1' }));
    const b = await saveDevice(ctx, null, sampleDevice({ jenis: 'ups', nup: '2' }));
    return { ctx, a, b };
  }
  const round = (a: string, b: string, over: Partial<MaintenanceRecordInput> = {}) =>
    ({
      tanggal: '2026-11-20',
      taskId: null,
      judul: 'Pemeliharaan fisik jaringan',
      petugasId: 'op',
      perangkat: [
        { deviceId: a, hasil: 'baik', kondisi: 'baik', temuan: '', tindakan: '' },
        {
          deviceId: b,
          hasil: 'adaTemuan',
          kondisi: 'rusakRingan',
          temuan: 'Baterai lemah',
          tindakan: 'Usulkan penggantian baterai',
        },
      ],
      temuan: '',
      tindakan: '',
      durasiMenit: 60,
      ...over,
    }) satisfies MaintenanceRecordInput;

  it("stores the round and sets each checked device's condition in one go", async () => {
    const { ctx, a, b } = await setup();
    const before = await rowOutbox(db).count();
    const id = await recordMaintenance(ctx, round(a, b));
    const [row] = await listRecords(db, '2026-11-01', '2026-11-30');
    expect(row).toMatchObject({ id, deviceIds: [a, b], _updatedBy: 'op' });
    expect((await db.devices.get(b))?.kondisi).toBe('rusakRingan');
    expect((await db.devices.get(a))?.kondisi).toBe('baik');
    // The record and the one device whose condition changed.
    expect((await rowOutbox(db).count()) - before).toBe(2);
    await deleteMaintenanceRecord(ctx, id);
    expect(await listRecords(db, '2026-11-01', '2026-11-30')).toEqual([]);
  });

  it.each([
    [
      'a future date',
      (a: string, b: string) => round(a, b, { tanggal: '2026-11-23' }),
      'masa depan',
    ],
    [
      'a finding without words',
      (a: string, b: string) => {
        const r = round(a, b);
        return { ...r, perangkat: r.perangkat.map((c) => ({ ...c, hasil: 'adaTemuan' as const })) };
      },
      'Tuliskan temuannya',
    ],
    [
      'a device not in the inventory',
      (a: string) => round(a, 'nowhere'),
      'tidak ada di inventaris',
    ],
    ['a device twice', (a: string) => round(a, a), 'dua kali'],
    [
      'an unknown task',
      (a: string, b: string) => round(a, b, { taskId: 'gone' }),
      'tidak ditemukan',
    ],
  ])('refuses %s and changes nothing', async (_name, make, message) => {
    const { ctx, a, b } = await setup();
    const outbox = await rowOutbox(db).count();
    await expect(recordMaintenance(ctx, make(a, b))).rejects.toThrow(message);
    expect(await db.maintenanceRecords.count()).toBe(0);
    expect((await db.devices.get(b))?.kondisi).toBe('baik');
    expect(await rowOutbox(db).count()).toBe(outbox);
  });
});
