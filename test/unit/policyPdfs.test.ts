import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdfDefinition } from '../../shared/pdf/documents/build';
import { FORM_USULAN_TITLE } from '../../shared/pdf/documents/policy/formUsulan';
import type {
  RencanaProgramRequest,
  SkTimRequest,
} from '../../shared/pdf/documents/policy/policyDocs';
import { RENCANA_COLUMNS } from '../../shared/pdf/documents/policy/rencanaProgram';
import { pdfDocumentRequestSchema } from '../../shared/pdf/documents/request';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { mukomukoOffice } from '../fixtures/office';
import { nodeModulesPdfRenderer } from '../fixtures/pdfServices';
import { pdfInfo, pdfText } from '../fixtures/pdfText';

/**
 * The papers of SOP A rendered by the real renderer and read back with poppler: the decree
 * in a court's decree layout with its Lampiran, the year's programme as a landscape table,
 * and the blank proposal form, on F4 and A4.
 */

const PAPERS: readonly PaperSizeId[] = ['F4', 'A4'];
const HEIGHT: Record<PaperSizeId, number> = { F4: 935.43, A4: 841.89 };
const dir = process.env.POLICY_PDF_DIR ?? mkdtempSync(path.join(tmpdir(), 'meja-policy-'));
const renderer = nodeModulesPdfRenderer();
const printedAt = new Date(2026, 10, 23, 9, 0).toISOString();

async function render(request: unknown, name: string): Promise<string> {
  const parsed = pdfDocumentRequestSchema.parse(request);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderer.render(buildPdfDefinition(parsed)));
  return file;
}

// Justified lines break after a hyphen ("Undang- Undang") in pdftotext's reading.
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-');
/** Text in reading order (a table cell's lines together). */
const rawText = (file: string) =>
  flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });

const ketua = {
  jabatan: 'Ketua',
  nama: 'Dr. H. Ahmad Fauzi, S.H.I., M.H.',
  nip: '197201272003121002',
};

function skTim(paper: PaperSizeId): SkTimRequest {
  return {
    kind: 'skTim',
    office: mukomukoOffice(),
    paper,
    printedAt,
    tahun: 2027,
    nomor: '12/KPA.W7-A4/OT1.6/I/2027',
    tanggal: '2027-01-04',
    menimbang: [
      'bahwa untuk mendukung pelaksanaan tugas di bidang teknologi informasi perlu dibentuk Tim Teknologi Informasi;',
      'bahwa nama-nama yang tercantum dalam Lampiran Keputusan ini dipandang cakap dan mampu;',
    ],
    mengingat: [
      'Undang-Undang Nomor 48 Tahun 2009 tentang Kekuasaan Kehakiman;',
      'Peraturan Mahkamah Agung Nomor 7 Tahun 2022 tentang Administrasi Perkara di Pengadilan secara Elektronik;',
    ],
    tugasTim: ['Menyusun rencana program TI', 'Mengelola situs web pengadilan'],
    anggota: [
      {
        nama: 'Hj. Siti Aminah, S.H.',
        nip: '198001012005022001',
        jabatan: 'Sekretaris',
        kedudukan: 'Ketua Tim',
        tugas: 'Mengarahkan tim',
      },
      {
        nama: 'Budi Santoso, S.Kom.',
        nip: '199003152019031004',
        jabatan: 'Pranata Komputer',
        kedudukan: 'Anggota',
        tugas: 'Mengelola jaringan dan server',
      },
    ],
    ketua,
  };
}

function rencana(paper: PaperSizeId): RencanaProgramRequest {
  return {
    kind: 'rencanaProgram',
    office: mukomukoOffice(),
    paper,
    printedAt,
    tahun: 2027,
    judul: 'Rencana Program TI Pengadilan Agama Mukomuko 2027',
    status: 'Ditetapkan',
    tanggal: '2026-12-01',
    rows: [
      {
        program: 'Pengadaan pemindai dokumen',
        tujuan: 'Digitalisasi berkas perkara',
        output: '2 unit pemindai',
        perkiraanBiaya: 15_000_000,
        triwulan: [2, 1],
        penanggungJawab: 'Budi Santoso, S.Kom.',
        usulanAsal: 'Kepaniteraan: Pemindai e-Court',
        status: 'Direncanakan',
        realisasi: '',
      },
      {
        program: 'Wi-Fi ruang sidang',
        tujuan: 'Sidang elektronik lancar',
        output: '3 access point',
        perkiraanBiaya: 7_500_000,
        triwulan: [3],
        penanggungJawab: 'Budi Santoso, S.Kom.',
        usulanAsal: '',
        status: 'Selesai',
        realisasi: 'Rp 7.200.000, terpasang Maret',
      },
    ],
    penyusun: {
      jabatan: 'Kepala Subbagian Perencanaan, TI dan Pelaporan',
      nama: 'Rahmat Hidayat, S.Kom.',
      nip: '198505052010121003',
    },
    pengesah: { jabatan: 'Wakil Ketua', nama: 'Drs. Mulyadi, M.H.', nip: '197001011995031001' },
  };
}

describe('SOP A papers', () => {
  it.each(PAPERS)(
    'prints the SK Tim TI as a Keputusan Ketua with its Lampiran (%s)',
    async (paper) => {
      const file = await render(skTim(paper), `sk-tim-${paper}`);
      const info = pdfInfo(file);
      expect(info.height).toBeCloseTo(HEIGHT[paper], 0);
      expect(info.pages).toBeGreaterThanOrEqual(2);
      const first = flat(pageText(file, 1));
      for (const part of [
        'PENGADILAN AGAMA MUKOMUKO',
        'KEPUTUSAN KETUA PENGADILAN AGAMA MUKOMUKO',
        'NOMOR 12/KPA.W7-A4/OT1.6/I/2027',
        'TENTANG',
        'PEMBENTUKAN TIM TEKNOLOGI INFORMASI PENGADILAN AGAMA MUKOMUKO TAHUN 2027',
        'Menimbang : a. bahwa untuk mendukung',
        'dipandang cakap dan mampu;',
        'Mengingat : 1. Undang-Undang Nomor 48 Tahun 2009',
        '2. Peraturan Mahkamah Agung Nomor 7 Tahun 2022',
        'MEMUTUSKAN:',
        'Menetapkan :',
      ]) {
        expect(first).toContain(part);
      }
      const laidOut = flat(pdfText(file));
      for (const part of [
        'KESATU : Membentuk Tim Teknologi Informasi',
        'KEDUA :',
        'KETIGA :',
        '1. Menyusun rencana program TI',
        'Ditetapkan di : Mukomuko',
        'pada tanggal : 4 Januari 2027',
        'KETUA PENGADILAN AGAMA MUKOMUKO,',
        'Dr. H. Ahmad Fauzi, S.H.I., M.H.',
        'NIP. 19720127 200312 1 002',
        'TANGGAL 4 JANUARI 2027',
      ]) {
        expect(laidOut).toContain(part);
      }
      // The Lampiran's table, read cell by cell.
      const cells = rawText(file);
      for (const part of [
        'LAMPIRAN KEPUTUSAN KETUA PENGADILAN AGAMA MUKOMUKO NOMOR 12/KPA.W7-A4/OT1.6/I/2027',
        'Hj. Siti Aminah, S.H. NIP. 19800101 200502 2 001',
        'Ketua Tim',
        'Mengelola jaringan dan server',
      ]) {
        expect(cells).toContain(part);
      }
      const last = flat(pageText(file, info.pages));
      expect(last).toContain('Budi Santoso, S.Kom.');
    },
  );

  it.each(PAPERS)(
    'prints the year programme as a landscape table with the total (%s)',
    async (paper) => {
      const file = await render(rencana(paper), `rencana-${paper}`);
      const info = pdfInfo(file);
      expect(info.width).toBeCloseTo(HEIGHT[paper], 0);
      const text = flat(pdfText(file));
      expect(text).toContain('RENCANA PROGRAM TEKNOLOGI INFORMASI TAHUN 2027');
      expect(text).toContain('Status: Ditetapkan');
      for (const c of ['Program', 'Tujuan', 'Triwulan', 'Penanggung', 'Usulan Asal', 'Realisasi']) {
        expect(RENCANA_COLUMNS.some((col) => col.startsWith(c))).toBe(true);
        expect(text).toContain(c);
      }
      expect(text).toContain('15.000.000');
      expect(text).toContain('JUMLAH 22.500.000');
      expect(text).toMatch(/I, II/);
      expect(text).toContain('Mukomuko, 1 Desember 2026');
      expect(text).toContain('Rahmat Hidayat, S.Kom.');
      expect(text).toContain('NIP. 19850505 201012 1 003');
      expect(text).toContain('Drs. Mulyadi, M.H.');
    },
  );

  it.each(PAPERS)('prints the blank Form Usulan (%s)', async (paper) => {
    const file = await render(
      { kind: 'formUsulan', office: mukomukoOffice(), paper, printedAt, tahun: 2027 },
      `form-usulan-${paper}`,
    );
    expect(pdfInfo(file).pages).toBe(1);
    const text = rawText(file);
    expect(text).toContain(FORM_USULAN_TITLE);
    expect(text).toContain('TAHUN ANGGARAN 2027');
    expect(text).toContain('Unit kerja pengusul');
    expect(text).toContain('Perkiraan Biaya (Rp)');
  });
});
