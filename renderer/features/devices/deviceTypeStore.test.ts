import { afterEach, describe, expect, it } from 'vitest';
import { sampleDevice } from '../../../test/doubles/shared/sampleDevice';
import { rowProblem } from '../../../shared/sync/rowCheck';
import type { MejaDatabase } from '../../db/database';
import {
  rowOutbox,
  testDatabase,
  testWriteContext,
} from '../../../test/doubles/renderer/testDatabase';
import { listDevices, saveDevice } from './deviceStore';
import { addDeviceType, listDeviceTypes, renameDeviceType } from './deviceTypeStore';

describe('office device types', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());
  const setup = () => {
    db = testDatabase();
    return testWriteContext(db, { actor: 'admin', start: new Date(2026, 10, 22, 9).getTime() });
  };

  it('adds a type through the synced write path and refuses a second of the same name', async () => {
    const ctx = setup();
    const code = await addDeviceType(ctx, 'Mesin antrian');
    expect(code).toBe('mesinAntrian');
    expect((await listDeviceTypes(db)).at(-1)).toEqual({
      code,
      label: 'Mesin antrian',
      builtIn: false,
    });
    expect(await rowOutbox(db).count()).toBe(1);
    await expect(addDeviceType(ctx, ' MESIN antrian ')).rejects.toThrow(
      'Jenis "Mesin antrian" sudah ada.',
    );
    await expect(addDeviceType(ctx, 'printer')).rejects.toThrow('Jenis "Printer" sudah ada.');
    await expect(renameDeviceType(ctx, 'pc', 'Komputer')).rejects.toThrow(
      'Jenis bawaan tidak dapat diubah.',
    );
  });

  it('a rename keeps the devices of the type, which show the new name', async () => {
    const ctx = setup();
    const code = await addDeviceType(ctx, 'Kiosk');
    const id = await saveDevice(ctx, null, { ...sampleDevice(), jenis: code });
    await renameDeviceType(ctx, code, 'Kiosk informasi');
    const [device] = await listDevices(db);
    expect(device).toMatchObject({ id, jenis: code });
    expect((await listDeviceTypes(db)).find((t) => t.code === code)?.label).toBe('Kiosk informasi');
    // The old name is free again, the code is not given twice.
    expect(await addDeviceType(ctx, 'Kiosk')).toBe('kiosk2');
  });

  it('keeps a device from another PC naming a type not yet here', async () => {
    const ctx = setup();
    const fields = { ...sampleDevice(), jenis: 'fingerprint' };
    // The sync check lets the row in; the list keeps it, with its code.
    expect(rowProblem('devices', fields)).toBeNull();
    await saveDevice(ctx, null, fields);
    expect((await listDevices(db)).map((d) => d.jenis)).toEqual(['fingerprint']);
    expect(rowProblem('deviceTypes', { nama: '' })).not.toBeNull();
  });
});
