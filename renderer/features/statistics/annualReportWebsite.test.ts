import { describe, expect, it } from 'vitest';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { MUKOMUKO_OFFICE } from '../../../test/doubles/shared/sampleOffice';
import { putRow } from '../../db/repository';
import { startContent } from '../content/public';
import { recordManualCheck, saveSite } from '../website/public';
import { annualReportRequest } from './annualReportRequest';
import { readStatisticsData } from './statisticsData';

describe('the Laporan Tahunan TI website chapter', () => {
  it("counts the year's checks of each site and the content published, by kind", async () => {
    const db = testDatabase('meja-ti-annual-website');
    const now = new Date(2026, 11, 5, 9);
    const ctx = testWriteContext(db, { actor: 'op', start: now.getTime() });
    const siteId = await saveSite(ctx, {
      jenis: 'hosting',
      nama: 'Website PA Mukomuko',
      alamatUrl: 'https://pa-mukomuko.go.id',
      penyedia: 'PT Hosting',
      mulaiKontrak: '2026-01-01',
      akhirKontrak: '2026-12-31',
      biaya: 2_400_000,
      nomorTagihan: '',
    });
    for (const [day, status] of [
      [2, 200],
      [3, 503],
      [4, 200],
    ] as const) {
      await recordManualCheck(ctx, {
        siteId,
        waktu: new Date(2026, 10, day, 9).toISOString(),
        statusHttp: status,
        waktuResponsMs: 300,
        tlsBerakhir: null,
        cara: 'manual',
        catatan: '',
      });
    }
    const item = await startContent(ctx, {
      judul: 'Sidang keliling',
      jenis: 'berita',
      sumber: 'Kepaniteraan',
      ringkasan: '',
      perluPerhatianKhusus: false,
      dimulaiPada: new Date(2026, 10, 1, 8).toISOString(),
    });
    await putRow(ctx, 'contentItems', item, {
      status: 'dipublikasi',
      urlPublikasi: 'https://pa-mukomuko.go.id/berita/1',
      dipublikasiPada: new Date(2026, 10, 2, 10).toISOString(),
    });
    const period = { jenis: 'tahun', tahun: 2026, ke: 1 } as const;
    const data = await readStatisticsData(db, now, 2026);
    const report = await annualReportRequest(db, data, MUKOMUKO_OFFICE, period, now, 'F4');
    const table = (id: string) => report.tabel.find((t) => t.id === id);
    expect(table('ketersediaanWebsite')?.baris).toEqual([['Website PA Mukomuko', 3, 2, 66.7]]);
    expect(table('kontenWebsite')?.baris).toEqual([['Berita', 1]]);
    expect(table('masalahWebsite')?.baris).toEqual([['Website PA Mukomuko', 0, 0, 0]]);
    db.close();
  });
});
