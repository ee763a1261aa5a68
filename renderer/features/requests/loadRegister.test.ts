import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/requests/workingTime';
import type { RequestRow } from '../../db/rows';
import { testDatabase } from '../../../test/doubles/renderer/testDatabase';
import { requestFields } from '../../../test/doubles/renderer/rowGateRows';
import { loadRegister } from './loadRegister';

const bookkeeping = {
  _clock: {},
  _deleted: false,
  _updatedBy: null,
  _updatedAt: '2026-11-20T02:00:00.000Z',
};

describe('loadRegister', () => {
  it('reports a damaged stored row instead of throwing, and lists the good ones', async () => {
    const db = testDatabase('register-damaged');
    const good = { ...requestFields(), ...bookkeeping, id: 'good' };
    // Written straight to the table, as an older version or a bad file could have left it.
    await db.requests.bulkPut([
      good as unknown as RequestRow,
      { id: 'broken', uraian: 'Tanpa pemohon', ...bookkeeping } as unknown as RequestRow,
    ]);
    const { items, damaged } = await loadRegister(db, DEFAULT_OFFICE_HOURS, new Date());
    expect(items.map((i) => i.row.id)).toEqual(['good']);
    expect(damaged).toEqual([
      {
        table: 'requests',
        id: 'broken',
        problem: "kolom 'pemohon', 'diterimaPada', 'saluran' dan 19 lainnya tidak ada",
      },
    ]);
  });
});
