import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/requests/workingTime';
import { putRow } from '../../db/repository';
import { createMemoryFolder } from '../../../test/doubles/renderer/memoryFolder';
import { fastKeys, START, testPc } from '../../../test/doubles/renderer/syncOffices';
import {
  listContent,
  listContentSteps,
  recordContentStep,
  startContent,
  type ContentStepEntry,
} from './contentSteps';
import {
  listMandatoryInfo,
  markMandatoryInfoUpdated,
  seedMandatoryInfo,
} from './mandatoryInfoStore';

const MIN = 60_000;
const URL = 'https://pa-mukomuko.go.id/pengumuman/libur-natal';

describe('Konten Website between two PCs', () => {
  it('carries an item through E across two PCs, its return and redraft, to the archive; and the checklist', async () => {
    const folder = createMemoryFolder({ seed: 26 });
    const keys = await fastKeys();
    const a = testPc({ device: 'pc-a', folder, keys });
    const b = testPc({ device: 'pc-b', folder, keys, skewMs: 60_000 });
    const at = (minutes: number) => new Date(START + minutes * MIN).toISOString();
    const step = (
      contentId: string,
      stepNo: number,
      minutes: number,
      over: Partial<ContentStepEntry> = {},
    ): ContentStepEntry => ({
      contentId,
      stepNo,
      personId: 'x',
      selesaiPada: at(minutes),
      catatan: '',
      keputusan: null,
      alasanTolak: '',
      urlPublikasi: null,
      dipublikasiPada: null,
      ...over,
    });
    const sync = async () => {
      await a.engine.runCycle();
      await b.engine.runCycle();
      await a.engine.runCycle();
    };
    try {
      // PC A's user is the operator and the PJ; PC B's the Redaktur and the Editor.
      const person = (roles: ('operator' | 'penanggungJawab' | 'redaktur' | 'editor')[]) => ({
        nama: roles.join(' '),
        nip: '',
        jabatan: 'Staf',
        unitId: null,
        roles,
        aktif: true,
      });
      await putRow(a.ctx, 'people', 'pc-a-op', person(['operator', 'penanggungJawab']));
      await putRow(a.ctx, 'people', 'pc-b-op', person(['redaktur', 'editor']));
      const id = await startContent(a.ctx, {
        judul: 'Pengumuman libur Natal',
        jenis: 'pengumuman',
        sumber: 'Kesekretariatan',
        ringkasan: '',
        perluPerhatianKhusus: false,
      });
      a.ctx.advance(24 * 60 * MIN);
      b.ctx.advance(24 * 60 * MIN);
      await recordContentStep(a.ctx, step(id, 1, 10), DEFAULT_OFFICE_HOURS);
      await recordContentStep(a.ctx, step(id, 2, 20), DEFAULT_OFFICE_HOURS);
      await seedMandatoryInfo(a.ctx);
      const jadwal = (await listMandatoryInfo(a.db)).find((i) => i.judul === 'Jadwal sidang');
      if (!jadwal) throw new Error('no Jadwal sidang');
      await markMandatoryInfoUpdated(a.ctx, jadwal.id, '2026-11-22');
      await sync();

      // B never seeded the checklist: the item edited on A arrives whole.
      expect(await listMandatoryInfo(b.db)).toEqual([
        expect.objectContaining({
          id: jadwal.id,
          judul: 'Jadwal sidang',
          terakhirDiperbarui: '2026-11-22',
        }),
      ]);
      await recordContentStep(b.ctx, step(id, 3, 30), DEFAULT_OFFICE_HOURS);
      await recordContentStep(
        b.ctx,
        step(id, 4, 40, { keputusan: 'kembalikan', catatan: 'Tambahkan tanggal masuk kerja.' }),
        DEFAULT_OFFICE_HOURS,
      );
      await recordContentStep(b.ctx, step(id, 3, 50), DEFAULT_OFFICE_HOURS);
      await recordContentStep(
        b.ctx,
        step(id, 4, 60, { keputusan: 'lanjut' }),
        DEFAULT_OFFICE_HOURS,
      );
      await sync();

      expect((await listContent(a.db))[0]).toMatchObject({ putaran: 2, langkahTerakhir: 4 });
      await recordContentStep(
        a.ctx,
        step(id, 5, 70, { keputusan: 'lanjut' }),
        DEFAULT_OFFICE_HOURS,
      );
      await recordContentStep(
        a.ctx,
        step(id, 6, 80, { urlPublikasi: URL, dipublikasiPada: at(78) }),
        DEFAULT_OFFICE_HOURS,
      );
      await recordContentStep(a.ctx, step(id, 7, 90), DEFAULT_OFFICE_HOURS);
      await sync();

      expect((await listContent(b.db))[0]).toMatchObject({
        status: 'diarsipkan',
        urlPublikasi: URL,
        putaran: 2,
      });
      const steps = await listContentSteps(b.db, id);
      expect(steps.map((s) => [s.stepNo, s.putaran, s.personId, s.keputusan])).toEqual([
        [1, 1, 'pc-a-op', null],
        [2, 1, 'pc-a-op', null],
        [3, 1, 'pc-b-op', null],
        [4, 1, 'pc-b-op', 'kembalikan'],
        [3, 2, 'pc-b-op', null],
        [4, 2, 'pc-b-op', 'lanjut'],
        [5, 2, 'pc-a-op', 'lanjut'],
        [6, 2, 'pc-a-op', null],
        [7, 2, 'pc-a-op', null],
      ]);
      expect(steps[3]?.catatan).toBe('Tambahkan tanggal masuk kerja.');
    } finally {
      a.db.close();
      b.db.close();
    }
  });
});
