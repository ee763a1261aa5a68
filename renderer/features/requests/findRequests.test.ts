import { describe, expect, it } from 'vitest';
import type { RequestRow } from '../../db/rows';
import { testDatabase } from '../../../test/doubles/renderer/testDatabase';
import { requestFields } from '../../../test/doubles/renderer/rowGateRows';
import { findRequests } from './findRequests';

function request(i: number, uraian: string, extra: Partial<RequestRow> = {}): RequestRow {
  return {
    ...requestFields(uraian),
    id: `r${i}`,
    nomor: `${String(i).padStart(3, '0')}/PLTI/XI/2026`,
    urut: i,
    diterimaPada: new Date(Date.UTC(2026, 10, i, 2)).toISOString(),
    _clock: {},
    _deleted: false,
    _updatedBy: null,
    _updatedAt: '2026-11-20T02:00:00.000Z',
    ...extra,
  } as unknown as RequestRow;
}

describe('findRequests', () => {
  it('finds by number, requester and description words, newest first, at most the limit', async () => {
    const db = testDatabase('find-requests');
    await db.requests.bulkPut([
      request(1, 'Printer macet di PTSP'),
      request(2, 'Jaringan putus'),
      request(3, 'Printer tinta habis'),
      request(4, 'Printer kertas tersangkut', { _deleted: true }),
      request(5, 'Printer rusak'),
    ]);
    const printer = await findRequests(db, 'printer siti', 2);
    expect(printer.map((r) => r.id)).toEqual(['r5', 'r3']);
    expect((await findRequests(db, '002/PLTI', 5)).map((r) => r.uraian)).toEqual([
      'Jaringan putus',
    ]);
    expect(await findRequests(db, '  ', 5)).toEqual([]);
  });

  it('skips a damaged row instead of throwing', async () => {
    const db = testDatabase('find-requests-damaged');
    await db.requests.bulkPut([
      request(1, 'Printer macet'),
      {
        id: 'broken',
        diterimaPada: '2026-11-30T00:00:00.000Z',
        _deleted: false,
      } as unknown as RequestRow,
    ]);
    expect((await findRequests(db, 'printer', 5)).map((r) => r.id)).toEqual(['r1']);
  });
});
