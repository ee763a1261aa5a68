import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/requests/workingTime';
import { putRow, type WriteContext } from '../../db/repository';
import { createMemoryFolder } from '../../../test/doubles/renderer/memoryFolder';
import { fastKeys, testPc } from '../../../test/doubles/renderer/syncOffices';
import { monthOfDate } from './monthSpan';
import { cycleOfMonth, listCycleSteps, recordCycleStep, startCycle } from './websiteCycle';
import {
  listChecks,
  listIncidents,
  listRenewals,
  listSites,
  listVisitorReviews,
  recordManualCheck,
  recordRenewal,
  recordVisitorReview,
  saveIncident,
  saveSite,
} from './websiteStore';

const operator = (ctx: WriteContext, id: string) =>
  putRow(ctx, 'people', id, {
    nama: id,
    nip: '',
    jabatan: 'Pranata Komputer',
    unitId: null,
    roles: ['operator'],
    aktif: true,
  });

describe('Pemeliharaan Website between two PCs', () => {
  it("carries the sites, renewals, checks, problems, reviews and the month's cycle both ways", async () => {
    const folder = createMemoryFolder({ seed: 17 });
    const keys = await fastKeys();
    const a = testPc({ device: 'pc-a', folder, keys });
    const b = testPc({ device: 'pc-b', folder, keys, skewMs: 60_000 });
    try {
      await operator(a.ctx, 'pc-a-op');
      await operator(a.ctx, 'pc-b-op');
      const now = a.ctx.now();
      const today = now.toISOString().slice(0, 10);
      const siteId = await saveSite(a.ctx, {
        jenis: 'hosting',
        nama: 'Website PN Tais',
        alamatUrl: 'https://pn-tais.go.id',
        penyedia: 'PT Hosting Nusantara',
        mulaiKontrak: '2025-01-01',
        akhirKontrak: '2025-12-31',
        biaya: 2_000_000,
        nomorTagihan: 'INV-1',
      });
      await recordRenewal(a.ctx, {
        siteId,
        mulaiKontrak: '2026-01-01',
        akhirKontrak: '2027-12-31',
        biaya: 2_200_000,
        nomorTagihan: 'INV-2',
      });
      await recordManualCheck(a.ctx, {
        siteId,
        waktu: now.toISOString(),
        statusHttp: 200,
        waktuResponsMs: null,
        tlsBerakhir: null,
        cara: 'manual',
        catatan: '',
      });
      const incidentId = await saveIncident(a.ctx, {
        siteId,
        masalah: 'Domain tidak terbaca',
        mulai: now.toISOString(),
        selesai: null,
        penanganan: '',
        tindakLanjut: [
          {
            pihak: 'pandi',
            permintaan: 'Memeriksa DNS',
            dimintaPada: now.toISOString(),
            dijawabPada: null,
            jawaban: '',
          },
        ],
      });
      await recordVisitorReview(a.ctx, {
        siteId,
        dariTanggal: today,
        sampaiTanggal: today,
        jumlahKunjungan: 40,
        temuan: 'Wajar',
        mencurigakan: false,
        catatan: '',
      });
      const bulan = monthOfDate(now);
      const cycleId = await startCycle(a.ctx, { bulan });
      a.ctx.advance(60_000);
      await recordCycleStep(
        a.ctx,
        {
          cycleId,
          stepNo: 1,
          personId: 'pc-a-op',
          selesaiPada: a.ctx.now().toISOString(),
          catatan: '',
          output: '',
          keputusan: null,
          alasanTolak: '',
        },
        DEFAULT_OFFICE_HOURS,
      );

      await a.engine.runCycle();
      await b.engine.runCycle();
      expect((await listSites(b.db)).rows).toMatchObject([
        { nama: 'Website PN Tais', akhirKontrak: '2027-12-31', nomorTagihan: 'INV-2' },
      ]);
      expect((await listRenewals(b.db)).rows).toHaveLength(1);
      expect((await listChecks(b.db)).rows.map((c) => c.cara)).toEqual(['manual']);
      expect((await listIncidents(b.db)).rows[0]?.tindakLanjut[0]?.pihak).toBe('pandi');
      expect((await listVisitorReviews(b.db)).rows.map((r) => r.temuan)).toEqual(['Wajar']);
      expect((await cycleOfMonth(b.db, bulan))?.langkahTerakhir).toBe(1);

      // On the other PC: the third party's answer and the next step of the cycle.
      b.ctx.advance(120_000);
      const incident = (await listIncidents(b.db)).rows[0];
      const asked = incident?.tindakLanjut[0];
      if (!incident || !asked) throw new Error('no incident');
      await saveIncident(
        b.ctx,
        {
          ...incident,
          selesai: b.ctx.now().toISOString(),
          tindakLanjut: [
            { ...asked, dijawabPada: b.ctx.now().toISOString(), jawaban: 'DNS diperbaiki' },
          ],
        },
        incidentId,
      );
      await recordCycleStep(
        b.ctx,
        {
          cycleId,
          stepNo: 2,
          personId: 'pc-b-op',
          selesaiPada: b.ctx.now().toISOString(),
          catatan: 'Cadangan ke hardisk',
          output: '',
          keputusan: null,
          alasanTolak: '',
        },
        DEFAULT_OFFICE_HOURS,
      );
      await b.engine.runCycle();
      await a.engine.runCycle();
      expect((await listIncidents(a.db)).rows[0]?.tindakLanjut[0]?.jawaban).toBe('DNS diperbaiki');
      expect((await listCycleSteps(a.db, cycleId)).map((s) => [s.stepNo, s.personId])).toEqual([
        [1, 'pc-a-op'],
        [2, 'pc-b-op'],
      ]);
      expect((await cycleOfMonth(a.db, bulan))?.langkahTerakhir).toBe(2);
    } finally {
      a.db.close();
      b.db.close();
    }
  });
});
