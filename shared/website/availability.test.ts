import { describe, expect, it } from 'vitest';
import { availabilityText, monthAvailability } from './availability';
import { availabilityCheckSchema, siteSchema } from './schema';

// January 2026 in WIB (UTC+7): from 31 Dec 17:00 UTC to 31 Jan 17:00 UTC.
const span = { from: new Date('2025-12-31T17:00:00Z'), to: new Date('2026-01-31T17:00:00Z') };
const check = (waktu: string, statusHttp: number | null, siteId = 's1') => ({
  siteId,
  waktu,
  statusHttp,
});

describe('monthly availability', () => {
  it('is the share of the month’s checks that found the site up', () => {
    const a = monthAvailability(
      's1',
      [
        check('2026-01-02T01:00:00Z', 200),
        check('2026-01-03T01:00:00Z', 301),
        check('2026-01-04T01:00:00Z', 503),
        check('2026-01-05T01:00:00Z', null),
        check('2026-01-05T01:00:00Z', 500, 's2'),
        check('2026-01-31T17:00:00Z', 500),
        check('2025-12-31T17:00:00Z', 200),
      ],
      span,
    );
    expect(a).toEqual({ siteId: 's1', pemeriksaan: 5, tersedia: 3, persen: 60 });
    expect(availabilityText(a)).toBe('60%');
  });

  it('says so when a month has no checks', () => {
    const a = monthAvailability('s1', [check('2026-02-02T01:00:00Z', 200)], span);
    expect(a.persen).toBeNull();
    expect(availabilityText(a)).toBe('belum diperiksa');
  });

  it('rounds to one decimal', () => {
    const checks = [
      check('2026-01-02T01:00:00Z', 200),
      check('2026-01-02T02:00:00Z', 200),
      check('2026-01-02T03:00:00Z', 404),
    ];
    expect(monthAvailability('s1', checks, span).persen).toBe(66.7);
  });
});

describe('website schemas', () => {
  const valid = {
    jenis: 'domain',
    nama: 'pa-mukomuko.go.id',
    alamatUrl: 'https://pa-mukomuko.go.id',
    penyedia: 'PANDI',
    mulaiKontrak: '2026-01-01',
    akhirKontrak: '2026-12-31',
    biaya: 50_000,
    nomorTagihan: 'INV-1',
  };

  it('accepts a site with its contract', () => {
    expect(siteSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a contract ending before it starts, in Indonesian', () => {
    const r = siteSchema.safeParse({ ...valid, akhirKontrak: '2025-12-31' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Akhir kontrak tidak boleh sebelum mulai kontrak.');
  });

  it('refuses an address without http(s)', () => {
    expect(siteSchema.safeParse({ ...valid, alamatUrl: 'ftp://x' }).success).toBe(false);
  });

  it('keeps a check that got no answer with its reason', () => {
    const r = availabilityCheckSchema.safeParse({
      siteId: 's1',
      waktu: '2026-01-02T01:00:00Z',
      statusHttp: null,
      waktuResponsMs: null,
      tlsBerakhir: null,
      cara: 'manual',
      catatan: 'Tidak ada koneksi internet.',
    });
    expect(r.success).toBe(true);
    expect(
      availabilityCheckSchema.safeParse({
        siteId: 's1',
        waktu: 'x',
        statusHttp: 700,
        waktuResponsMs: 1,
        tlsBerakhir: null,
        cara: 'manual',
        catatan: '',
      }).success,
    ).toBe(false);
  });
});
