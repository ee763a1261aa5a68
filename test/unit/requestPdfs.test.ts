import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { buildPdfDefinition } from '../../shared/pdf/documents/build';
import { pdfDocumentRequestSchema } from '../../shared/pdf/documents/request';
import {
  DAFTAR_EMPTY,
  DAFTAR_TITLE,
  REKAP_HEADING,
} from '../../shared/pdf/documents/requests/daftarPermintaan';
import {
  FORMULIR_TITLE,
  KONFIRMASI_TEXT,
  PETUGAS_HEADING,
} from '../../shared/pdf/documents/requests/formulirPermintaan';
import { DISPOSISI_TITLE } from '../../shared/pdf/documents/requests/lembarDisposisi';
import type {
  DaftarPermintaanRequest,
  DaftarRow,
  DisposisiData,
  FormulirData,
  FormulirPermintaanRequest,
  LembarDisposisiRequest,
} from '../../shared/pdf/documents/requests/requestDocs';
import type { PaperSizeId } from '../../shared/pdf/paper';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_PETUNJUK,
  LEVEL_LABELS,
  LEVELS,
} from '../../shared/requests/schema';
import { mukomukoOffice } from '../fixtures/office';
import { nodeModulesPdfRenderer } from '../fixtures/pdfServices';
import { pdfInfo, pdfText } from '../fixtures/pdfText';

/**
 * The request documents (SOP B) rendered by the real renderer with the embedded fonts and
 * read back with poppler: one page where the form must be one page, every value printed,
 * the chosen boxes marked beside their labels, and the register's header repeated.
 */

const PAPERS: readonly PaperSizeId[] = ['F4', 'A4'];
const PORTRAIT: Record<PaperSizeId, { width: number; height: number }> = {
  F4: { width: 609.45, height: 935.43 },
  A4: { width: 595.28, height: 841.89 },
};
const KOP_LINES = [
  'MAHKAMAH AGUNG REPUBLIK INDONESIA',
  'DIREKTORAT JENDERAL BADAN PERADILAN AGAMA',
  'PENGADILAN TINGGI AGAMA BENGKULU',
  'PENGADILAN AGAMA MUKOMUKO',
];

const dir = mkdtempSync(path.join(tmpdir(), 'meja-requests-'));
const renderer = nodeModulesPdfRenderer();

/** An ISO time for a local wall-clock time, so the printed "14.30" holds in any time zone. */
const local = (month: number, day: number, hour = 0, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).toISOString();

/** Validates the request as main does, builds and renders it; returns the PDF's path. */
async function render(request: unknown, name: string): Promise<string> {
  const parsed = pdfDocumentRequestSchema.parse(request);
  const definition: TDocumentDefinitions = buildPdfDefinition(parsed);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderer.render(definition));
  return file;
}

/** Text of one page, laid out. */
function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
}

/** Collapses runs of spaces, for phrases pdftotext -layout may space out. */
const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

/** The line of the layout text that holds `label` (first match). */
function lineWith(text: string, label: RegExp): string {
  const line = text.split('\n').find((l) => label.test(l));
  if (line === undefined) throw new Error(`No line matches ${label}`);
  return line;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const URAIAN =
  'Komputer di ruang sidang utama tidak dapat menyala sejak pagi; lampu indikator daya berkedip oranye.';

function formulirData(overrides: Partial<FormulirData> = {}): FormulirData {
  return {
    nomor: '012/PLTI/XI/2026',
    diterimaPada: local(11, 22, 14, 30),
    saluran: 'WhatsApp',
    pemohon: {
      nama: 'Siti Aminah, S.H.',
      nip: '199003152019031004',
      unitNama: 'Kepaniteraan Hukum',
      telepon: '0812 7300 1122',
    },
    kategori: 'Perangkat keras',
    aplikasi: '',
    perangkat: 'PC Ruang Sidang I (PA-MKM-PC-014)',
    uraian: URAIAN,
    urgensi: 'Tinggi',
    petugasPenerima: {
      jabatan: 'Pranata Komputer Ahli Pertama',
      nama: 'Rahmat Hidayat, S.Kom.',
      nip: '199507082020121003',
    },
    kasubag: {
      jabatan: 'Kepala Subbagian Perencanaan, Teknologi Informasi, dan Pelaporan',
      nama: 'Drs. H. Ahmad Fauzi, M.H.',
      nip: '197201272003121002',
    },
    hasil: {
      pemeriksaan: 'Catu daya rusak; kabel daya dan stopkontak baik.',
      tindakan: 'Catu daya diganti dengan cadangan 450 W, komputer diuji menyala normal.',
      status: 'Selesai',
      tanggalSelesai: local(11, 23, 10, 0),
    },
    ...overrides,
  };
}

function formulir(paper: PaperSizeId, data: FormulirData | null): FormulirPermintaanRequest {
  return {
    kind: 'formulirPermintaan',
    office: mukomukoOffice(),
    paper,
    printedAt: local(11, 22, 15, 0),
    data,
  };
}

/** Words cut from a longer text, to exactly `length` characters. */
function longText(length: number, seed = 'Printer jaringan di ruang PTSP gagal mencetak berkas') {
  let text = '';
  for (let i = 1; text.length < length; i++) text += `${seed} bagian ${i}. `;
  return text.slice(0, length).trimEnd().padEnd(length, 'x');
}

describe.each(PAPERS)('Formulir Permintaan Layanan TI on %s', (paper) => {
  it('prints a filled form on exactly one portrait page with every value', async () => {
    const file = await render(formulir(paper, formulirData()), `formulir-${paper}`);
    const info = pdfInfo(file);
    expect(info.pages).toBe(1);
    expect(info.width).toBeCloseTo(PORTRAIT[paper].width, 1);
    expect(info.height).toBeCloseTo(PORTRAIT[paper].height, 1);

    const text = squeeze(pdfText(file));
    for (const line of KOP_LINES) expect(text).toContain(line);
    expect(text).toContain(FORMULIR_TITLE);
    expect(text).toContain('Nomor: 012/PLTI/XI/2026');
    expect(text).toContain('Siti Aminah, S.H.');
    expect(text).toContain('NIP. 19900315 201903 1 004');
    expect(text).toContain('Minggu, 22 November 2026');
    expect(text).toMatch(/Jam 14\.30/);
    expect(text).toContain('Mukomuko, 22 November 2026');
    expect(text).toContain('Pemohon,');
    expect(text).toContain('Petugas Penerima,');
    expect(text).toContain('Mengetahui,');
    // The Kasubag's jabatan wraps in the middle column of the three signatures.
    expect(text).toContain('Kepala Subbagian');
    expect(text).toContain('Pelaporan,');
    expect(text).toContain('NIP. 19720127 200312 1 002');
    expect(text).toContain('Rahmat Hidayat, S.Kom.');
    for (const value of ['Kepaniteraan Hukum', '0812 7300 1122', 'WhatsApp', 'Perangkat keras']) {
      expect(text).toContain(value);
    }
    expect(text).toContain('PC Ruang Sidang I (PA-MKM-PC-014)');
    expect(text).toContain('lampu indikator daya berkedip oranye.');
    expect(text).toMatch(/Urgensi Tinggi/);
    expect(text).toContain(PETUGAS_HEADING);
    expect(text).toContain('Catu daya rusak');
    expect(text).toMatch(/Status Selesai/);
    expect(text).toMatch(/Tanggal selesai 23 November 2026/);
    expect(text).toContain('Konfirmasi pemohon: layanan telah');
    expect(text).toContain('Formulir Permintaan Layanan TI 012/PLTI/XI/2026 — Halaman 1 dari 1');
  });

  it('prints the blank form on one page with boxes for every category and urgency', async () => {
    const file = await render(formulir(paper, null), `formulir-kosong-${paper}`);
    expect(pdfInfo(file).pages).toBe(1);
    const text = squeeze(pdfText(file));
    for (const line of KOP_LINES) expect(text).toContain(line);
    expect(text).toContain(FORMULIR_TITLE);
    expect(text).toMatch(/Nomor: \.{10,}/);
    for (const label of ['Tanggal diterima', 'Jam', 'Nama pemohon', 'NIP', 'Unit kerja']) {
      expect(text).toContain(label);
    }
    for (const category of DEFAULT_CATEGORIES) expect(text).toContain(category);
    const urgensi = lineWith(text, /^\s*Urgensi/);
    for (const level of LEVELS) expect(urgensi).toContain(LEVEL_LABELS[level]);
    expect(text).toContain('Uraian permintaan:');
    expect(text).toContain('Mengetahui,');
    expect(text).toContain('Kasubag PTIP,');
    expect(text).toMatch(/Mukomuko, \.{10,}/);
    expect(text).toContain(PETUGAS_HEADING);
    // Nothing is marked on a blank form.
    expect(text).not.toMatch(/\bX\b/);
  });

  it('keeps a 2000-character uraian on one page, in a smaller size or cut', async () => {
    const uraian = longText(2000);
    const file = await render(formulir(paper, formulirData({ uraian })), `formulir-2000-${paper}`);
    expect(pdfInfo(file).pages).toBe(1);
    const text = squeeze(pdfText(file));
    expect(text).toContain('Printer jaringan di ruang PTSP gagal mencetak berkas bagian 1.');
    expect(text).toContain('Mengetahui,');
    expect(text).toContain(KONFIRMASI_TEXT.slice(0, 30));
  });

  it('keeps the longest values the schema allows on one page', async () => {
    const long = (n: number) => longText(n, 'Nama Panjang Sekali');
    const signer = (nip: string) => ({
      jabatan: longText(160, 'Kepala Subbagian'),
      nama: long(120),
      nip,
    });
    const data = formulirData({
      pemohon: { nama: long(120), nip: '', unitNama: long(120), telepon: long(40) },
      kategori: long(60),
      aplikasi: long(60),
      perangkat: long(160),
      uraian: longText(2000),
      saluran: long(40),
      urgensi: long(40),
      petugasPenerima: signer('199507082020121003'),
      kasubag: signer('197201272003121002'),
      hasil: {
        pemeriksaan: longText(10000),
        tindakan: longText(10000),
        status: long(40),
        tanggalSelesai: null,
      },
    });
    const office = {
      ...mukomukoOffice(),
      namaPengadilan: 'Pengadilan Agama Muara Enim Kelas IB Sumatera Selatan',
    };
    const file = await render({ ...formulir(paper, data), office }, `formulir-terpanjang-${paper}`);
    expect(pdfInfo(file).pages).toBe(1);
  });
});

function disposisiData(overrides: Partial<DisposisiData> = {}): DisposisiData {
  return {
    suratDari: 'Siti Aminah, S.H., Kepaniteraan Hukum',
    nomorSurat: '012/PLTI/XI/2026',
    tanggalSurat: local(11, 21, 9, 0),
    diterimaTanggal: local(11, 22, 8, 15),
    nomorAgenda: 'AG-0457/XI/2026',
    sifat: 'rahasia',
    kecepatan: 'sangatSegera',
    hal: 'Permintaan perbaikan komputer ruang sidang utama',
    diteruskanKepada: [
      'Drs. H. Ahmad Fauzi, M.H. (Kasubag PTIP)',
      'Rahmat Hidayat, S.Kom. (Pranata Komputer)',
    ],
    petunjukPilihan: [...DEFAULT_PETUNJUK],
    petunjukDipilih: ['Selesaikan', 'Koordinasikan'],
    catatan: 'Mohon segera ditangani karena sidang dimulai pukul 09.00.',
    pemberi: {
      jabatan: 'Ketua Pengadilan Agama Mukomuko',
      nama: 'Dr. H. Muhammad Yusuf, S.H.I., M.H.',
      nip: '197805122003121001',
    },
    tanggalDisposisi: local(11, 22, 10, 0),
    ...overrides,
  };
}

function disposisi(paper: PaperSizeId, data: DisposisiData): LembarDisposisiRequest {
  return {
    kind: 'lembarDisposisi',
    office: mukomukoOffice(),
    paper,
    printedAt: local(11, 22, 15, 0),
    data,
  };
}

describe.each(PAPERS)('Lembar Disposisi on %s', (paper) => {
  it('prints every field on one page with the chosen boxes marked beside their labels', async () => {
    const data = disposisiData();
    const file = await render(disposisi(paper, data), `disposisi-${paper}`);
    const info = pdfInfo(file);
    expect(info.pages).toBe(1);
    expect(info.width).toBeCloseTo(PORTRAIT[paper].width, 1);

    const raw = pdfText(file);
    const text = squeeze(raw);
    for (const line of KOP_LINES) expect(text).toContain(line);
    expect(text).toContain(DISPOSISI_TITLE);
    expect(lineWith(text, /Surat dari/)).toContain(data.suratDari);
    expect(lineWith(text, /Nomor surat/)).toContain(data.nomorSurat);
    expect(lineWith(text, /Tanggal surat/)).toContain('21 November 2026');
    expect(lineWith(text, /Diterima tanggal/)).toContain('22 November 2026');
    expect(lineWith(text, /Nomor agenda/)).toContain(data.nomorAgenda);
    expect(lineWith(text, /^\s*Hal\b/)).toContain(data.hal);

    const sifat = lineWith(text, /^\s*Sifat/);
    expect(sifat).toMatch(/X Rahasia/);
    expect(sifat).not.toMatch(/X Biasa/);
    expect(sifat).not.toMatch(/X Sangat Rahasia/);
    expect(sifat).toContain('Sangat Rahasia');
    const kecepatan = lineWith(text, /^\s*Kecepatan/);
    expect(kecepatan).toMatch(/X Sangat Segera/);
    expect(kecepatan).not.toMatch(/X Biasa/);
    expect(kecepatan).not.toMatch(/X Segera/);

    expect(text).toContain('Diteruskan kepada:');
    data.diteruskanKepada.forEach((r, i) => expect(text).toContain(`${i + 1}. ${r}`));
    expect(text).toContain('Dengan hormat harap:');
    for (const p of data.petunjukPilihan) {
      const line = lineWith(text, new RegExp(`(?:^|\\s)(?:X )?${escape(p)}\\s*$`));
      if (data.petunjukDipilih.includes(p)) expect(line).toMatch(new RegExp(`X ${escape(p)}\\s*$`));
      else expect(line).not.toMatch(new RegExp(`X ${escape(p)}\\s*$`));
    }
    expect(text).toContain('Catatan:');
    expect(text).toContain(data.catatan);
    expect(lineWith(text, /Tanggal disposisi/)).toContain('22 November 2026');
    expect(lineWith(text, /Tanggal disposisi/)).toContain('Paraf');
    expect(text).toContain('Ketua Pengadilan Agama Mukomuko,');
    expect(text).toContain('Dr. H. Muhammad Yusuf, S.H.I., M.H.');
    expect(text).toContain('NIP. 19780512 200312 1 001');
    expect(text).toContain('Lembar Disposisi AG-0457/XI/2026 — Halaman 1 dari 1');
  });

  it('stays on one page with the longest values the schema allows', async () => {
    const data = disposisiData({
      suratDari: longText(300),
      hal: longText(2000),
      diteruskanKepada: Array.from({ length: 12 }, (_, i) => longText(300, `Penerima ${i + 1}`)),
      petunjukPilihan: Array.from({ length: 12 }, (_, i) => longText(80, `Petunjuk ${i + 1}`)),
      petunjukDipilih: [],
      catatan: longText(1000),
      pemberi: { jabatan: longText(160), nama: longText(120), nip: '197805122003121001' },
    });
    const file = await render(disposisi(paper, data), `disposisi-terpanjang-${paper}`);
    expect(pdfInfo(file).pages).toBe(1);
  });
});

const STATUS_OF = (i: number) => (i < 70 ? 'Selesai' : i < 103 ? 'Dalam proses' : 'Ditolak');

function daftarRows(count: number): DaftarRow[] {
  return Array.from({ length: count }, (_, i) => ({
    nomor: `${String(i + 1).padStart(3, '0')}/PLTI/XI/2026`,
    diterimaPada: local(11, 1 + (i % 30), 8 + (i % 8), (i * 7) % 60),
    pemohon: i % 5 === 0 ? 'Dra. Hj. Nurhayati, M.H.' : 'Siti Aminah, S.H.',
    unit: i % 3 === 0 ? 'Kepaniteraan Hukum' : 'Subbagian Umum dan Keuangan',
    kategori: DEFAULT_CATEGORIES[i < 50 ? i % 3 : 3 + (i % 5)] ?? 'Lainnya',
    uraian: i % 4 === 0 ? longText(400) : 'Komputer ruang sidang tidak menyala.',
    prioritas: LEVEL_LABELS[LEVELS[i % 4] ?? 'sedang'],
    status: STATUS_OF(i),
    selesaiPada: STATUS_OF(i) === 'Selesai' ? local(11, 2 + (i % 28), 15, 0) : null,
    durasi: STATUS_OF(i) === 'Selesai' ? '2 jam 15 menit' : '',
    terlambat: i % 7 === 0,
  }));
}

function daftar(paper: PaperSizeId, rows: DaftarRow[]): DaftarPermintaanRequest {
  return {
    kind: 'daftarPermintaan',
    office: mukomukoOffice(),
    paper,
    printedAt: local(12, 1, 9, 0),
    data: {
      dari: '2026-11-01',
      sampai: '2026-11-30',
      rows,
      penandaTangan: {
        jabatan: 'Kepala Subbagian Perencanaan, Teknologi Informasi, dan Pelaporan',
        nama: 'Drs. H. Ahmad Fauzi, M.H.',
        nip: '197201272003121002',
      },
    },
  };
}

function countsOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

describe.each(PAPERS)('Daftar Permintaan Layanan TI on %s', (paper) => {
  it('spans landscape pages with the header on each, and totals that match the rows', async () => {
    const rows = daftarRows(120);
    const file = await render(daftar(paper, rows), `daftar-${paper}`);
    const info = pdfInfo(file);
    expect(info.pages).toBeGreaterThan(2);
    expect(info.width).toBeGreaterThan(info.height);
    expect(info.width).toBeCloseTo(PORTRAIT[paper].height, 1);

    const text = squeeze(pdfText(file));
    for (const line of KOP_LINES) expect(text).toContain(line);
    expect(text).toContain(DAFTAR_TITLE);
    expect(text).toContain('Periode 1 November 2026 s.d. 30 November 2026');
    expect(text).toContain(`Daftar Permintaan Layanan TI — Halaman 1 dari ${info.pages}`);
    expect(text).toContain(
      `Daftar Permintaan Layanan TI — Halaman ${info.pages} dari ${info.pages}`,
    );

    // Every page with rows on it opens with the header; the kop is on the first page only.
    let header = 0;
    for (let page = 1; page <= info.pages; page++) {
      const onPage = pageText(file, page);
      if (/\d{3}\/PLTI\/XI\/2026/.test(onPage)) {
        expect(onPage).toMatch(/No\s+Nomor\s+Diterima\s+Pemohon \/ Unit\s+Kategori\s+Uraian/);
        header++;
      }
      if (page > 1) expect(onPage).not.toContain(KOP_LINES[0]);
    }
    expect((text.match(/Pemohon \/ Unit/g) ?? []).length).toBe(header);
    expect(header).toBeGreaterThanOrEqual(info.pages - 1);

    // Every row is listed once, the long uraian cut with an ellipsis, the late ones marked.
    for (const row of rows) expect(text).toContain(row.nomor);
    expect(text).toContain('…');
    expect((text.match(/Terlambat/g) ?? []).length).toBe(rows.filter((r) => r.terlambat).length);

    // The recapitulation counts per status and per category.
    const rekap = text.slice(text.indexOf(REKAP_HEADING));
    for (const [status, count] of countsOf(rows.map((r) => r.status))) {
      expect(rekap).toMatch(new RegExp(`${escape(status)} ${count}\\b`));
    }
    for (const [kategori, count] of countsOf(rows.map((r) => r.kategori))) {
      expect(rekap).toMatch(new RegExp(`${escape(kategori)} ${count}\\b`));
    }
    expect((rekap.match(/Jumlah 120\b/g) ?? []).length).toBe(2);
    expect(rekap).toContain(
      `Permintaan terlambat: ${rows.filter((r) => r.terlambat).length} dari 120 permintaan.`,
    );
    expect(rekap).toContain('Mukomuko, 1 Desember 2026');
    expect(rekap).toContain('Drs. H. Ahmad Fauzi, M.H.');
    expect(rekap).toContain('NIP. 19720127 200312 1 002');
  });

  it('prints the day each request was received, a Sunday as Minggu (issue #15 item 8)', async () => {
    const [first, second] = daftarRows(2);
    if (!first || !second) throw new Error('two rows expected');
    const rows = [
      { ...first, diterimaPada: local(11, 22, 14, 30) },
      { ...second, diterimaPada: local(11, 23, 8, 5) },
    ];
    const text = squeeze(pdfText(await render(daftar(paper, rows), `daftar-hari-${paper}`)));
    expect(text).toContain('Minggu, 14.30');
    expect(text).toContain('Senin, 08.05');
  });

  it('prints an empty period as one row saying so', async () => {
    const file = await render(daftar(paper, []), `daftar-kosong-${paper}`);
    const info = pdfInfo(file);
    expect(info.pages).toBe(1);
    expect(info.width).toBeGreaterThan(info.height);
    const text = squeeze(pdfText(file));
    expect(text).toContain('Pemohon / Unit');
    expect(text).toContain(DAFTAR_EMPTY);
    expect(text).toMatch(/Jumlah 0\b/);
    expect(text).toContain('Halaman 1 dari 1');
  });
});

describe('a draft register number (the share was away when it was given)', () => {
  it('prints with its (SEMENTARA) mark on the one page of the form and of the disposition', async () => {
    const nomor = '002/PLTI/XI/2026 (SEMENTARA)';
    const form = await render(formulir('F4', formulirData({ nomor })), 'formulir-sementara');
    const sheet = await render(
      disposisi('F4', disposisiData({ nomorSurat: nomor })),
      'disposisi-sementara',
    );
    for (const file of [form, sheet]) {
      expect(pdfInfo(file).pages).toBe(1);
      expect(squeeze(pdfText(file))).toContain(nomor);
    }
  });
});

describe('a request whose number changed', () => {
  it('shows its earlier numbers in the Ket. column of the Daftar', async () => {
    const rows = daftarRows(3).map((row, i) =>
      i === 1
        ? {
            ...row,
            nomor: '008/PLTI/XI/2026',
            nomorLama: 'semula 003-PCB/PLTI/XI/2026 (SEMENTARA)',
          }
        : row,
    );
    const file = await render(daftar('F4', rows), 'daftar-nomor-berubah');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, file]);
    const text = squeeze(pdfText(file));
    const line = text.split('\n').find((l) => l.includes('008/PLTI/XI/2026')) ?? '';
    expect(line).toContain('Nomor semula 003-PCB/');
    // The rest of the note wraps in the narrow column, on the lines below.
    const below = text
      .slice(text.indexOf(line) + line.length)
      .split('\n')
      .slice(1, 3)
      .join(' ');
    expect(below).toMatch(/PLTI\/XI\/2026\s.*\(SEMENTARA\)/);
    expect(text).toContain('(SEMENTARA)');
    // Only the renumbered row carries a note.
    expect((text.match(/Nomor semula/g) ?? []).length).toBe(1);
  });
});
