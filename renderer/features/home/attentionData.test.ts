import { describe, expect, it } from 'vitest';
import type { RequestRow } from '../../db/rows';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { markMandatoryInfoUpdated, seedMandatoryInfo } from '../content/public';
import { saveSite } from '../website/public';
import { requestFields } from '../../../test/doubles/renderer/rowGateRows';
import { readHomeData } from './attentionData';

const now = new Date(2026, 10, 20, 14, 0);
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();

function request(i: number, extra: Partial<RequestRow>): RequestRow {
  return {
    ...requestFields(`Permintaan ${i}`),
    id: `r${i}`,
    nomor: `${String(i).padStart(3, '0')}/PLTI/XI/2026`,
    urut: i,
    diterimaPada: at(10, 9),
    _clock: {},
    _deleted: false,
    _updatedBy: null,
    _updatedAt: '2026-11-20T02:00:00.000Z',
    ...extra,
  } as unknown as RequestRow;
}

describe('readHomeData', () => {
  it('counts the requests finished or refused today, read through the selesaiPada index', async () => {
    const db = testDatabase('home-closed-today');
    await db.requests.bulkPut([
      request(1, { status: 'selesai', selesaiPada: at(20, 8) }),
      request(2, { status: 'ditolak', selesaiPada: at(20, 0) }),
      request(3, { status: 'selesai', selesaiPada: at(19, 23) }),
      request(4, { status: 'selesai', selesaiPada: at(20, 10), _deleted: true }),
      request(5, { status: 'berjalan', selesaiPada: null }),
      request(6, { status: 'selesai', selesaiPada: at(20, 9), diterimaPada: at(20, 7) }),
    ]);
    const data = await readHomeData(db, now);
    expect(data.today.selesai).toBe(3);
    expect(data.today.diterima).toBe(1);
    expect(data.today.dalamProses).toBe(1);
  });

  it('counts website work: contracts ending within 60 days, kept mandatory information gone stale', async () => {
    const db = testDatabase('home-website');
    const ctx = testWriteContext(db, { actor: 'op', start: now.getTime() });
    const site = {
      jenis: 'domain' as const,
      alamatUrl: 'https://pa-mukomuko.go.id',
      penyedia: 'PANDI',
      mulaiKontrak: '2026-01-01',
      biaya: 50_000,
      nomorTagihan: '',
    };
    await saveSite(ctx, { ...site, nama: 'Domain', akhirKontrak: '2026-12-01' });
    await saveSite(ctx, { ...site, nama: 'Hosting', akhirKontrak: '2027-06-30' });
    // A fresh checklist warns of nothing; an item the office keeps warns once past its term.
    await seedMandatoryInfo(ctx);
    expect((await readHomeData(db, now)).counts.staleInfo).toBe(0);
    const [first] = await db.mandatoryInfo.orderBy('urut').toArray();
    await markMandatoryInfoUpdated(ctx, first?.id ?? '', '2025-01-02');
    const data = await readHomeData(db, now);
    expect(data.counts.renewals.map((r) => [r.nama, r.sisaHari])).toEqual([['Domain', 11]]);
    expect(data.counts.staleInfo).toBe(1);
    expect(data.counts.myContentSteps).toBe(0);
    expect(data.counts.myWebsiteSteps).toBe(0);
  });
});
