import { afterEach, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../shared/office/roles';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/requests/workingTime';
import type { MejaDatabase } from '../../db/database';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { contentWaiting, publishedInMonth } from './contentWaiting';
import {
  listContentSteps,
  recordContentStep,
  setContentAttachments,
  startContent,
  type ContentStepEntry,
} from './contentSteps';
import {
  addMandatoryInfo,
  listMandatoryInfo,
  markMandatoryInfoUpdated,
  seedMandatoryInfo,
} from './mandatoryInfoStore';

// Monday 23 November 2026, 08.00 on the office wall (working time is read in local time).
const START = new Date(2026, 10, 23, 8, 0).getTime();
const MIN = 60_000;
const BEGUN = new Date(START).toISOString();
const LATER = START + 7 * 24 * 3_600_000;
const URL = 'https://pa-mukomuko.go.id/berita/rapat-bulanan';

describe('website content through procedure E', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  async function office() {
    db = testDatabase();
    const bookkeeping = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: '' };
    const person = (id: string, roles: StaffRole[]) => ({
      id,
      nama: id,
      nip: '',
      jabatan: id,
      unitId: null,
      roles,
      aktif: true,
      ...bookkeeping,
    });
    await db.people.bulkPut([
      person('operator-1', ['administrator', 'operator']),
      person('redaktur-1', ['redaktur']),
      person('editor-1', ['editor']),
      person('pj-1', ['penanggungJawab']),
      person('waka-1', ['wakilKetua']),
    ]);
    return (actor: string) => testWriteContext(db, { actor, device: `pc-${actor}`, start: LATER });
  }

  const step = (
    contentId: string,
    stepNo: number,
    minutes: number,
    over: Partial<ContentStepEntry> = {},
  ): ContentStepEntry => ({
    contentId,
    stepNo,
    personId: 'x',
    selesaiPada: new Date(START + minutes * MIN).toISOString(),
    catatan: '',
    keputusan: null,
    alasanTolak: '',
    urlPublikasi: null,
    dipublikasiPada: null,
    ...over,
  });

  const item = {
    judul: 'Rapat bulanan November',
    jenis: 'berita' as const,
    sumber: 'Kesekretariatan',
    ringkasan: 'Rapat bulanan seluruh pegawai.',
    perluPerhatianKhusus: false,
    dimulaiPada: BEGUN,
  };

  it('takes an item through a return for revision to Terbit and Diarsipkan', async () => {
    const as = await office();
    const operator = as('operator-1');
    const id = await startContent(operator, item);
    await recordContentStep(operator, step(id, 1, 60), DEFAULT_OFFICE_HOURS);
    await recordContentStep(operator, step(id, 2, 90), DEFAULT_OFFICE_HOURS);
    const redaktur = as('redaktur-1');
    await expect(
      recordContentStep(as('editor-1'), step(id, 3, 100), DEFAULT_OFFICE_HOURS),
    ).rejects.toThrow();
    await recordContentStep(redaktur, step(id, 3, 120), DEFAULT_OFFICE_HOURS);
    const editor = as('editor-1');
    await expect(
      recordContentStep(
        editor,
        step(id, 4, 130, { keputusan: 'kembalikan' }),
        DEFAULT_OFFICE_HOURS,
      ),
    ).rejects.toThrow('Tuliskan catatan perbaikan untuk Redaktur.');
    await recordContentStep(
      editor,
      step(id, 4, 140, { keputusan: 'kembalikan', catatan: 'Perbaiki judul.' }),
      DEFAULT_OFFICE_HOURS,
    );
    expect((await db.contentItems.get(id))?.putaran).toBe(2);
    expect((await contentWaiting(db, 'redaktur-1', new Date(LATER)))[0]).toMatchObject({
      contentId: id,
      stepNo: 3,
      stage: 'konsep',
      sejak: new Date(START + 140 * MIN).toISOString(),
    });
    await recordContentStep(redaktur, step(id, 3, 170), DEFAULT_OFFICE_HOURS);
    await recordContentStep(
      editor,
      step(id, 4, 180, { keputusan: 'lanjut' }),
      DEFAULT_OFFICE_HOURS,
    );
    // A routine item goes to the PJ, not to the leadership.
    await expect(
      recordContentStep(
        as('waka-1'),
        step(id, 5, 190, { keputusan: 'lanjut' }),
        DEFAULT_OFFICE_HOURS,
      ),
    ).rejects.toThrow();
    await recordContentStep(
      as('pj-1'),
      step(id, 5, 200, { keputusan: 'lanjut' }),
      DEFAULT_OFFICE_HOURS,
    );
    await expect(
      recordContentStep(operator, step(id, 6, 210), DEFAULT_OFFICE_HOURS),
    ).rejects.toThrow('Isi alamat URL dan waktu publikasi.');
    const publishedAt = new Date(START + 215 * MIN).toISOString();
    await recordContentStep(
      operator,
      step(id, 6, 220, { urlPublikasi: URL, dipublikasiPada: publishedAt }),
      DEFAULT_OFFICE_HOURS,
    );
    expect(await db.contentItems.get(id)).toMatchObject({
      status: 'dipublikasi',
      urlPublikasi: URL,
    });
    expect(await publishedInMonth(db, 2026, 11)).toEqual([
      {
        contentId: id,
        judul: item.judul,
        jenis: 'berita',
        urlPublikasi: URL,
        dipublikasiPada: publishedAt,
      },
    ]);
    expect(await publishedInMonth(db, 2026, 12)).toEqual([]);
    await recordContentStep(operator, step(id, 7, 230), DEFAULT_OFFICE_HOURS);
    const done = await db.contentItems.get(id);
    expect(done).toMatchObject({ status: 'diarsipkan', langkahTerakhir: 7, putaran: 2 });
    const steps = await listContentSteps(db, id);
    expect(steps.map((s) => [s.stepNo, s.putaran, s.personId])).toEqual([
      [1, 1, 'operator-1'],
      [2, 1, 'operator-1'],
      [3, 1, 'redaktur-1'],
      [4, 1, 'editor-1'],
      [3, 2, 'redaktur-1'],
      [4, 2, 'editor-1'],
      [5, 2, 'pj-1'],
      [6, 2, 'operator-1'],
      [7, 2, 'operator-1'],
    ]);
    // The redraft is timed from the return (30 minutes), not from step 2.
    expect(steps[4]?.menitKerja).toBe(30);
    expect(await contentWaiting(db, 'operator-1', new Date(LATER))).toEqual([]);
    // Every step goes to the other PCs through the outbox.
    expect((await db.outbox.toArray()).filter((e) => e.table === 'contentSteps')).toHaveLength(9);
    // Archived: its attachments stay as they were archived.
    await expect(setContentAttachments(operator, id, [])).rejects.toThrow(
      'Konten sudah diarsipkan',
    );
  });

  it('keeps the attachments collected while the item runs, checked as references', async () => {
    const as = await office();
    const operator = as('operator-1');
    const id = await startContent(operator, item);
    const foto = { hash: 'a'.repeat(64), nama: 'rapat.jpg', tipe: 'image/jpeg', ukuran: 2048 };
    await setContentAttachments(operator, id, [foto]);
    expect((await db.contentItems.get(id))?.lampiran).toEqual([foto]);
    await expect(
      setContentAttachments(operator, id, [{ ...foto, ukuran: 21 * 1024 * 1024 }]),
    ).rejects.toThrow();
    expect((await db.contentItems.get(id))?.lampiran).toEqual([foto]);
  });

  it('sends an item needing special attention to the leadership, who may refuse it with a reason', async () => {
    const as = await office();
    const operator = as('operator-1');
    const id = await startContent(operator, { ...item, perluPerhatianKhusus: true });
    await recordContentStep(operator, step(id, 1, 10), DEFAULT_OFFICE_HOURS);
    await recordContentStep(operator, step(id, 2, 20), DEFAULT_OFFICE_HOURS);
    await recordContentStep(as('redaktur-1'), step(id, 3, 30), DEFAULT_OFFICE_HOURS);
    await recordContentStep(as('editor-1'), step(id, 4, 40), DEFAULT_OFFICE_HOURS);
    expect(await contentWaiting(db, 'pj-1', new Date(LATER))).toEqual([]);
    const waka = as('waka-1');
    await expect(
      recordContentStep(as('pj-1'), step(id, 5, 50, { keputusan: 'lanjut' }), DEFAULT_OFFICE_HOURS),
    ).rejects.toThrow();
    await expect(
      recordContentStep(waka, step(id, 5, 50, { keputusan: 'tolak' }), DEFAULT_OFFICE_HOURS),
    ).rejects.toThrow('Tuliskan alasan penolakan.');
    await recordContentStep(
      waka,
      step(id, 5, 50, { keputusan: 'tolak', alasanTolak: 'Belum ada izin pihak terkait.' }),
      DEFAULT_OFFICE_HOURS,
    );
    expect((await db.contentItems.get(id))?.status).toBe('ditolak');
    await expect(
      recordContentStep(
        operator,
        step(id, 6, 60, { urlPublikasi: URL, dipublikasiPada: BEGUN }),
        DEFAULT_OFFICE_HOURS,
      ),
    ).rejects.toThrow('belum gilirannya');
  });

  it('keeps the Informasi Wajib checklist: seeded once, added to, marked updated', async () => {
    const as = await office();
    const operator = as('operator-1');
    await seedMandatoryInfo(operator);
    await seedMandatoryInfo(operator);
    const seeded = await listMandatoryInfo(db);
    expect(seeded.length).toBeGreaterThan(15);
    expect(new Set(seeded.map((i) => i.id)).size).toBe(seeded.length);
    const id = await addMandatoryInfo(operator, {
      judul: 'Zona Integritas',
      sumber: 'PermenPAN-RB 90/2021',
      masaBerlakuHari: 90,
      alamat: '',
      terakhirDiperbarui: null,
      keterangan: '',
    });
    const jadwal = seeded.find((i) => i.judul === 'Jadwal sidang');
    if (!jadwal) throw new Error('no Jadwal sidang');
    await markMandatoryInfoUpdated(operator, jadwal.id, '2026-11-30');
    const after = await listMandatoryInfo(db);
    expect(after.find((i) => i.id === jadwal.id)?.terakhirDiperbarui).toBe('2026-11-30');
    expect(after[after.length - 1]?.id).toBe(id);
    await expect(
      addMandatoryInfo(operator, {
        judul: '',
        sumber: 'x',
        masaBerlakuHari: 30,
        alamat: '',
        terakhirDiperbarui: null,
        keterangan: '',
      }),
    ).rejects.toThrow();
  });
});
