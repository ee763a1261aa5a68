import { describe, expect, it } from 'vitest';
import { createRow } from '../../db/repository';
import { createMemoryFolder } from '../../../test/doubles/renderer/memoryFolder';
import { fastKeys, testPc } from '../../../test/doubles/renderer/syncOffices';
import {
  addProgramItem,
  listProgramItems,
  listRegulasi,
  listUsulan,
  readSkTim,
  recordUsulan,
  saveRegulasi,
  saveSkTim,
  updateProgramItem,
} from './policyStore';
import { listPrograms, startProgram } from './programSteps';

describe('Kebijakan TI between two PCs', () => {
  it('carries proposals, the programme, regulations and the SK Tim TI to the other PC, and edits back', async () => {
    const folder = createMemoryFolder({ seed: 16 });
    const keys = await fastKeys();
    const a = testPc({ device: 'pc-a', folder, keys });
    const b = testPc({ device: 'pc-b', folder, keys, skewMs: 60_000 });
    try {
      const usulanId = await recordUsulan(a.ctx, {
        unit: 'Kesekretariatan',
        judul: 'Jaringan nirkabel ruang sidang',
        uraian: '',
        perkiraanBiaya: 7_500_000,
        tahun: 2027,
        diterimaPada: '2026-11-20',
        status: 'diterima',
      });
      const programId = await startProgram(a.ctx, {
        tahun: 2027,
        judul: 'Rencana Program TI 2027',
      });
      const item = {
        programId,
        program: 'Wi-Fi ruang sidang',
        tujuan: 'Sidang elektronik lancar',
        output: '3 access point',
        perkiraanBiaya: 7_500_000,
        triwulan: [1, 2],
        penanggungJawabId: 'pc-a-op',
        usulanId,
        status: 'direncanakan' as const,
        realisasiBiaya: null,
        realisasi: '',
        urut: 1,
      };
      const itemId = await addProgramItem(a.ctx, item);
      await saveRegulasi(a.ctx, {
        jenis: 'Surat Edaran Mahkamah Agung',
        nomor: '1',
        tahun: 2023,
        tentang: 'Tata cara panggilan elektronik',
        status: 'berlaku',
        diubahOleh: '',
        berkas: '',
      });
      const personId = await createRow(a.ctx, 'people', {
        nama: 'Budi Santoso, S.Kom.',
        nip: '',
        jabatan: 'Pranata Komputer',
        unitId: null,
        roles: ['operator'],
        aktif: true,
      });
      await saveSkTim(a.ctx, {
        tahun: 2027,
        nomor: '',
        tanggal: '2026-11-22',
        menimbang: ['bahwa perlu dibentuk Tim TI'],
        mengingat: ['Undang-Undang Nomor 48 Tahun 2009 tentang Kekuasaan Kehakiman'],
        anggota: [{ personId, kedudukan: 'Anggota', tugas: 'Mengelola jaringan' }],
        tugasTim: ['Menyusun rencana program TI'],
      });

      await a.engine.runCycle();
      await b.engine.runCycle();
      expect((await listUsulan(b.db)).map((u) => [u.judul, u.status])).toEqual([
        ['Jaringan nirkabel ruang sidang', 'diakomodasi'],
      ]);
      expect((await listPrograms(b.db)).map((p) => p.tahun)).toEqual([2027]);
      expect((await listRegulasi(b.db)).map((r) => r.tentang)).toEqual([
        'Tata cara panggilan elektronik',
      ]);
      expect((await readSkTim(b.db, 2027))?.anggota).toEqual([
        { personId, kedudukan: 'Anggota', tugas: 'Mengelola jaringan' },
      ]);

      b.ctx.advance(120_000);
      await updateProgramItem(b.ctx, itemId, {
        ...item,
        status: 'selesai',
        realisasiBiaya: 7_200_000,
        realisasi: 'Terpasang Maret',
      });
      await b.engine.runCycle();
      await a.engine.runCycle();
      expect((await listProgramItems(a.db, programId))[0]).toMatchObject({
        status: 'selesai',
        realisasiBiaya: 7_200_000,
      });
    } finally {
      a.db.close();
      b.db.close();
    }
  });
});
