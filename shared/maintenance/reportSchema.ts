import { z } from 'zod';
import { officeSchema } from '../office/office';
import { PAPER_SIZE_IDS } from '../pdf/paper';
import { signerSchema } from '../pdf/signer';

/**
 * The monthly report of SOP C and D, "Laporan Hasil Monitoring dan Pemeliharaan Perangkat
 * TI": the renderer counts everything from the records first, so the request carries
 * print-ready strings and numbers and the definition only lays them out. The caps keep a
 * hostile payload from exhausting main, and keep every table row shorter than a page.
 */

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();
const count = z.number().int().min(0).max(1_000_000);
/** Minutes of working time; a month holds far fewer than this. */
const minutes = z.number().min(0).max(10_000_000).nullable();

/** Longest device list (and any other table) a report prints. */
export const REPORT_ROWS_MAX = 5000;
/** Longest narrative the operator may add to one section. */
export const NARASI_MAX = 4000;
/** Longest text of one table cell that describes work (tindakan, temuan, hasil). */
export const CELL_TEXT_MAX = 500;

const rows = <T extends z.ZodType>(row: T, max = REPORT_ROWS_MAX) => z.array(row).max(max);

export const jadwalRowSchema = z.object({
  kegiatan: text(300),
  /** The SOP's frequency as printed, e.g. "1 Minggu". */
  frekuensi: text(60),
  sasaran: text(200),
  terjadwal: count,
  terlaksana: count,
  tepatWaktu: count,
});
export type JadwalRow = z.infer<typeof jadwalRowSchema>;

export const perangkatRowSchema = z.object({
  nama: text(200),
  kodeBmn: text(60),
  nup: text(20),
  ruangan: text(120),
  /** Condition label, e.g. "Baik", "Rusak Ringan", "Rusak Berat". */
  kondisi: text(40),
  /**
   * The activity of the month's last check of it (e.g. the SOP step's words), printed once
   * over its group of devices; absent or empty when not checked.
   */
  kegiatan: text(CELL_TEXT_MAX).optional(),
  /** What that check found and did: "Baik", or the finding and the action. */
  tindakan: text(CELL_TEXT_MAX),
  /** Day of the last check this month; null when the device was not checked. */
  tanggal: isoDate.nullable(),
  petugas: text(120),
});
export type PerangkatRow = z.infer<typeof perangkatRowSchema>;

export const jaringanRowSchema = z.object({
  tanggal: isoDate,
  kegiatan: text(CELL_TEXT_MAX),
  hasil: text(CELL_TEXT_MAX),
  tindakan: text(CELL_TEXT_MAX),
  petugas: text(120),
});
export type JaringanRow = z.infer<typeof jaringanRowSchema>;

export const cadanganRowSchema = z.object({
  tanggal: isoDate,
  /** What was backed up, e.g. "Basis data SIPP". */
  item: text(200),
  media: text(120),
  /** Size as worded, e.g. "12,4 GB". */
  ukuran: text(40),
  /** Outcome of the restore test, e.g. "Berhasil" or "Tidak diuji". */
  ujiPemulihan: text(200),
  petugas: text(120),
});
export type CadanganRow = z.infer<typeof cadanganRowSchema>;

export const uatRowSchema = z.object({
  tanggal: isoDate,
  aplikasi: text(200),
  hasil: text(CELL_TEXT_MAX),
  pertimbangan: text(CELL_TEXT_MAX),
  persetujuan: text(200),
});
export type UatRow = z.infer<typeof uatRowSchema>;

export const temuanRowSchema = z.object({
  tanggal: isoDate,
  perangkat: text(200),
  temuan: text(CELL_TEXT_MAX),
  tindakan: text(CELL_TEXT_MAX),
});
export type TemuanRow = z.infer<typeof temuanRowSchema>;

export const layananSummarySchema = z.object({
  diterima: count,
  selesai: count,
  ditolak: count,
  berjalan: count,
  terlambat: count,
  /** Average working minutes from reception to closure; null when nothing was finished. */
  rataRataMenit: minutes,
  /** The SOP's standard for procedure B in working minutes; null when it sets none. */
  standarMenit: minutes,
});
export type LayananSummary = z.infer<typeof layananSummarySchema>;

/** The sections the operator may write a narrative for, in print order. */
export const NARASI_KEYS = [
  'jadwal',
  'perangkat',
  'jaringan',
  'pengamanan',
  'layanan',
  'temuan',
  'rekomendasi',
] as const;
export type NarasiKey = (typeof NARASI_KEYS)[number];

const narasi = text(NARASI_MAX);
export const narasiSchema = z.object({
  jadwal: narasi,
  perangkat: narasi,
  jaringan: narasi,
  pengamanan: narasi,
  layanan: narasi,
  temuan: narasi,
  rekomendasi: narasi,
} satisfies Record<NarasiKey, typeof narasi>);
export type Narasi = z.infer<typeof narasiSchema>;

/**
 * The report's sections in print order with their titles (numbered I..VIII on paper) and
 * the narrative each takes, for the print preview's editor as much as for the PDF.
 */
export const MONTHLY_REPORT_SECTIONS = [
  { key: 'dasar', judul: 'Dasar', narasi: null },
  { key: 'jadwal', judul: 'Jadwal dan Pelaksanaan Pemeliharaan', narasi: 'jadwal' },
  { key: 'perangkat', judul: 'Kondisi Perangkat TI', narasi: 'perangkat' },
  { key: 'jaringan', judul: 'Jaringan dan Server', narasi: 'jaringan' },
  { key: 'pengamanan', judul: 'Pengamanan dan Cadangan Data', narasi: 'pengamanan' },
  { key: 'layanan', judul: 'Permintaan Layanan TI', narasi: 'layanan' },
  { key: 'temuan', judul: 'Permasalahan dan Tindak Lanjut', narasi: 'temuan' },
  { key: 'rekomendasi', judul: 'Rekomendasi', narasi: 'rekomendasi' },
] as const satisfies readonly { key: string; judul: string; narasi: NarasiKey | null }[];
export type MonthlyReportSectionKey = (typeof MONTHLY_REPORT_SECTIONS)[number]['key'];

export const monthlyReportRequestSchema = z.object({
  kind: z.literal('laporanPemeliharaan'),
  office: officeSchema,
  paper: z.enum(PAPER_SIZE_IDS),
  printedAt: z.iso.datetime({ offset: true }),
  /** The report's letter number; empty prints a dotted line to fill in by hand. */
  nomor: text(120),
  tahun: z.number().int().min(2000).max(2100),
  bulan: z.number().int().min(1).max(12),
  /** The date over the signatures: "Mukomuko, 30 November 2026". */
  tanggalLaporan: isoDate,
  dasar: z.object({
    /** The SOP's number, e.g. "SOP/AS/32"; empty when the SOP has none. */
    sopNomor: text(60),
    sopJudul: text(300),
    /** The procedures the report answers to, e.g. C and D. */
    prosedur: z.array(z.object({ key: text(4), judul: text(300) })).max(10),
  }),
  jadwal: rows(jadwalRowSchema, 200),
  perangkat: rows(perangkatRowSchema),
  jaringan: rows(jaringanRowSchema),
  cadangan: rows(cadanganRowSchema),
  uat: rows(uatRowSchema),
  layanan: layananSummarySchema,
  temuan: rows(temuanRowSchema),
  narasi: narasiSchema,
  penandatangan: z.object({
    /** The operator who made the report. */
    dibuat: signerSchema,
    /** The Kasubag PTIP who checked it. */
    diperiksa: signerSchema,
    /** The Sekretaris who acknowledges it. */
    mengetahui: signerSchema,
  }),
});
export type MonthlyReportRequest = z.infer<typeof monthlyReportRequestSchema>;
