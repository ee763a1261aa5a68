import { z } from 'zod';
import { officeSchema } from '../../../office/office';
import { KECEPATAN, SIFAT } from '../../../requests/schema';
import { PAPER_SIZE_IDS } from '../../paper';
import { signerSchema } from '../../signer';

/**
 * The printed documents of the service-request workflow (SOP B). The renderer resolves
 * everything first (names, labels, register numbers, working-time texts), so these schemas
 * carry print-ready strings and the definitions only lay them out.
 */

const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().max(max);
const filled = (max: number) => z.string().trim().min(1).max(max);
/** 18 digits, or empty for staff without a NIP. */
const nipOrEmpty = z.string().regex(/^(\d{18})?$/);

/** Longest uraian a request may hold; the form prints it whole or shrinks, then caps it. */
export const URAIAN_MAX = 2000;
/** Longest register a Daftar Permintaan prints. */
export const DAFTAR_ROWS_MAX = 5000;

const base = {
  office: officeSchema,
  paper: z.enum(PAPER_SIZE_IDS),
  printedAt: isoDateTime,
};

export const formulirPemohonSchema = z.object({
  nama: filled(120),
  nip: nipOrEmpty,
  unitNama: text(120),
  telepon: text(40),
});

/**
 * The findings may gather the notes of every step (2000 characters each); the form prints
 * the first lines that fit, so this only bounds what crosses IPC.
 */
const HASIL_MAX = 50_000;
/** A register number, with room for the " (SEMENTARA)" of a draft number. */
const NOMOR_MAX = 80;

export const formulirHasilSchema = z.object({
  pemeriksaan: text(HASIL_MAX),
  tindakan: text(HASIL_MAX),
  /** Status label, e.g. "Selesai". */
  status: text(40),
  tanggalSelesai: isoDateTime.nullable(),
});

export const formulirDataSchema = z.object({
  nomor: filled(NOMOR_MAX),
  diterimaPada: isoDateTime,
  /** Channel label, e.g. "WhatsApp". */
  saluran: text(40),
  pemohon: formulirPemohonSchema,
  kategori: text(60),
  aplikasi: text(60),
  perangkat: text(160),
  uraian: text(URAIAN_MAX),
  /** Urgency label, e.g. "Tinggi". */
  urgensi: text(40),
  petugasPenerima: signerSchema.nullable(),
  kasubag: signerSchema.nullable(),
  hasil: formulirHasilSchema.nullable(),
  /** "Dibatalkan: <alasan>" when the request was cancelled; printed with its number. */
  dibatalkan: text(520).optional(),
});
export type FormulirData = z.infer<typeof formulirDataSchema>;

/** Formulir Permintaan Layanan TI; `data: null` prints the blank form for walk-in requesters. */
export const formulirPermintaanRequestSchema = z.object({
  kind: z.literal('formulirPermintaan'),
  ...base,
  data: formulirDataSchema.nullable(),
  /** The blank form's Kasubag (from Pegawai); its block has dots to write on when absent. */
  kasubag: signerSchema.nullable().optional(),
  /** The office's categories (Pengaturan Layanan) for the blank form's boxes. */
  kategori: z.array(filled(60)).min(1).max(40).optional(),
});
export type FormulirPermintaanRequest = z.infer<typeof formulirPermintaanRequestSchema>;

export const disposisiDataSchema = z
  .object({
    suratDari: filled(300),
    nomorSurat: text(100),
    tanggalSurat: isoDateTime.nullable(),
    diterimaTanggal: isoDateTime,
    nomorAgenda: text(NOMOR_MAX),
    sifat: z.enum(SIFAT),
    kecepatan: z.enum(KECEPATAN),
    hal: text(2000),
    /** Names with their jabatan, e.g. "Rahmat Hidayat, S.Kom. (Pranata Komputer)". */
    diteruskanKepada: z.array(filled(300)).max(12),
    /** Every option of the "Dengan hormat harap" checklist, in print order. */
    petunjukPilihan: z.array(filled(80)).min(1).max(12),
    petunjukDipilih: z.array(filled(80)).max(12),
    catatan: text(1000),
    pemberi: signerSchema,
    tanggalDisposisi: isoDateTime,
  })
  .superRefine((d, ctx) => {
    d.petunjukDipilih.forEach((p, i) => {
      if (!d.petunjukPilihan.includes(p)) {
        ctx.addIssue({
          code: 'custom',
          path: ['petunjukDipilih', i],
          message: `Petunjuk "${p}" tidak ada dalam pilihan.`,
        });
      }
    });
  });
export type DisposisiData = z.infer<typeof disposisiDataSchema>;

export const lembarDisposisiRequestSchema = z.object({
  kind: z.literal('lembarDisposisi'),
  ...base,
  data: disposisiDataSchema,
});
export type LembarDisposisiRequest = z.infer<typeof lembarDisposisiRequestSchema>;

export const daftarRowSchema = z.object({
  nomor: filled(NOMOR_MAX),
  diterimaPada: isoDateTime,
  pemohon: filled(120),
  unit: text(120),
  /** Category, with the application when there is one: "Aplikasi (SIPP)". */
  kategori: text(130),
  uraian: text(URAIAN_MAX),
  /** Priority label, e.g. "Tinggi". */
  prioritas: text(40),
  /** Status label, e.g. "Selesai". */
  status: text(40),
  selesaiPada: isoDateTime.nullable(),
  /** Working time as the renderer worded it, in working days: "1 hari 2 jam 15 menit". */
  durasi: text(60),
  terlambat: z.boolean(),
  /** Why it is late, for the Ket. (empty when not late or not known). */
  ketTerlambat: z.string().max(200).optional(),
  /** The numbers it carried before, e.g. "dulu 003-PCB/PLTI/XI/2026 (SEMENTARA)". */
  nomorLama: text(400).optional(),
  /** "Dibatalkan: <alasan>" when the request was cancelled (its number stays used). */
  dibatalkan: text(520).optional(),
});
export type DaftarRow = z.infer<typeof daftarRowSchema>;

export const daftarDataSchema = z
  .object({
    dari: z.iso.date(),
    sampai: z.iso.date(),
    rows: z.array(daftarRowSchema).max(DAFTAR_ROWS_MAX),
    penandaTangan: signerSchema.nullable(),
  })
  .refine((d) => d.dari <= d.sampai, {
    path: ['sampai'],
    message: 'Akhir periode tidak boleh sebelum awal periode.',
  });
export type DaftarData = z.infer<typeof daftarDataSchema>;

/** Daftar Permintaan Layanan TI for a period, landscape. */
export const daftarPermintaanRequestSchema = z.object({
  kind: z.literal('daftarPermintaan'),
  ...base,
  data: daftarDataSchema,
});
export type DaftarPermintaanRequest = z.infer<typeof daftarPermintaanRequestSchema>;
