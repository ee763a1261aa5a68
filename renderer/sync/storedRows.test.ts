import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncedRowLike } from '../../shared/sync/merge';
import type { MejaDatabase } from '../db/database';
import { testDatabase } from '../../test/doubles/renderer/testDatabase';
import { storedRows } from './storedRows';

const open: MejaDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function row(id: string): SyncedRowLike {
  return {
    id,
    nama: `Unit ${id}`,
    _clock: { nama: '000000000000001-0000-pc-a' },
    _deleted: false,
    _updatedBy: null,
    _updatedAt: '2026-11-22T07:30:00.000Z',
  };
}

// Short ids from a small alphabet, so stored and asked ids often meet, and ranges overlap.
const id = fc.string({
  unit: fc.constantFrom('a', 'b', 'Z', '0', 'é', '-'),
  minLength: 1,
  maxLength: 4,
});

describe('the stored rows of a batch', () => {
  it('are what bulkGet gives, in the same order, for any rows stored and ids asked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(id, { maxLength: 30 }),
        fc.array(id, { maxLength: 30 }),
        async (stored, asked) => {
          const db = testDatabase(`stored-${Math.random()}`);
          open.push(db);
          const table = db.table<SyncedRowLike, string>('units');
          await table.bulkPut(stored.map(row));
          const ours = await db.transaction('r', table, () => storedRows(table, asked));
          expect(ours).toEqual(await table.bulkGet(asked));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('reads no row of an empty table, and none of an empty batch', async () => {
    const db = testDatabase(`stored-empty-${Math.random()}`);
    open.push(db);
    const table = db.table<SyncedRowLike, string>('units');
    expect(await storedRows(table, ['b', 'a', 'c'])).toEqual([undefined, undefined, undefined]);
    await table.put(row('b'));
    expect(await storedRows(table, [])).toEqual([]);
    expect(await storedRows(table, ['c', 'b', 'a', 'b'])).toEqual([
      undefined,
      row('b'),
      undefined,
      row('b'),
    ]);
  });
});
