import { afterEach, describe, expect, it } from 'vitest';
import { decodeHlc } from '../../shared/sync/hlc';
import type { MejaDatabase } from './database';
import { mergeOps, rowKey } from '../../shared/sync/merge';
import { createRow, deleteRow, putRow } from './repository';
import { testDatabase, testWriteContext } from '../../test/doubles/renderer/testDatabase';

const budi = {
  nama: 'Budi Santoso, S.Kom',
  nip: '198503122010121003',
  jabatan: 'Pranata Komputer',
  unitId: null,
  roles: ['operator' as const],
  aktif: true,
};

/** The write's own outbox entries, without the audit entries the write path adds. */
const notAudit = (e: { table: string }) => e.table !== 'auditLog';

describe('repository write path', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  it('writes the row, stamps each field and appends one outbox entry', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'person-1' });
    const id = await createRow(ctx, 'people', budi);

    const row = await db.people.get(id);
    expect(row).toMatchObject({ ...budi, id, _deleted: false, _updatedBy: 'person-1' });
    const stamps = new Set(Object.values(row?._clock ?? {}));
    expect(stamps.size).toBe(1);
    expect(Object.keys(row?._clock ?? {}).sort()).toEqual(Object.keys(budi).sort());

    const outbox = await db.outbox.filter(notAudit).toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      device: 'pc-a',
      table: 'people',
      key: id,
      changes: budi,
      deleted: false,
      actor: 'person-1',
    });
    expect(outbox[0]?.hlc).toBe([...stamps][0]);
  });

  it('records only the fields that changed, with a later stamp', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    const id = await createRow(ctx, 'people', budi);
    const before = await db.people.get(id);
    ctx.advance(1_000);

    expect(
      await putRow(ctx, 'people', id, { ...budi, jabatan: 'Pranata Komputer Ahli Pertama' }),
    ).toBe(true);

    const after = await db.people.get(id);
    const entries = await db.outbox.orderBy('hlc').filter(notAudit).toArray();
    expect(entries[1]?.changes).toEqual({ jabatan: 'Pranata Komputer Ahli Pertama' });
    expect(after?._clock.nama).toBe(before?._clock.nama);
    expect(decodeHlc(after?._clock.jabatan ?? '').millis).toBeGreaterThan(
      decodeHlc(before?._clock.jabatan ?? '').millis,
    );
  });

  it('writes nothing when nothing changed', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    const id = await createRow(ctx, 'people', budi);
    expect(await putRow(ctx, 'people', id, { ...budi })).toBe(false);
    expect(await db.outbox.filter(notAudit).count()).toBe(1);
  });

  it('keeps a deleted row as a tombstone and logs the deletion', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    const id = await createRow(ctx, 'units', { nama: 'Kepaniteraan', aktif: true });
    await deleteRow(ctx, 'units', id);
    expect(await db.units.get(id)).toMatchObject({ nama: 'Kepaniteraan', _deleted: true });
    expect((await db.outbox.filter(notAudit).toArray()).map((e) => e.deleted)).toEqual([
      false,
      true,
    ]);
  });

  it('keeps a deleted row deleted when it is edited, as every other PC will', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'op' });
    const id = await createRow(ctx, 'units', { nama: 'Kepaniteraan', aktif: true });
    ctx.advance(1000);
    await deleteRow(ctx, 'units', id);
    ctx.advance(1000);
    await putRow(ctx, 'units', id, { nama: 'Kepaniteraan Muda' });
    const local = await db.units.get(id);
    expect(local).toMatchObject({ nama: 'Kepaniteraan Muda', _deleted: true });
    // Another PC folding the same changes, in any order, holds the same row.
    const entries = await db.outbox.filter(notAudit).toArray();
    for (const order of [entries, [...entries].reverse()]) {
      const merged = mergeOps(new Map(), order);
      expect(merged.get(rowKey('units', id))).toEqual(local);
    }
  });

  it('changes neither the row nor the outbox when the transaction fails', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    const id = await createRow(ctx, 'units', { nama: 'Hakim', aktif: true });
    const [firstEntry] = await db.outbox.filter(notAudit).toArray();
    // Reusing an outbox key makes the outbox append fail after the row was put.
    const failingCtx = { ...ctx, newId: () => firstEntry?.id ?? '' };
    await expect(putRow(failingCtx, 'units', id, { nama: 'Hakim Anggota' })).rejects.toThrow();
    expect((await db.units.get(id))?.nama).toBe('Hakim');
    expect(await db.outbox.filter(notAudit).count()).toBe(1);
  });

  it('persists the clock so a restarted PC never reuses a stamp', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    await createRow(ctx, 'units', { nama: 'Hakim', aktif: true });
    const stored = await db.local.get('hlc');
    expect(stored?.value).toBe((await db.outbox.orderBy('hlc').last())?.hlc);
  });
});
