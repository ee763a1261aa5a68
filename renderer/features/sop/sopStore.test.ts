import { afterEach, describe, expect, it } from 'vitest';
import type { MejaDatabase } from '../../db/database';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { readActiveProcedure, setActiveProcedure } from './activeProcedures';
import { getCatalogEntry, getSopAtRevision, listCatalog } from './sopCatalog';
import { duplicateSop, listRevisions, reviseSop } from './sopRevisions';

describe('SOP catalog in the database', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  async function officeCopy() {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'kasubag-1' });
    const seed = await getCatalogEntry(db, 'pa-mukomuko-as-32');
    if (!seed) throw new Error('seed missing');
    const id = await duplicateSop(ctx, seed, 'Pengadilan Agama Contoh');
    return { ctx, seed, id };
  }

  it('lists the six seed documents as built in', async () => {
    db = testDatabase();
    const { entries, problems } = await listCatalog(db);
    expect(entries.filter((e) => e.builtIn)).toHaveLength(6);
    expect(problems).toEqual([]);
  });

  it('duplicates a seed into the office own SOP at revision 0, leaving the seed as it was', async () => {
    const { seed, id } = await officeCopy();
    const copy = await getCatalogEntry(db, id);
    expect(copy).toMatchObject({
      builtIn: false,
      revision: 0,
      basedOnId: 'pa-mukomuko-as-32',
      updatedBy: 'kasubag-1',
    });
    expect(copy?.document.pengadilan).toBe('Pengadilan Agama Contoh');
    expect(copy?.document.procedures).toEqual(seed.document.procedures);
    expect((await getCatalogEntry(db, 'pa-mukomuko-as-32'))?.document.pengadilan).toBe(
      'Pengadilan Agama Mukomuko Kelas II',
    );
    expect((await listRevisions(db, id)).map((r) => r.perubahan)).toEqual([
      'Salinan dari SOP/AS/32 (Pengadilan Agama Mukomuko Kelas II).',
    ]);
  });

  it('saves a revision and keeps the earlier one for records made under it', async () => {
    const { ctx, id } = await officeCopy();
    const before = await getCatalogEntry(db, id);
    if (!before) throw new Error('copy missing');
    const edited = structuredClone(before.document);
    const b = edited.procedures.find((p) => p.key === 'B');
    if (!b?.steps[0]) throw new Error('B missing');
    b.steps[0] = { ...b.steps[0], waktu: '15 menit', mutuBaku: { kind: 'duration', minutes: 15 } };

    const revision = await reviseSop(ctx, id, edited, {
      tanggalRevisi: '2026-11-22',
      perubahan: 'Waktu penerimaan permintaan menjadi 15 menit.',
    });
    expect(revision).toBe(1);
    const now = await getCatalogEntry(db, id);
    expect(now?.document.tanggalRevisi).toBe('2026-11-22');
    expect(now?.document.procedures.find((p) => p.key === 'B')?.steps[0]?.waktu).toBe('15 menit');

    const old = await getSopAtRevision(db, { sopId: id, revision: 0 });
    expect(old?.procedures.find((p) => p.key === 'B')?.steps[0]?.waktu).toBe('10 menit');
    expect((await listRevisions(db, id)).map((r) => r.revision)).toEqual([1, 0]);
  });

  it('refuses an invalid revision with a message and writes nothing', async () => {
    const { ctx, id } = await officeCopy();
    const before = await getCatalogEntry(db, id);
    if (!before) throw new Error('copy missing');
    const outboxBefore = await db.outbox.count();
    const edited = structuredClone(before.document);
    const step = edited.procedures[0]?.steps[1];
    if (!step) throw new Error('step missing');
    step.waktu = 'sebentar';

    await expect(
      reviseSop(ctx, id, edited, { tanggalRevisi: '2026-11-22', perubahan: 'Coba' }),
    ).rejects.toThrow(/sebentar/);
    await expect(
      reviseSop(ctx, id, before.document, { tanggalRevisi: '2026-11-22', perubahan: ' ' }),
    ).rejects.toThrow('Tuliskan apa yang diubah pada revisi ini.');
    await expect(
      reviseSop(ctx, 'pa-mukomuko-as-32', before.document, {
        tanggalRevisi: '2026-11-22',
        perubahan: 'x',
      }),
    ).rejects.toThrow(/SOP bawaan tidak dapat diubah/);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect((await getCatalogEntry(db, id))?.revision).toBe(0);
  });

  it('runs each procedure on the office choice, falling back to the first seed that has it', async () => {
    const { ctx, id } = await officeCopy();
    expect(await readActiveProcedure(db, 'B')).toMatchObject({
      isDefault: true,
      ref: { sopId: 'pa-mukomuko-as-32', revision: 0 },
    });

    await setActiveProcedure(ctx, 'C', 'pa-ternate-as-29');
    await setActiveProcedure(ctx, 'B', id);
    const c = await readActiveProcedure(db, 'C');
    expect(c).toMatchObject({ isDefault: false, ref: { sopId: 'pa-ternate-as-29', revision: 0 } });
    expect(c?.procedure.steps).toHaveLength(9);
    expect((await readActiveProcedure(db, 'B'))?.ref).toEqual({ sopId: id, revision: 0 });

    await expect(setActiveProcedure(ctx, 'E', 'pa-ternate-as-29')).rejects.toThrow(
      'SOP ini tidak memuat prosedur E.',
    );
  });
});
