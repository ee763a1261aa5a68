import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain, type AuditEntry } from '../../shared/audit/auditChain';
import { sha256Hex } from '../../shared/audit/digest';
import { testDatabase, testWriteContext } from '../../test/doubles/renderer/testDatabase';
import { SECRET_SHOWN } from './auditTrail';
import type { MejaDatabase } from './database';
import { createRow, deleteRow, putRow, putRows, seedRow } from './repository';
import type { AuditLogRow } from './rows';

function entryOf(row: AuditLogRow): AuditEntry {
  const { id: _id, _clock, _deleted, _updatedBy, _updatedAt, ...entry } = row;
  return entry;
}

async function chainOf(db: MejaDatabase, device = 'pc-a'): Promise<AuditLogRow[]> {
  return (await db.auditLog.toArray())
    .filter((r) => r.device === device)
    .sort((a, b) => a.seq - b.seq);
}

describe('audit trail of the write path', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  it('records each change with the fields before and after, who, when and on which PC', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'p-budi' });
    const id = await createRow(ctx, 'units', { nama: 'Hakim', aktif: true });
    ctx.advance(60_000);
    await putRow(ctx, 'units', id, { nama: 'Hakim Anggota', aktif: true });
    await deleteRow(ctx, 'units', id);

    const rows = await chainOf(db);
    expect(rows.map((r) => [r.seq, r.kind, r.table, r.recordId])).toEqual([
      [1, 'buat', 'units', id],
      [2, 'ubah', 'units', id],
      [3, 'hapus', 'units', id],
    ]);
    expect(rows[0]?.detail).toEqual({
      fields: {
        nama: { sebelum: null, sesudah: 'Hakim' },
        aktif: { sebelum: null, sesudah: true },
      },
    });
    // Only the field that changed, with its value before.
    expect(rows[1]?.detail).toEqual({
      fields: { nama: { sebelum: 'Hakim', sesudah: 'Hakim Anggota' } },
    });
    expect(rows[1]).toMatchObject({
      actor: 'p-budi',
      device: 'pc-a',
      at: '2026-11-22T07:31:00.000Z',
    });
    expect(verifyChain(sha256Hex, 'pc-a', rows.map(entryOf))).toEqual([]);
    // The entries travel like any row, in the outbox.
    const sent = await db.outbox.filter((e) => e.table === 'auditLog').toArray();
    expect(sent.map((e) => e.key).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('says a PIN hash changed without holding it', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'p-budi' });
    const hash = {
      algorithm: 'PBKDF2-SHA256' as const,
      iterations: 600000,
      salt: 'c2FsdA==',
      hash: 'aGFzaA==',
    };
    const id = await createRow(ctx, 'people', {
      nama: 'Budi',
      nip: '',
      jabatan: 'Pranata Komputer',
      unitId: null,
      roles: ['operator'],
      aktif: true,
      pin: hash,
    });
    await putRow(ctx, 'people', id, { pin: { ...hash, hash: 'b3RoZXI=' } });
    const rows = await chainOf(db);
    expect(rows[0]?.detail).toMatchObject({
      fields: {
        nama: { sebelum: null, sesudah: 'Budi' },
        pin: { sebelum: null, sesudah: SECRET_SHOWN },
      },
    });
    expect(rows[1]?.detail).toEqual({
      fields: { pin: { sebelum: SECRET_SHOWN, sesudah: SECRET_SHOWN } },
    });
    expect(JSON.stringify(await db.auditLog.toArray())).not.toContain('aGFzaA==');
  });

  it('writes no entry when nothing changed, for a seeded row, or when the write fails', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    const id = await createRow(ctx, 'units', { nama: 'Hakim', aktif: true });
    await putRow(ctx, 'units', id, { nama: 'Hakim' });
    await seedRow(ctx, 'units', 'seeded', { nama: 'Panitera', aktif: true });
    expect(await db.auditLog.count()).toBe(1);

    const [first] = await db.outbox.toArray();
    // Reusing an outbox key makes the write fail after the row and its entry were put.
    const failing = { ...ctx, newId: () => first?.id ?? '' };
    await expect(putRow(failing, 'units', id, { nama: 'Sekretaris' })).rejects.toThrow();
    expect(await db.auditLog.count()).toBe(1);
    expect((await db.units.get(id))?.nama).toBe('Hakim');
  });

  it('keeps one chain under concurrent writes', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createRow(ctx, 'units', { nama: `U${i}`, aktif: true })),
    );
    await Promise.all([
      ...ids.map((id, i) => putRow(ctx, 'units', id, { nama: `V${i}` })),
      putRows(
        ctx,
        'units',
        ids.map((id, i) => ({ id, fields: { nama: `W${i}` } })),
      ),
    ]);
    const rows = await chainOf(db);
    expect(rows).toHaveLength(36);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
    expect(verifyChain(sha256Hex, 'pc-a', rows.map(entryOf))).toEqual([]);
  });

  it('the batch path records one entry per written row, none for a refused one', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    const result = await putRows(ctx, 'units', [
      { id: 'a', fields: { nama: 'Hakim', aktif: true } },
      { id: 'b', fields: { nama: '', aktif: true } },
      { id: 'c', fields: { nama: 'Panitera', aktif: true } },
    ]);
    expect(result.written).toBe(2);
    const rows = await chainOf(db);
    expect(rows.map((r) => r.recordId)).toEqual(['a', 'c']);
    expect(verifyChain(sha256Hex, 'pc-a', rows.map(entryOf))).toEqual([]);
  });
});
