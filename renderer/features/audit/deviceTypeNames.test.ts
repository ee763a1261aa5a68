import { afterEach, describe, expect, it } from 'vitest';
import type { MejaDatabase } from '../../db/database';
import { putRow } from '../../db/repository';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { changeSummary } from './auditFilter';
import { readDeviceTypeLabels } from './deviceTypeNames';
import { fieldValueText } from './fieldLabels';

describe("an office's device type in the audit trail", () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  it('reads by its name in the history and on the Audit screen, not by its code', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'p-admin' });
    await putRow(ctx, 'deviceTypes', 'lain-antrian', { nama: 'Mesin antrian' });
    const labels = await readDeviceTypeLabels(db);
    expect(fieldValueText('devices', 'jenis', 'lain-antrian', labels)).toBe('Mesin antrian');
    expect(fieldValueText('devices', 'jenis', 'printer', labels)).toBe('Printer');

    // The entry of adding the type, read as if it recorded a device changing type.
    const [added] = await db.auditLog.toArray();
    if (!added) throw new Error('no audit entry');
    const entry = {
      ...added,
      table: 'devices',
      detail: { fields: { jenis: { sebelum: 'printer', sesudah: 'lain-antrian' } } },
    };
    expect(changeSummary(entry, labels)).toBe('Jenis: Printer → Mesin antrian');
    expect(changeSummary(entry)).toBe('Jenis: Printer → lain-antrian');
  });
});
