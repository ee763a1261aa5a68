import { afterEach, describe, expect, it } from 'vitest';
import type { MejaDatabase } from '../../db/database';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import {
  TEST_REQUEST_SETTINGS as settings,
  testPerson,
  testReception,
  testStep,
} from '../../../test/doubles/renderer/testReception';
import { closeRequest, listSteps, procedureOf, recordStep, registerRequest } from './requestStore';

const reception = (diterimaPada: Date) => testReception(diterimaPada);

describe('service requests', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  async function setup(now: Date, actor = 'operator-1') {
    db = testDatabase();
    // The one recording every step holds every role of procedure B.
    await db.people.bulkPut([
      testPerson('operator-1', ['operator', 'kasubag', 'sekretaris', 'wakilKetua', 'ketua']),
      testPerson('kasubag-1', ['kasubag']),
      testPerson('staf-1', []),
    ]);
    return testWriteContext(db, { actor, start: now.getTime() });
  }

  it('numbers requests in order and restarts the number in a new year', async () => {
    const ctx = await setup(new Date(2026, 11, 31, 15, 0));
    const a = await registerRequest(ctx, reception(new Date(2026, 11, 31, 9, 0)), settings);
    const b = await registerRequest(ctx, reception(new Date(2026, 11, 31, 10, 0)), settings);
    ctx.advance(24 * 3600_000);
    const c = await registerRequest(ctx, reception(new Date(2027, 0, 1, 8, 0)), settings);
    expect([a.nomor, b.nomor, c.nomor]).toEqual([
      '001/PLTI/XII/2026',
      '002/PLTI/XII/2026',
      '001/PLTI/I/2027',
    ]);
  });

  it('gives distinct numbers to registrations racing on one PC', async () => {
    const ctx = await setup(new Date(2026, 10, 23, 15, 0));
    const numbers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        registerRequest(ctx, reception(new Date(2026, 10, 23, 9, i)), settings),
      ),
    );
    expect(new Set(numbers.map((n) => n.nomor)).size).toBe(8);
    expect(numbers.map((n) => n.nomor).sort()[7]).toBe('008/PLTI/XI/2026');
  });

  it('refuses a reception in the future and writes nothing', async () => {
    const ctx = await setup(new Date(2026, 10, 23, 9, 0));
    await expect(
      registerRequest(ctx, reception(new Date(2026, 10, 23, 11, 0)), settings),
    ).rejects.toThrow();
    expect(await db.requests.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('records the steps in order, sets priority and disposition, and closes with the confirmation', async () => {
    const ctx = await setup(new Date(2026, 10, 23, 8, 0));
    const { id } = await registerRequest(ctx, reception(new Date(2026, 10, 23, 8, 0)), settings);
    ctx.advance(5 * 3600_000);
    const get = async () => {
      const r = await db.requests.get(id);
      if (!r) throw new Error('missing');
      return {
        r,
        p:
          (await procedureOf(db, r)) ??
          (() => {
            throw new Error('no procedure');
          })(),
      };
    };
    let { r, p } = await get();
    expect((await listSteps(db, id)).map((s) => s.stepNo)).toEqual([1]);

    await expect(
      recordStep(ctx, r, p, testStep(id, 3, new Date(2026, 10, 23, 8, 5)), {}, settings),
    ).rejects.toThrow(/belum gilirannya/);
    await recordStep(
      ctx,
      r,
      p,
      testStep(id, 2, new Date(2026, 10, 23, 8, 5)),
      {
        disposisi: {
          dariPersonId: 'sekretaris-1',
          tanggal: new Date(2026, 10, 23, 8, 5).toISOString(),
          sifat: 'biasa',
          kecepatan: 'segera',
          diteruskanKepada: ['operator-1'],
          petunjuk: ['Selesaikan'],
          catatan: '',
        },
      },
      settings,
    );
    for (const n of [3, 4, 5]) {
      ({ r, p } = await get());
      await recordStep(ctx, r, p, testStep(id, n, new Date(2026, 10, 23, 8, 5 + n)), {}, settings);
    }
    ({ r, p } = await get());
    await recordStep(
      ctx,
      r,
      p,
      testStep(id, 6, new Date(2026, 10, 23, 8, 30)),
      { urgensi: 'tinggi', dampak: 'rendah' },
      settings,
    );
    ({ r, p } = await get());
    expect(r.prioritas).toBe('sedang');
    expect(r.disposisi?.kecepatan).toBe('segera');
    for (const n of [7, 8]) {
      ({ r, p } = await get());
      await recordStep(
        ctx,
        r,
        p,
        testStep(id, n, new Date(2026, 10, 23, 8, 40 + (n - 7) * 10), { keputusan: 'lanjut' }),
        {},
        settings,
      );
    }
    ({ r, p } = await get());
    await expect(
      closeRequest(ctx, r, p, {
        dikonfirmasiPada: new Date(2026, 10, 23, 12).toISOString(),
        dikonfirmasiOleh: 'Siti',
        puas: true,
        catatan: '',
      }),
    ).rejects.toThrow(/masih ada langkah/);
    await recordStep(
      ctx,
      r,
      p,
      testStep(id, 9, new Date(2026, 10, 23, 11, 0), { tindakan: 'Roller dibersihkan' }),
      {},
      settings,
    );
    ({ r, p } = await get());
    expect(r.adaTerlambat).toBe(false);
    await closeRequest(ctx, r, p, {
      dikonfirmasiPada: new Date(2026, 10, 23, 12).toISOString(),
      dikonfirmasiOleh: 'Siti',
      puas: true,
      catatan: '',
    });
    ({ r } = await get());
    expect(r.status).toBe('selesai');
    expect(r.langkahTerakhir).toBe(9);
  });

  it('closes a request rejected at a decision step, with its reason', async () => {
    const ctx = await setup(new Date(2026, 10, 23, 8, 0));
    const { id } = await registerRequest(ctx, reception(new Date(2026, 10, 23, 8, 0)), settings);
    ctx.advance(8 * 3600_000);
    const r0 = await db.requests.get(id);
    const p = r0 && (await procedureOf(db, r0));
    if (!r0 || !p) throw new Error('missing');
    await recordStep(
      ctx,
      r0,
      p,
      testStep(id, 2, new Date(2026, 10, 23, 8, 10)),
      {
        disposisi: {
          dariPersonId: 's',
          tanggal: new Date(2026, 10, 23, 8, 10).toISOString(),
          sifat: 'biasa',
          kecepatan: 'biasa',
          diteruskanKepada: ['o'],
          petunjuk: [],
          catatan: '',
        },
      },
      settings,
    );
    for (const n of [3, 4, 5]) {
      const r = await db.requests.get(id);
      if (r)
        await recordStep(
          ctx,
          r,
          p,
          testStep(id, n, new Date(2026, 10, 23, 8, 10 + n)),
          {},
          settings,
        );
    }
    let r = await db.requests.get(id);
    if (r)
      await recordStep(
        ctx,
        r,
        p,
        testStep(id, 6, new Date(2026, 10, 23, 8, 30)),
        { urgensi: 'rendah', dampak: 'rendah' },
        settings,
      );
    r = await db.requests.get(id);
    if (!r) throw new Error('missing');
    await expect(
      recordStep(
        ctx,
        r,
        p,
        testStep(id, 7, new Date(2026, 10, 23, 9, 0), { keputusan: 'tolak' }),
        {},
        settings,
      ),
    ).rejects.toThrow();
    await recordStep(
      ctx,
      r,
      p,
      testStep(id, 7, new Date(2026, 10, 23, 9, 0), {
        keputusan: 'tolak',
        alasanTolak: 'Bukan kewenangan TI',
      }),
      {},
      settings,
    );
    r = await db.requests.get(id);
    expect(r?.status).toBe('ditolak');
  });

  it('marks a step that ran over its time standard as late', async () => {
    const ctx = await setup(new Date(2026, 10, 24, 16, 0));
    const { id } = await registerRequest(ctx, reception(new Date(2026, 10, 23, 8, 0)), settings);
    const r = await db.requests.get(id);
    const p = r && (await procedureOf(db, r));
    if (!r || !p) throw new Error('missing');
    // Step 2 (10 menit) finished the next working day.
    await recordStep(
      ctx,
      r,
      p,
      testStep(id, 2, new Date(2026, 10, 24, 9, 0)),
      {
        disposisi: {
          dariPersonId: 's',
          tanggal: new Date(2026, 10, 24, 9).toISOString(),
          sifat: 'biasa',
          kecepatan: 'biasa',
          diteruskanKepada: ['o'],
          petunjuk: [],
          catatan: '',
        },
      },
      settings,
    );
    expect((await db.requests.get(id))?.adaTerlambat).toBe(true);
  });
});
