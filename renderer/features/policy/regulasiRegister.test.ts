import { afterEach, describe, expect, it } from 'vitest';
import type { RegulasiInput } from '../../../shared/policy/schema';
import type { MejaDatabase } from '../../db/database';
import {
  rowOutbox,
  testDatabase,
  testWriteContext,
} from '../../../test/doubles/renderer/testDatabase';
import { listRegulasi, saveRegulasi } from './policyStore';

const SEMA: RegulasiInput = {
  jenis: 'Surat Edaran Mahkamah Agung',
  nomor: '1',
  tahun: 2019,
  tentang: 'Administrasi Perkara secara Elektronik',
  status: 'berlaku',
  diubahOleh: '',
  berkas: '',
};

describe('the register of IT regulations', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  it('marks a regulation on record as revoked by another, through the write path', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'operator-1', device: 'pc-1' });
    const id = await saveRegulasi(ctx, SEMA);
    await saveRegulasi(
      ctx,
      { ...SEMA, status: 'dicabut', diubahOleh: 'PERMA Nomor 7 Tahun 2022' },
      id,
    );
    const rows = await listRegulasi(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id,
      status: 'dicabut',
      diubahOleh: 'PERMA Nomor 7 Tahun 2022',
    });
    const ops = (await rowOutbox(db).toArray()).filter((o) => o.table === 'regulations');
    expect(ops.at(-1)).toMatchObject({ key: id, changes: { status: 'dicabut' } });
  });

  it('refuses a revoked regulation without what revoked it, and an unknown one', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'operator-1', device: 'pc-1' });
    const id = await saveRegulasi(ctx, SEMA);
    await expect(saveRegulasi(ctx, { ...SEMA, status: 'diubah' }, id)).rejects.toThrow(
      'Sebutkan peraturan yang mencabut atau mengubahnya.',
    );
    await expect(saveRegulasi(ctx, SEMA, 'tidak-ada')).rejects.toThrow(
      'Peraturan tidak ditemukan.',
    );
    expect((await listRegulasi(db))[0]?.status).toBe('berlaku');
  });
});
