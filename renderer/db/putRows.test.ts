import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { MejaDatabase } from './database';
import {
  BATCH_WRITE_ROWS,
  deleteRow,
  putRow,
  putRows,
  writeTogether,
  type RowWrite,
} from './repository';
import { testDatabase, testWriteContext } from '../../test/doubles/renderer/testDatabase';

const unit = (nama: string, aktif = true) => ({ nama, aktif });

/** Everything a write leaves behind: rows, stamps, outbox and the saved clock. */
async function state(db: MejaDatabase) {
  return {
    units: await db.units.orderBy('id').toArray(),
    outbox: await db.outbox.orderBy('hlc').filter(notAudit).toArray(),
    clock: await db.local.get('hlc'),
  };
}

const writeArb: fc.Arbitrary<RowWrite<'units'>> = fc.record({
  id: fc.constantFrom('u1', 'u2', 'u3', 'u4'),
  fields: fc.record(
    { nama: fc.constantFrom('Hakim', 'Kepaniteraan', 'Kesekretariatan'), aktif: fc.boolean() },
    { requiredKeys: [] },
  ),
  deleted: fc.boolean(),
});

/** The write's own outbox entries, without the audit entries the write path adds. */
const notAudit = (e: { table: string }) => e.table !== 'auditLog';

describe('putRows, the batch write path', () => {
  const open: MejaDatabase[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });
  const fresh = (name: string) => {
    const db = testDatabase(name);
    open.push(db);
    return db;
  };

  it('leaves the same rows, clocks and outbox as one putRow/deleteRow per write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(writeArb, { maxLength: 25 }), async (writes) => {
        const single = fresh('single');
        const batch = fresh('batch');
        const one = testWriteContext(single);
        const many = testWriteContext(batch);
        // A first row stored already, so writes also meet an existing row.
        await putRow(one, 'units', 'u1', unit('Hakim'));
        await putRow(many, 'units', 'u1', unit('Hakim'));

        const refusedOne: number[] = [];
        for (const [i, w] of writes.entries()) {
          const exists = await single.units.get(w.id);
          const complete = w.fields.nama !== undefined && w.fields.aktif !== undefined;
          if (!exists && !w.deleted && !complete) refusedOne.push(i);
          else if (w.deleted) await deleteRow(one, 'units', w.id);
          else await putRow(one, 'units', w.id, w.fields);
        }
        // deleteRow writes no fields: the batch's deletion carries none either.
        const result = await putRows(
          many,
          'units',
          writes.map((w) => (w.deleted ? { ...w, fields: {} } : w)),
        );

        expect(result.refused.map((r) => r.index)).toEqual(refusedOne);
        expect(await state(batch)).toEqual(await state(single));
        single.close();
        batch.close();
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a bad row with its reason and writes the rest', async () => {
    const db = fresh('refuse');
    const ctx = testWriteContext(db);
    const result = await putRows(ctx, 'units', [
      { id: 'a', fields: unit('Hakim') },
      { id: 'b', fields: unit('   ') },
      { id: 'c', fields: { nama: 'Kepaniteraan' } },
      { id: 'd', fields: unit('Kesekretariatan') },
    ]);
    expect(result.written).toBe(2);
    expect(result.refused).toEqual([
      { index: 1, id: 'b', reason: "kolom 'nama' kosong" },
      { index: 2, id: 'c', reason: "kolom 'aktif' tidak ada" },
    ]);
    expect((await db.units.toArray()).map((u) => u.id).sort()).toEqual(['a', 'd']);
    expect((await db.outbox.filter(notAudit).toArray()).map((e) => e.key).sort()).toEqual([
      'a',
      'd',
    ]);
  });

  it('writes a batch larger than one transaction, every stamp unique and increasing', async () => {
    const db = fresh('large');
    const ctx = testWriteContext(db);
    const count = BATCH_WRITE_ROWS + 7;
    const writes = Array.from({ length: count }, (_, i) => ({
      id: `u${String(i).padStart(5, '0')}`,
      fields: unit(`Unit ${i}`),
    }));
    expect(await putRows(ctx, 'units', writes)).toEqual({ written: count, refused: [] });
    const outbox = await db.outbox.orderBy('hlc').filter(notAudit).toArray();
    expect(outbox).toHaveLength(count);
    expect(new Set(outbox.map((e) => e.hlc)).size).toBe(count);
    expect(outbox.map((e) => e.key)).toEqual(writes.map((w) => w.id));
    // The clock saved is the last tick, the audit entry of the last write.
    const last = (await db.outbox.orderBy('hlc').last())?.hlc;
    expect(last && last > (outbox[count - 1]?.hlc ?? '')).toBe(true);
    expect(await db.local.get('hlc')).toEqual({ key: 'hlc', value: last });
  });

  it('inside writeTogether lands all or nothing', async () => {
    const db = fresh('together');
    const ctx = testWriteContext(db);
    await expect(
      writeTogether(ctx, ['units'], async () => {
        await putRows(ctx, 'units', [{ id: 'a', fields: unit('Hakim') }]);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.units.count()).toBe(0);
    expect(await db.outbox.filter(notAudit).count()).toBe(0);
  });
});
