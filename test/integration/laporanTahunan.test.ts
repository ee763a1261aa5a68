import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SEED_SOP_DOCUMENTS } from '../../shared/sop';
import { DEFAULT_OFFICE_HOURS } from '../../shared/requests/workingTime';
import type { AnnualReportRequest } from '../../shared/statistics/annualReportSchema';
import { periodRange, type StatPeriod } from '../../shared/statistics/period';
import { programTables } from '../../shared/statistics/policyStats';
import { securityTables } from '../../shared/statistics/securityStats';
import { prepareStatistics, statisticsFor } from '../../shared/statistics/statistics';
import { headline, statisticsTables } from '../../shared/statistics/tables';
import { benchRequests } from '../bench/statistics.bench';
import { pdfInfo, pdfText } from '../fixtures/pdfText';
import { mukomukoOffice } from '../fixtures/office';
import { renderRequest } from '../fixtures/requestDocs';

/**
 * Issue #17 item 3: the Laporan Tahunan TI counts what the statistics count; its figures
 * read back from the PDF with pdftotext, its charts drawn as vector bars.
 */
const procedure = SEED_SOP_DOCUMENTS[0]?.procedures.find((p) => p.key === 'B');

function request(period: StatPeriod, count: number): AnnualReportRequest {
  if (!procedure) throw new Error('no procedure B');
  const { rows, records } = benchRequests(count);
  const prepared = prepareStatistics(
    rows,
    () => procedure,
    (id) => records.get(id) ?? [],
    DEFAULT_OFFICE_HOURS,
    new Date(2026, 11, 20, 9),
  );
  const stats = statisticsFor(
    prepared,
    {
      procedure,
      nameOf: (id) => `Petugas ${id.toUpperCase()}`,
      devices: [
        { kondisi: 'baik', aktif: true, tahunPerolehan: 2019 },
        { kondisi: 'rusakBerat', aktif: true, tahunPerolehan: 2015 },
      ],
      tasks: [],
      today: '2026-12-20',
    },
    period,
  );
  const range = periodRange(period);
  const signer = (jabatan: string, nama: string, nip = '') => ({ jabatan, nama, nip });
  return {
    kind: 'laporanTahunan',
    office: mukomukoOffice(),
    paper: 'F4',
    printedAt: new Date(2026, 11, 20, 9).toISOString(),
    periode: period,
    tanggalLaporan: '2026-12-20',
    ringkasan: headline(stats),
    sop: 'SOP/AS/32 Pengelolaan Teknologi Informasi',
    tabel: [
      ...statisticsTables(stats),
      ...securityTables(
        range,
        [{ tanggal: '2026-11-02', status: 'normal' }],
        [],
        [{ id: 'sipp', nama: 'Database SIPP', setiapHari: 7 }],
        [{ tanggal: '2026-11-06', itemId: 'sipp' }],
        365,
      ),
      ...programTables(
        {
          tahun: 2026,
          status: 'ditetapkan',
          items: [
            {
              program: 'Pengadaan UPS ruang server',
              triwulan: [1, 2],
              perkiraanBiaya: 12_000_000,
              realisasiBiaya: 11_500_000,
              status: 'selesai',
              penanggungJawab: 'Dra. Nurhayati',
            },
            {
              program: 'Pelatihan e-Court bagi operator kepaniteraan',
              triwulan: [4],
              perkiraanBiaya: 5_000_000,
              realisasiBiaya: null,
              status: 'berjalan',
              penanggungJawab: 'Rahmat Hidayat, S.Kom.',
            },
          ],
        },
        period,
      ),
    ],
    penandatangan: {
      dibuat: signer('Pranata Komputer', 'Rahmat Hidayat, S.Kom.', '199001012019031001'),
      diperiksa: signer('Kepala Subbagian PTIP', 'Dra. Nurhayati', '197505202000032001'),
      mengetahui: signer('Sekretaris', 'Drs. Hasan Basri, M.H.', '197005121995031002'),
    },
  };
}

describe('Laporan Tahunan TI', () => {
  it('prints the year with the counts of the statistics, charts and three signatures', async () => {
    const req = request({ jenis: 'tahun', tahun: 2026, ke: 1 }, 600);
    const file = await renderRequest(req, 'laporan-tahunan-2026');
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('LAPORAN TAHUNAN TEKNOLOGI INFORMASI');
    expect(text).toContain('TAHUN 2026');
    expect(text).toContain('Permintaan diterima 600');
    expect(text).toContain('Dibuat oleh,');
    expect(text).toContain('NIP. 19700512 199503 1 002');
    if (process.env.KEEP_PDF) execFileSync('cp', [file, process.env.KEEP_PDF]);
    expect(text).toContain('Rencana Program TI 2026 (Ditetapkan) dan realisasinya');
    expect(text).toContain('Pengadaan UPS ruang server');
    expect(text).toContain('11.500.000');
    expect(text).not.toMatch(/undefined|NaN/);
    const pages = pdfInfo(file);
    expect(pages.width).toBeCloseTo(609.4, 0);
    if (process.env.KEEP_PDF) {
      execFileSync('cp', [file, process.env.KEEP_PDF]);
    }
  });

  it('prints a quarter', async () => {
    const file = await renderRequest(
      request({ jenis: 'triwulan', tahun: 2026, ke: 4 }, 120),
      'laporan-tahunan-q4',
    );
    expect(pdfText(file)).toContain('TRIWULAN IV TAHUN 2026');
  });
});
