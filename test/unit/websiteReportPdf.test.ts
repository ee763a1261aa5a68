import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdfDefinition } from '../../shared/pdf/documents/build';
import { pdfDocumentRequestSchema } from '../../shared/pdf/documents/request';
import { LAPORAN_WEBSITE_TITLE } from '../../shared/pdf/documents/website/laporanWebsite';
import type { LaporanWebsiteRequest } from '../../shared/pdf/documents/website/laporanWebsiteRequest';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { mukomukoOffice } from '../fixtures/office';
import { nodeModulesPdfRenderer } from '../fixtures/pdfServices';
import { pdfInfo } from '../fixtures/pdfText';

/**
 * The month's Laporan Situasi dan Kondisi Website rendered by the real renderer and read back
 * with poppler: each section's figures and both signers, on F4 and A4.
 */

const dir = process.env.WEBSITE_PDF_DIR ?? mkdtempSync(path.join(tmpdir(), 'meja-website-'));
const renderer = nodeModulesPdfRenderer();
const HEIGHT: Record<PaperSizeId, number> = { F4: 935.43, A4: 841.89 };

function request(paper: PaperSizeId): LaporanWebsiteRequest {
  return {
    kind: 'laporanWebsite',
    office: mukomukoOffice(),
    paper,
    printedAt: new Date(2026, 11, 31, 10).toISOString(),
    periode: 'Desember 2026',
    tanggal: '2026-12-31',
    ketersediaan: [
      {
        layanan: 'Website PA Mukomuko',
        alamat: 'https://pa-mukomuko.go.id',
        pemeriksaan: 31,
        tersedia: 30,
        persen: '96,8%',
      },
      {
        layanan: 'Domain pa-mukomuko.go.id',
        alamat: '',
        pemeriksaan: 0,
        tersedia: 0,
        persen: 'belum diperiksa',
      },
    ],
    masalah: [
      {
        layanan: 'Website PA Mukomuko',
        masalah: 'Website tidak dapat diakses',
        waktu: '3 Desember 2026 08.00 s.d. 3 Desember 2026 15.00',
        penanganan: 'Server dipindahkan penyedia hosting',
        pihakKetiga: [
          'Penyedia hosting: Memeriksa server (diminta 3 Desember 2026 09.00; dijawab 3 Desember 2026 13.00: Server dipindah)',
        ],
        pemulihan: 'Dipulihkan dari cadangan 3 Desember 2026 16.00: data 2 Desember',
        status: 'Selesai',
      },
    ],
    berakhir: [
      {
        layanan: 'Website PA Mukomuko',
        penyedia: 'PT Hosting Nusantara',
        akhirKontrak: '31 Desember 2026',
        keterangan: 'kontrak berakhir hari ini',
      },
    ],
    pencadangan: [
      {
        tanggal: '2 Desember 2026',
        media: 'Hardisk eksternal',
        lokasi: 'Lemari server',
        petugas: 'Rahmat Hidayat, S.Kom.',
        ujiPemulihan: 'Uji pemulihan berhasil',
      },
    ],
    pengunjung: [
      {
        layanan: 'Website PA Mukomuko',
        periode: '1 Desember 2026 s.d. 7 Desember 2026',
        temuan: 'Kunjungan wajar (1250 kunjungan)',
        mencurigakan: 'Tidak ada',
      },
    ],
    konten: [
      {
        judul: 'Pengumuman Libur Natal',
        jenis: 'Pengumuman',
        url: 'https://pa-mukomuko.go.id/libur',
        tanggal: '20 Desember 2026 10.00',
      },
    ],
    situasi: 'Website berjalan baik kecuali gangguan server tanggal 3.',
    dibuat: {
      jabatan: 'Pranata Komputer',
      nama: 'Rahmat Hidayat, S.Kom.',
      nip: '199001012019031001',
    },
    mengetahui: { jabatan: 'Penanggung Jawab Website', nama: 'Drs. Syamsul Bahri', nip: '' },
  };
}

async function render(paper: PaperSizeId): Promise<string> {
  const parsed = pdfDocumentRequestSchema.parse(request(paper));
  const file = path.join(dir, `laporan-website-${paper}.pdf`);
  writeFileSync(file, await renderer.render(buildPdfDefinition(parsed)));
  return file;
}
/** Each printed line, as pdftotext lays the page out, spaces squeezed. */
const lines = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());

describe('Laporan Situasi dan Kondisi Website on paper', () => {
  for (const paper of ['F4', 'A4'] as const) {
    it(`prints every section's figures and both signers on ${paper}`, async () => {
      const file = await render(paper);
      expect(pdfInfo(file).height).toBeCloseTo(HEIGHT[paper], 0);
      const l = lines(file);
      // Cells that wrap read whole in pdftotext's reading order.
      const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(l).toContain(LAPORAN_WEBSITE_TITLE);
      expect(l).toContain('BULAN DESEMBER 2026');
      for (const h of [
        'A. Situasi dan Kondisi',
        'B. Ketersediaan Website dan Layanan',
        'C. Masalah dan Pemecahannya',
        'D. Layanan yang Akan Berakhir',
        'E. Pencadangan Website',
        'F. Aktivitas Pengunjung',
        'G. Konten yang Dipublikasikan Bulan Ini',
      ]) {
        expect(l).toContain(h);
      }
      // The availability row keeps its figures on one line.
      expect(
        l.some((x) =>
          /^1\. Website PA Mukomuko https:\/\/pa-mukomuko\.go\.id 31 30 96,8%$/.test(x),
        ),
      ).toBe(true);
      expect(l.some((x) => /Domain pa-mukomuko\.go\.id 0 0 belum diperiksa$/.test(x))).toBe(true);
      expect(all).toContain('Penyedia hosting: Memeriksa server');
      expect(all).toContain('kontrak berakhir hari ini');
      expect(all).toContain('Uji pemulihan berhasil');
      expect(all).toContain('Pengumuman Libur Natal');
      expect(all).toMatch(/Mengetahui, .*Dibuat oleh,/);
      expect(all).toContain('Mukomuko, 31 Desember 2026');
      expect(all).toContain('Drs. Syamsul Bahri');
      expect(all).toContain('NIP. 19900101 201903 1 001');
    });
  }
});
