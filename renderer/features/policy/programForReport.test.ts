import { afterEach, describe, expect, it } from 'vitest';
import type { MejaDatabase } from '../../db/database';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { addProgramItem } from './policyStore';
import { programForReport } from './programForReport';
import { startProgram } from './programSteps';

const START = new Date(2026, 10, 23, 8, 0).getTime();

describe("the year's programme for the annual report", () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  it("reads the year's programme with its items and who is in charge by name", async () => {
    db = testDatabase();
    await db.people.put({
      id: 'rina',
      nama: 'Rina Kartika',
      nip: '',
      jabatan: 'Kasubag',
      unitId: null,
      roles: ['kasubag'],
      aktif: true,
      _clock: {},
      _deleted: false,
      _updatedBy: null,
      _updatedAt: '',
    });
    const ctx = testWriteContext(db, { actor: 'rina', device: 'pc-1', start: START });
    expect(await programForReport(db, 2027)).toBeNull();
    const programId = await startProgram(ctx, { tahun: 2027, judul: 'Rencana Program TI 2027' });
    await addProgramItem(ctx, {
      programId,
      program: 'Pengadaan pemindai',
      tujuan: 'Digitalisasi berkas',
      output: '2 unit pemindai',
      perkiraanBiaya: 15_000_000,
      triwulan: [2],
      penanggungJawabId: 'rina',
      usulanId: null,
      status: 'berjalan',
      realisasiBiaya: 7_000_000,
      realisasi: 'Satu unit diterima',
      urut: 1,
    });
    expect(await programForReport(db, 2027)).toEqual({
      tahun: 2027,
      status: 'disusun',
      items: [
        {
          program: 'Pengadaan pemindai',
          triwulan: [2],
          perkiraanBiaya: 15_000_000,
          realisasiBiaya: 7_000_000,
          status: 'berjalan',
          penanggungJawab: 'Rina Kartika',
        },
      ],
    });
    expect(await programForReport(db, 2026)).toBeNull();
  });
});
