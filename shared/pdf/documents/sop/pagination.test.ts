import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageOfRows, paginateRows } from './pagination';

describe('paginateRows', () => {
  it('fills pages greedily', () => {
    expect(paginateRows([50, 50, 50, 50, 50], { first: 120, next: 160, tail: 0 })).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
  });

  it('moves the last row to a new page when the total would not fit after it', () => {
    expect(paginateRows([50, 50, 50], { first: 160, next: 160, tail: 20 })).toEqual([[0, 1], [2]]);
    expect(paginateRows([50, 50, 50], { first: 160, next: 160, tail: 10 })).toEqual([[0, 1, 2]]);
  });

  it('gives a row taller than a page a page of its own', () => {
    expect(paginateRows([50, 500, 50], { first: 200, next: 200, tail: 0 })).toEqual([
      [0],
      [1],
      [2],
    ]);
  });

  it('keeps every row exactly once, in order, and within the page where it can', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 40, max: 180 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 200, max: 500 }),
        fc.integer({ min: 0, max: 60 }),
        (heights, next, tail) => {
          const capacity = { first: next - 40, next, tail };
          const pages = paginateRows(heights, capacity);
          expect(pages.flat()).toEqual(heights.map((_, i) => i));
          pages.forEach((rows, p) => {
            expect(rows.length).toBeGreaterThan(0);
            const used = rows.reduce((sum, r) => sum + (heights[r] ?? 0), 0);
            const room = p === 0 ? capacity.first : capacity.next;
            if (rows.length > 1) expect(used).toBeLessThanOrEqual(room);
          });
          const pageOf = pageOfRows(pages, heights.length);
          expect(pageOf.every((p, i) => i === 0 || p >= (pageOf[i - 1] ?? 0))).toBe(true);
        },
      ),
    );
  });
});
