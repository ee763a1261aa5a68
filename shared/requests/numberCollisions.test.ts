import { describe, expect, it } from 'vitest';
import { findNumberCollisions, type NumberedRequest } from './numberCollisions';

const request = (
  id: string,
  tahun: number,
  urut: number,
  over: Partial<NumberedRequest> = {},
): NumberedRequest => ({ id, tahun, urut, _deleted: false, ...over });

describe('findNumberCollisions', () => {
  it('finds numbers held by several requests of a year, in number order', () => {
    const collisions = findNumberCollisions([
      request('b', 2026, 7),
      request('a', 2026, 7),
      request('c', 2026, 3),
      request('d', 2026, 3),
      request('e', 2026, 3),
      request('f', 2026, 4),
    ]);
    expect(collisions.map((c) => [c.tahun, c.urut, c.requests.map((r) => r.id)])).toEqual([
      [2026, 3, ['c', 'd', 'e']],
      [2026, 7, ['a', 'b']],
    ]);
  });

  it('tells years apart and ignores deleted requests and draft numbers', () => {
    expect(
      findNumberCollisions([
        request('a', 2025, 1),
        request('b', 2026, 1),
        request('c', 2026, 2),
        request('d', 2026, 2, { _deleted: true }),
        request('e', 2026, 3),
        request('f', 2026, 3, { nomorSementara: true }),
      ]),
    ).toEqual([]);
  });
});
