import { afterEach, describe, expect, it } from 'vitest';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import type { MejaDatabase } from '../../db/database';
import { putRow } from '../../db/repository';
import { startContent } from '../content/public';
import { CONTENT_PUBLISHED } from './websiteReportData';

describe("the website report's published content", () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  it('lists what SOP E published in the month, its kind as printed', async () => {
    db = testDatabase('meja-ti-website-published');
    const ctx = testWriteContext(db, { actor: 'op', start: new Date(2026, 11, 5, 9).getTime() });
    const base = {
      jenis: 'pengumuman' as const,
      sumber: 'Kepaniteraan',
      ringkasan: '',
      perluPerhatianKhusus: false,
      dimulaiPada: new Date(2026, 11, 1, 8).toISOString(),
    };
    const published = await startContent(ctx, { ...base, judul: 'Jadwal sidang keliling' });
    const other = await startContent(ctx, { ...base, judul: 'Terbit bulan lalu' });
    await startContent(ctx, { ...base, judul: 'Belum terbit' });
    const url = 'https://pa-mukomuko.go.id/pengumuman/sidang-keliling';
    await putRow(ctx, 'contentItems', published, {
      status: 'dipublikasi',
      urlPublikasi: url,
      dipublikasiPada: new Date(2026, 11, 3, 10).toISOString(),
    });
    await putRow(ctx, 'contentItems', other, {
      status: 'dipublikasi',
      urlPublikasi: 'https://pa-mukomuko.go.id/x',
      dipublikasiPada: new Date(2026, 10, 28, 10).toISOString(),
    });
    expect(await CONTENT_PUBLISHED(db, '2026-12')).toEqual([
      {
        judul: 'Jadwal sidang keliling',
        jenis: 'Pengumuman',
        urlPublikasi: url,
        dipublikasiPada: new Date(2026, 11, 3, 10).toISOString(),
      },
    ]);
  });
});
