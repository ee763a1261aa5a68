import { describe, expect, it } from 'vitest';
import { periodRange } from './period';
import { contentTables, websiteTables, type WebsiteForReport } from './websiteStats';

const year = periodRange({ jenis: 'tahun', tahun: 2026, ke: 1 });
const march = periodRange({ jenis: 'bulan', tahun: 2026, ke: 3 });

const website: WebsiteForReport = {
  sites: [
    { id: 's1', nama: 'Situs PA Mukomuko', alamatUrl: 'https://pa-mukomuko.go.id' },
    { id: 's2', nama: 'Hosting', alamatUrl: '' },
  ],
  checks: [
    { siteId: 's1', waktu: '2026-03-02T02:00:00.000Z', statusHttp: 200 },
    { siteId: 's1', waktu: '2026-03-03T02:00:00.000Z', statusHttp: 503 },
    { siteId: 's1', waktu: '2026-05-03T02:00:00.000Z', statusHttp: 200 },
    { siteId: 's1', waktu: '2026-06-03T02:00:00.000Z', statusHttp: null },
    { siteId: 's1', waktu: '2025-12-30T02:00:00.000Z', statusHttp: 200 },
  ],
  incidents: [
    { siteId: 's1', mulai: '2026-03-03T02:00:00.000Z', selesai: null, tindakLanjut: [] },
    {
      siteId: 's1',
      mulai: '2026-06-03T02:00:00.000Z',
      selesai: null,
      tindakLanjut: [
        {
          pihak: 'hosting',
          permintaan: 'Server dinyalakan ulang',
          dimintaPada: '2026-06-03T03:00:00.000Z',
          dijawabPada: null,
          jawaban: '',
        },
      ],
    },
    {
      siteId: 's2',
      mulai: '2026-07-01T02:00:00.000Z',
      selesai: '2026-07-01T05:00:00.000Z',
      tindakLanjut: [],
    },
  ],
};

describe('website chapter of the annual report', () => {
  it("counts the period's checks per site, the share up, and the problems and their handling", () => {
    const [availability, problems] = websiteTables(website, year);
    expect(availability?.baris).toEqual([
      ['Situs PA Mukomuko', 4, 2, 50],
      ['Hosting', 0, 0, null],
    ]);
    expect(availability?.judul).toBe(
      'Ketersediaan website dan layanan: 4 pemeriksaan, 50% tersedia',
    );
    expect(problems?.baris).toEqual([
      ['Situs PA Mukomuko', 2, 0, 1],
      ['Hosting', 1, 1, 0],
    ]);
    expect(problems?.judul).toBe('Masalah website dan penanganannya: 1 dari 3 selesai');
  });

  it('keeps a shorter period to its own checks and problems', () => {
    const [availability, problems] = websiteTables(website, march);
    expect(availability?.baris[0]).toEqual(['Situs PA Mukomuko', 2, 1, 50]);
    expect(problems?.baris[0]).toEqual(['Situs PA Mukomuko', 1, 0, 0]);
  });

  it('prints no website chapter for an office with no site recorded', () => {
    expect(websiteTables(null, year)).toEqual([]);
    expect(websiteTables({ sites: [], checks: [], incidents: [] }, year)).toEqual([]);
  });
});

describe('content chapter of the annual report', () => {
  it("counts the period's published content by kind, the most first", () => {
    const [table] = contentTables(
      [
        { jenis: 'Berita', dipublikasikanPada: '2026-03-02T02:00:00.000Z' },
        { jenis: 'Pengumuman', dipublikasikanPada: '2026-04-02T02:00:00.000Z' },
        { jenis: 'Pengumuman', dipublikasikanPada: '2026-05-02T02:00:00.000Z' },
        { jenis: 'Berita', dipublikasikanPada: '2027-01-02T02:00:00.000Z' },
      ],
      year,
    );
    expect(table?.baris).toEqual([
      ['Pengumuman', 2],
      ['Berita', 1],
    ]);
    expect(table?.judul).toBe('Konten website yang dipublikasikan: 3 konten');
    expect(contentTables([], year)).toEqual([]);
  });
});
