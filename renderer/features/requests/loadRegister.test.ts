import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/requests/workingTime';
import type { RequestRow } from '../../db/rows';
import { testDatabase } from '../../../test/doubles/renderer/testDatabase';
import { requestFields } from '../../../test/doubles/renderer/rowGateRows';
import { loadRegister, loadRegisterPage } from './loadRegister';

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

  it('reads every row once across chunk boundaries', async () => {
    const db = testDatabase('register-chunks');
    await db.requests.bulkPut(Array.from({ length: 11 }, (_, i) => request(i)));
    const { items } = await loadRegister(db, DEFAULT_OFFICE_HOURS, new Date(), 3);
    expect(items.map((i) => i.row.id).sort()).toEqual(
      Array.from({ length: 11 }, (_, i) => request(i).id).sort(),
    );
  });

  it('reports a damaged row found in a later chunk', async () => {
    const db = testDatabase('register-chunks-damaged');
    await db.requests.bulkPut([
      ...Array.from({ length: 5 }, (_, i) => request(i)),
      { id: 'zz-broken', ...bookkeeping } as unknown as RequestRow,
    ]);
    const { items, damaged } = await loadRegister(db, DEFAULT_OFFICE_HOURS, new Date(), 2);
    expect(items).toHaveLength(5);
    expect(damaged.map((d) => d.id)).toEqual(['zz-broken']);
  });

  it('reads the newest requests first for the first screen, without damaged or deleted rows', async () => {
    const db = testDatabase('register-first-page');
    await db.requests.bulkPut([
      ...Array.from({ length: 8 }, (_, i) => request(i)),
      { ...request(20), id: 'deleted', _deleted: true },
      {
        id: 'broken',
        diterimaPada: '2026-11-30T02:00:00.000Z',
        ...bookkeeping,
      } as unknown as RequestRow,
    ]);
    const items = await loadRegisterPage(db, DEFAULT_OFFICE_HOURS, new Date(), 5);
    // Rows 7 and 6 are the newest live ones; the deleted and the damaged row fill the rest.
    expect(items.map((i) => i.row.id)).toEqual(['req-07', 'req-06', 'req-05']);
  });
});

/** A valid request received on 1 + i November 2026. */
function request(i: number): RequestRow {
  const day = String(1 + i).padStart(2, '0');
  return {
    ...requestFields(),
    ...bookkeeping,
    id: `req-${String(i).padStart(2, '0')}`,
    urut: i + 1,
    diterimaPada: `2026-11-${day}T02:00:00.000Z`,
  } as unknown as RequestRow;
}
