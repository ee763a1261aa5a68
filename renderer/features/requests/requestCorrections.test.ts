import { afterEach, describe, expect, it } from 'vitest';
import { receptionSchema } from '../../../shared/requests/schema';
import type { MejaDatabase } from '../../db/database';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import {
  TEST_REQUEST_SETTINGS as settings,
  testPerson,
  testReception,
  testStep,
} from '../../../test/doubles/renderer/testReception';
import { correctRequest, correctStep } from './requestCorrections';
import { cancelRequest } from './requestCancellation';
import { listSteps, procedureOf, recordStep, registerRequest } from './requestStore';

const at = (h: number, m = 0, d = 23) => new Date(2026, 10, d, h, m);
const hours = settings.officeHours;
/** Step 2, the disposition, sets its sheet on the request. */
const disposed = (time: Date) => ({
  disposisi: {
    dariPersonId: 'operator-1',
    tanggal: time.toISOString(),
    sifat: 'biasa' as const,
    kecepatan: 'segera' as const,
    diteruskanKepada: ['operator-1'],
    petunjuk: ['Selesaikan'],
    catatan: '',
  },
});

describe('correcting a registered request', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  async function setup() {
    db = testDatabase();
    await db.people.bulkPut([
      testPerson('operator-1', ['operator', 'kasubag', 'sekretaris', 'wakilKetua', 'ketua']),
      testPerson('operator-2', ['operator']),
      testPerson('admin-1', ['administrator']),
    ]);
    const start = at(15).getTime();
    const ctx = testWriteContext(db, { actor: 'operator-1', start });
    const other = testWriteContext(db, { actor: 'operator-2', start });
    const admin = testWriteContext(db, { actor: 'admin-1', start });
    const { id, nomor } = await registerRequest(ctx, testReception(at(9)), settings);
    const row = async () => {
      const found = await db.requests.get(id);
      if (!found) throw new Error('missing request');
      return found;
    };
    const procedure = await procedureOf(db, await row());
    if (!procedure) throw new Error('no procedure');
    return { ctx, other, admin, id, nomor, row, procedure };
  }

  const fixed = (over: Partial<ReturnType<typeof testReception>>) =>
    receptionSchema(at(15)).parse({ ...testReception(at(9)), ...over });

  it('changes the unit and the received time with a reason; the number stays, history keeps both', async () => {
    const { ctx, id, nomor, row, procedure } = await setup();
    await recordStep(
      ctx,
      await row(),
      procedure,
      testStep(id, 2, at(10)),
      disposed(at(10)),
      settings,
    );
    const reception = fixed({
      pemohon: {
        personId: null,
        nama: 'Siti Aminah',
        nip: '',
        unitNama: 'Kesekretariatan',
        telepon: '',
      },
      diterimaPada: at(8, 30).toISOString(),
    });
    await correctRequest(ctx, id, reception, 'Unit salah pilih', procedure, hours);

    const after = await row();
    expect(after.pemohon.unitNama).toBe('Kesekretariatan');
    expect(after.diterimaPada).toBe(at(8, 30).toISOString());
    expect(after.nomor).toBe(nomor);
    expect(after.koreksi).toMatchObject({ alasan: 'Unit salah pilih', olehPersonId: 'operator-1' });
    // The reception step moves with the received time.
    const steps = await listSteps(db, id);
    expect(steps.find((s) => s.stepNo === 1)?.selesaiPada).toBe(at(8, 30).toISOString());

    const audit = await db.auditLog.where('[table+recordId]').equals(['requests', id]).toArray();
    const correction = audit.find((e) => JSON.stringify(e.detail).includes('Unit salah pilih'));
    expect(correction?.detail).toMatchObject({
      fields: {
        diterimaPada: { sebelum: at(9).toISOString(), sesudah: at(8, 30).toISOString() },
        pemohon: {
          sebelum: { unitNama: 'Kepaniteraan' },
          sesudah: { unitNama: 'Kesekretariatan' },
        },
      },
    });
  });

  it('refuses a received time after the next recorded step, no reason, nothing changed, or another officer', async () => {
    const { ctx, other, admin, id, row, procedure } = await setup();
    await recordStep(
      ctx,
      await row(),
      procedure,
      testStep(id, 2, at(10)),
      disposed(at(10)),
      settings,
    );
    const late = fixed({ diterimaPada: at(11).toISOString() });
    await expect(correctRequest(ctx, id, late, 'Jam salah', procedure, hours)).rejects.toThrow(
      'Waktu terima harus sebelum langkah pertama yang sudah dicatat.',
    );
    const unit = fixed({ uraian: 'Printer macet total' });
    await expect(correctRequest(ctx, id, unit, '  ', procedure, hours)).rejects.toThrow(
      'Alasan perubahan',
    );
    await expect(correctRequest(ctx, id, fixed({}), 'Tidak ada', procedure, hours)).rejects.toThrow(
      'Tidak ada data yang berubah.',
    );
    await expect(correctRequest(other, id, unit, 'Salah ketik', procedure, hours)).rejects.toThrow(
      'Hanya petugas yang menerima permintaan ini atau administrator',
    );
    await correctRequest(admin, id, unit, 'Salah ketik', procedure, hours);
    expect((await row()).uraian).toBe('Printer macet total');
    expect((await row()).diterimaPada).toBe(at(9).toISOString());

    await cancelRequest(ctx, await row(), 'Tercatat dua kali');
    await expect(
      correctRequest(admin, id, fixed({ uraian: 'Lain' }), 'Lagi', procedure, hours),
    ).rejects.toThrow('Permintaan yang dibatalkan tidak dapat diubah');
  });

  it("corrects a step's time between its neighbours and judges lateness again", async () => {
    const { ctx, other, id, row, procedure } = await setup();
    await recordStep(
      ctx,
      await row(),
      procedure,
      testStep(id, 2, at(9, 5)),
      disposed(at(9, 5)),
      settings,
    );
    await recordStep(ctx, await row(), procedure, testStep(id, 3, at(9, 10)), {}, settings);
    const step2 = (await listSteps(db, id)).find((s) => s.stepNo === 2);
    if (!step2) throw new Error('no step 2');
    const input = {
      selesaiPada: step2.selesaiPada,
      catatan: step2.catatan,
      output: step2.output,
      tindakan: step2.tindakan,
      sukuCadang: step2.sukuCadang,
      hasil: step2.hasil,
      keputusan: step2.keputusan,
      alasanTolak: step2.alasanTolak,
    };
    await expect(
      correctStep(
        ctx,
        id,
        step2.id,
        { ...input, selesaiPada: at(9, 20).toISOString() },
        'Jam',
        procedure,
        hours,
      ),
    ).rejects.toThrow('Waktu langkah tidak boleh sesudah langkah berikutnya.');
    await expect(
      correctStep(
        ctx,
        id,
        step2.id,
        { ...input, selesaiPada: at(8).toISOString() },
        'Jam',
        procedure,
        hours,
      ),
    ).rejects.toThrow('Waktu langkah tidak boleh sebelum permintaan diterima.');
    await expect(
      correctStep(other, id, step2.id, { ...input, catatan: 'x' }, 'Catatan', procedure, hours),
    ).rejects.toThrow('Hanya petugas yang mencatat langkah ini atau administrator');
    await expect(
      correctStep(
        ctx,
        id,
        step2.id,
        { ...input, keputusan: 'tolak', alasanTolak: 'x' },
        'Salah',
        procedure,
        hours,
      ),
    ).rejects.toThrow('Keputusan hanya dapat dikoreksi pada langkah terakhir');

    await correctStep(
      ctx,
      id,
      step2.id,
      { ...input, selesaiPada: at(9, 8).toISOString(), catatan: 'Disposisi lisan' },
      'Jam disposisi salah ketik',
      procedure,
      hours,
    );
    const corrected = (await listSteps(db, id)).find((s) => s.id === step2.id);
    expect(corrected).toMatchObject({
      selesaiPada: at(9, 8).toISOString(),
      catatan: 'Disposisi lisan',
      koreksi: { alasan: 'Jam disposisi salah ketik', olehPersonId: 'operator-1' },
    });
    // Which steps are done does not change.
    expect((await row()).langkahTerakhir).toBe(3);
    const audit = await db.auditLog
      .where('[table+recordId]')
      .equals(['requestSteps', step2.id])
      .toArray();
    expect(audit.at(-1)?.detail).toMatchObject({
      fields: { selesaiPada: { sebelum: at(9, 5).toISOString(), sesudah: at(9, 8).toISOString() } },
    });
  });

  it('judges the request late again when a corrected step time runs over its standard', async () => {
    const { ctx, id, row, procedure } = await setup();
    await recordStep(
      ctx,
      await row(),
      procedure,
      testStep(id, 2, at(9, 5)),
      disposed(at(9, 5)),
      settings,
    );
    expect((await row()).adaTerlambat).toBe(false);
    const step2 = (await listSteps(db, id)).find((s) => s.stepNo === 2);
    if (!step2) throw new Error('no step 2');
    await correctStep(
      ctx,
      id,
      step2.id,
      {
        selesaiPada: at(14, 0).toISOString(),
        catatan: '',
        output: step2.output,
        tindakan: '',
        sukuCadang: '',
        hasil: '',
        keputusan: step2.keputusan,
        alasanTolak: '',
      },
      'Disposisi baru ditulis siang',
      procedure,
      hours,
    );
    expect((await row()).adaTerlambat).toBe(true);
    expect((await row()).langkahMulai).toBe(at(14).toISOString());
  });
});
