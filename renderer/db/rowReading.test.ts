import { describe, expect, it } from 'vitest';
import type { DeviceRow } from './rows';
import { sortOutRows } from './rowReading';

const bookkeeping = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: '' };

describe('rows read for screens', () => {
  it('sorts out a damaged row with the reason it is damaged', () => {
    const bad = { id: 'd-bad', merek: 'Epson', ...bookkeeping } as unknown as DeviceRow;
    const { damaged } = sortOutRows('devices', [bad]);
    expect(damaged).toEqual([
      {
        table: 'devices',
        id: 'd-bad',
        problem: "kolom 'jenis', 'model', 'nomorSeri' dan 9 lainnya tidak ada",
      },
    ]);
  });
});
