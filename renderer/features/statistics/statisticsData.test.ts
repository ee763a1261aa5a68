import { describe, expect, it } from 'vitest';
import type { RequestRow, RequestStepRow } from '../../db/rows';
import { testDatabase } from '../../../test/doubles/renderer/testDatabase';
import { requestFields } from '../../../test/doubles/renderer/rowGateRows';
import { readStatisticsData } from './statisticsData';

const meta = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: '2026-11-20T02:00:00Z' };

function request(id: string, received: Date, extra: Partial<RequestRow> = {}): RequestRow {
  return {
    ...requestFields(`Permintaan ${id}`),
    ...meta,
    id,
    tahun: received.getFullYear(),
    diterimaPada: received.toISOString(),
    ...extra,
  } as unknown as RequestRow;
}

function step(id: string, requestId: string): RequestStepRow {
  return {
    ...meta,
    id,
    requestId,
    stepNo: 1,
    personId: 'p1',
    selesaiPada: '2026-03-02T03:00:00.000Z',
  } as unknown as RequestStepRow;
}

describe('readStatisticsData', () => {
  it("reads only the year's requests and their steps, and offers every year with requests", async () => {
    const db = testDatabase('statistics-data-year');
    await db.requests.bulkPut([
      request('a', new Date(2024, 5, 3, 9)),
      request('b', new Date(2025, 11, 31, 23, 30)),
      request('c', new Date(2026, 0, 1, 0, 10)),
      request('d', new Date(2026, 2, 2, 9)),
      request('e', new Date(2026, 2, 3, 9), { _deleted: true }),
    ]);
    await db.requestSteps.bulkPut([step('s1', 'd'), step('s2', 'b')]);
    const now = new Date(2026, 10, 20, 10);
    const data = await readStatisticsData(db, now, 2026);
    expect(data.tahun).toBe(2026);
    expect(data.prepared.requests.map((r) => r.id).sort()).toEqual(['c', 'd']);
    expect(data.years).toEqual([2026, 2025, 2024]);
    const earlier = await readStatisticsData(db, now, 2025);
    expect(earlier.prepared.requests.map((r) => r.id)).toEqual(['b']);
  });
});
