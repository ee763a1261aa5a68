import { describe, expect, it } from 'vitest';
import type { RequestRow } from '../../db/rows';
import { testDatabase } from '../../../test/doubles/renderer/testDatabase';
import { requestFields } from '../../../test/doubles/renderer/rowGateRows';
import { readHomeData } from './attentionData';

const now = new Date(2026, 10, 20, 14, 0);
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();

function request(i: number, extra: Partial<RequestRow>): RequestRow {
  return {
    ...requestFields(`Permintaan ${i}`),
    id: `r${i}`,
    nomor: `${String(i).padStart(3, '0')}/PLTI/XI/2026`,
    urut: i,
    diterimaPada: at(10, 9),
    _clock: {},
    _deleted: false,
    _updatedBy: null,
    _updatedAt: '2026-11-20T02:00:00.000Z',
    ...extra,
  } as unknown as RequestRow;
}

describe('readHomeData', () => {
  it('counts the requests finished or refused today, read through the selesaiPada index', async () => {
    const db = testDatabase('home-closed-today');
    await db.requests.bulkPut([
      request(1, { status: 'selesai', selesaiPada: at(20, 8) }),
      request(2, { status: 'ditolak', selesaiPada: at(20, 0) }),
      request(3, { status: 'selesai', selesaiPada: at(19, 23) }),
      request(4, { status: 'selesai', selesaiPada: at(20, 10), _deleted: true }),
      request(5, { status: 'berjalan', selesaiPada: null }),
      request(6, { status: 'selesai', selesaiPada: at(20, 9), diterimaPada: at(20, 7) }),
    ]);
    const data = await readHomeData(db, now);
    expect(data.today.selesai).toBe(3);
    expect(data.today.diterima).toBe(1);
    expect(data.today.dalamProses).toBe(1);
  });
});
