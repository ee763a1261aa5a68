import type {
  DaftarRow,
  DisposisiData,
  FormulirData,
} from '../../shared/pdf/documents/requests/requestDocs';
import type { PdfDocumentRequest } from '../../shared/pdf/documents/request';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { SEED_SOP_DOCUMENTS } from '../../shared/sop/index';
import { KASUBAG, OPERATOR, sampleMonthlyReport } from '../fixtures/monthlyReport';
import { mukomukoOffice } from '../fixtures/office';

/**
 * Every document the app prints, each with fixed sample data, for the visual check: the same
 * input always gives the same pages, so a changed pixel is a changed document.
 */

export const PAPERS: readonly PaperSizeId[] = ['F4', 'A4'];

export interface SampleDocument {
  /** File-name part: "formulir", "sop"... */
  name: string;
  build: (paper: PaperSizeId) => PdfDocumentRequest;
}

/** An ISO time for a local wall-clock time in 2026 (the suite's time zone decides the hour). */
const local = (month: number, day: number, hour = 0, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).toISOString();

const KETUA = {
  jabatan: 'Ketua Pengadilan Agama Mukomuko',
  nama: 'Dr. H. Muhammad Yusuf, S.H.I., M.H.',
  nip: '197805122003121001',
};

const FORMULIR: FormulirData = {
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
  uraian:
    'Komputer di ruang sidang utama tidak dapat menyala sejak pagi; lampu indikator daya berkedip oranye.',
  urgensi: 'Tinggi',
  petugasPenerima: OPERATOR,
  kasubag: KASUBAG,
  hasil: {
    pemeriksaan: 'Catu daya rusak; kabel daya dan stopkontak baik.',
    tindakan: 'Catu daya diganti dengan cadangan 450 W, komputer diuji menyala normal.',
    status: 'Selesai',
    tanggalSelesai: local(11, 23, 10, 0),
  },
};

const DISPOSISI: DisposisiData = {
  suratDari: 'Siti Aminah, S.H., Kepaniteraan Hukum',
  nomorSurat: '012/PLTI/XI/2026',
  tanggalSurat: local(11, 21, 9, 0),
  diterimaTanggal: local(11, 22, 8, 15),
  nomorAgenda: 'AG-0457/XI/2026',
  sifat: 'biasa',
  kecepatan: 'segera',
  hal: 'Permintaan perbaikan komputer ruang sidang utama',
  diteruskanKepada: [`${KASUBAG.nama} (Kasubag PTIP)`, `${OPERATOR.nama} (Pranata Komputer)`],
  petunjukPilihan: ['Tanggapi dan saran', 'Proses lebih lanjut', 'Koordinasikan', 'Selesaikan'],
  petunjukDipilih: ['Selesaikan'],
  catatan: 'Mohon segera ditangani karena sidang dimulai pukul 09.00.',
  pemberi: KETUA,
  tanggalDisposisi: local(11, 22, 10, 0),
};

const ROOMS = ['Ruang Sidang Utama', 'Kepaniteraan Hukum', 'Subbagian Umum dan Keuangan', 'PTSP'];
const KATEGORI = ['Perangkat keras', 'Jaringan', 'Aplikasi', 'Printer/scanner'];
const STATUS = ['Selesai', 'Selesai', 'Dalam proses', 'Ditolak'];

/** 45 requests over November: enough for the register to run over two landscape pages. */
function daftarRows(): DaftarRow[] {
  return Array.from({ length: 45 }, (_, i) => {
    const status = STATUS[i % STATUS.length] ?? 'Selesai';
    return {
      nomor: `${String(i + 1).padStart(3, '0')}/PLTI/XI/2026`,
      diterimaPada: local(11, 2 + (i % 27), 8 + (i % 8), (i * 7) % 60),
      pemohon: i % 3 === 0 ? 'Dra. Hj. Nurhayati, M.H.' : 'Siti Aminah, S.H.',
      unit: ROOMS[i % ROOMS.length] ?? 'PTSP',
      kategori: KATEGORI[i % KATEGORI.length] ?? 'Lainnya',
      uraian:
        i % 4 === 0
          ? 'Printer jaringan di ruang PTSP gagal mencetak berkas perkara; antrean cetak macet dan lampu galat menyala.'
          : 'Komputer ruang sidang tidak menyala.',
      prioritas: ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah'][i % 4] ?? 'Sedang',
      status,
      selesaiPada: status === 'Selesai' ? local(11, 3 + (i % 27), 15, 0) : null,
      durasi: status === 'Selesai' ? '2 jam 15 menit' : '',
      terlambat: i % 7 === 0,
    };
  });
}

const office = () => mukomukoOffice();
const printedAt = local(11, 30, 15, 0);

function sopDocument() {
  const document = SEED_SOP_DOCUMENTS.find((d) => d.id === 'pa-mukomuko-as-32');
  if (!document) throw new Error('The Mukomuko SOP seed is missing.');
  return document;
}

export const SAMPLE_DOCUMENTS: readonly SampleDocument[] = [
  {
    name: 'formulir',
    build: (paper) => ({
      kind: 'formulirPermintaan',
      office: office(),
      paper,
      printedAt,
      data: FORMULIR,
    }),
  },
  {
    name: 'formulir-kosong',
    build: (paper) => ({
      kind: 'formulirPermintaan',
      office: office(),
      paper,
      printedAt,
      data: null,
      // As the register prints it: the Kasubag from Pegawai (blankFormulirRequest).
      kasubag: KASUBAG,
    }),
  },
  {
    name: 'disposisi',
    build: (paper) => ({
      kind: 'lembarDisposisi',
      office: office(),
      paper,
      printedAt,
      data: DISPOSISI,
    }),
  },
  {
    name: 'daftar',
    build: (paper) => ({
      kind: 'daftarPermintaan',
      office: office(),
      paper,
      printedAt: local(12, 1, 9, 0),
      data: {
        dari: '2026-11-01',
        sampai: '2026-11-30',
        rows: daftarRows(),
        penandaTangan: KASUBAG,
      },
    }),
  },
  {
    name: 'uji-kop',
    build: (paper) => ({ kind: 'ujiKop', office: office(), paper, printedAt, signer: KASUBAG }),
  },
  {
    name: 'laporan-bulanan',
    build: (paper) => sampleMonthlyReport({ devices: 24, days: 30, paper }),
  },
  {
    name: 'sop',
    build: (paper) => ({
      kind: 'sop',
      office: office(),
      paper,
      document: sopDocument(),
      printedAt,
    }),
  },
];
