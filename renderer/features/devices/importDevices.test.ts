import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceFields } from '../../../shared/devices/schema';
import type { MejaDatabase } from '../../db/database';
import {
  rowOutbox,
  testDatabase,
  testWriteContext,
} from '../../../test/doubles/renderer/testDatabase';
import { importDevices } from './importDevices';

function device(over: Partial<DeviceFields> = {}): DeviceFields {
  return {
    jenis: 'printer',
    merek: 'Epson',
    model: 'L3110',
    nomorSeri: '',
    kodeBmn: '3.10.02.03.003',
    nup: '4',
    ruangan: 'Ruang PTSP',
    pengguna: '',
    tahunPerolehan: 2020,
    kondisi: 'baik',
    alamatIp: '',
    catatan: '',
    aktif: true,
    ...over,
  };
}

describe('importDevices', () => {
  let db: MejaDatabase;
  afterEach(() => db?.close());

  it('writes every row with its outbox entry', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'operator-1' });
    const count = await importDevices(ctx, [
      device(),
      device({ jenis: 'ups', merek: 'APC', model: 'Back-UPS 650', nup: '5' }),
    ]);
    expect(count).toBe(2);
    const rows = await db.devices.toArray();
    expect(rows.map((r) => [r.merek, r.nup, r.aktif, r._deleted, r._updatedBy])).toEqual([
      ['Epson', '4', true, false, 'operator-1'],
      ['APC', '5', true, false, 'operator-1'],
    ]);
    const outbox = await rowOutbox(db).toArray();
    expect(outbox).toHaveLength(2);
    expect(outbox.map((e) => [e.table, e.key])).toEqual(rows.map((r) => ['devices', r.id]));
    expect(outbox[1]?.changes).toMatchObject({ jenis: 'ups', merek: 'APC', kondisi: 'baik' });
  });

  it('writes nothing when one device is invalid', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    await expect(
      importDevices(ctx, [device(), device({ nup: '5', tahunPerolehan: 2099 })]),
    ).rejects.toThrow(/Tahun perolehan tidak boleh di masa depan/);
    expect(await db.devices.count()).toBe(0);
    expect(await rowOutbox(db).count()).toBe(0);
  });

  it('writes nothing when a write fails halfway', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    let ids = 0;
    const failing = {
      ...ctx,
      newId: () => {
        if (++ids === 5) throw new Error('disk full');
        return `id-${ids}`;
      },
    };
    await expect(
      importDevices(failing, [device(), device({ nup: '5' }), device({ nup: '6' })]),
    ).rejects.toThrow('disk full');
    expect(await db.devices.count()).toBe(0);
    expect(await rowOutbox(db).count()).toBe(0);
  });

  it('does nothing for an empty list', async () => {
    db = testDatabase();
    expect(await importDevices(testWriteContext(db), [])).toBe(0);
    expect(await rowOutbox(db).count()).toBe(0);
  });
});
