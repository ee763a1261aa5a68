import { describe, expect, it } from 'vitest';
import { listDevices } from '../features/devices/deviceStore';
import { listPeople } from '../features/people/peopleStore';
import { createRow } from './repository';
import type { DeviceRow, PersonRow } from './rows';
import { sortOutRows } from './rowReading';
import { testDatabase, testWriteContext } from './testing';

const bookkeeping = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: '' };

describe('rows read for screens', () => {
  it('leave a damaged row out of the lists instead of crashing them', async () => {
    const db = testDatabase('row-reading');
    const ctx = testWriteContext(db);
    await createRow(ctx, 'people', {
      nama: 'Budi',
      nip: '',
      jabatan: 'Staf',
      unitId: null,
      roles: [],
      aktif: true,
    });
    // Written straight to the tables, as an older version or a bad copy could have left them.
    await db.people.put({
      id: 'p-bad',
      nama: 'Tanpa jabatan',
      ...bookkeeping,
    } as unknown as PersonRow);
    await db.devices.put({ id: 'd-bad', merek: 'Epson', ...bookkeeping } as unknown as DeviceRow);
    expect((await listPeople(db)).map((p) => p.nama)).toEqual(['Budi']);
    expect(await listDevices(db)).toEqual([]);
    const { damaged } = sortOutRows('devices', await db.devices.toArray());
    expect(damaged).toEqual([
      {
        table: 'devices',
        id: 'd-bad',
        problem: "kolom 'jenis', 'model', 'nomorSeri' dan 9 lainnya tidak ada",
      },
    ]);
  });
});
