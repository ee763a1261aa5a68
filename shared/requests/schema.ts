import { z } from 'zod';
import { toIsoDate } from '../format/date';
import { optionalNipSchema } from '../format/nip';
import { atasNamaSchema } from '../office/stepActors';
import { optionalText as text, requiredText as required } from '../validation/text';
import { refusalNeedsReason } from '../validation/refusal';

/**
 * A service request (SOP B): what the requester asked, how it came in, and where it stands.
 * The steps done on it are separate records (`RequestStepRecord`), so two PCs recording
 * different steps never overwrite each other.
 */

export const SALURAN = ['formulir', 'telepon', 'whatsapp', 'lisan', 'surat'] as const;
export type Saluran = (typeof SALURAN)[number];
export const SALURAN_LABELS: Record<Saluran, string> = {
  formulir: 'Formulir',
  telepon: 'Telepon',
  whatsapp: 'WhatsApp',
  lisan: 'Lisan',
  surat: 'Surat',
};

/** Urgency and impact share one four-level scale, highest first. */
export const LEVELS = ['sangatTinggi', 'tinggi', 'sedang', 'rendah'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  sangatTinggi: 'Sangat Tinggi',
  tinggi: 'Tinggi',
  sedang: 'Sedang',
  rendah: 'Rendah',
};
export const levelSchema = z.enum(LEVELS);

export const DEFAULT_CATEGORIES: readonly string[] = [
  'Perangkat keras',
  'Perangkat lunak',
  'Jaringan/internet',
  'Aplikasi',
  'Akun dan akses',
  'Printer/scanner',
  'Website',
  'Lainnya',
];

export const DEFAULT_APPLICATIONS: readonly string[] = [
  'SIPP',
  'e-Court',
  'SIKEP',
  'SIMARI',
  'e-Berpadu',
  'Komdanas',
  'SAKTI',
  'Aplikasi lainnya',
];

export const REQUEST_STATUSES = ['berjalan', 'ditolak', 'selesai'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  berjalan: 'Dalam proses',
  ditolak: 'Ditolak',
  selesai: 'Selesai',
};

/** The requester; `now` bounds the NIP's dates. */
export const requesterSchema = (now: Date) =>
  z.object({
    /** The staff member, when picked from Pegawai; null when typed in. */
    personId: z.string().nullable(),
    nama: required('Nama pemohon', 120),
    nip: optionalNipSchema(now).transform((v) => v ?? ''),
    unitNama: required('Unit kerja pemohon', 120),
    telepon: text('Telepon', 40),
  });
export type Requester = z.output<ReturnType<typeof requesterSchema>>;

/** The letter a request arrived as: its own number and date, entered at reception. */
export const letterRefSchema = z.object({
  nomor: required('Nomor surat', 100),
  /** 'YYYY-MM-DD'. */
  tanggal: z.iso.date({ message: 'Tanggal surat tidak valid.' }),
});
export type LetterRef = z.output<typeof letterRefSchema>;

/** What reception records (Terima Permintaan). `now` bounds the received time. */
export function receptionSchema(now: Date) {
  return z
    .object({
      pemohon: requesterSchema(now),
      /** ISO date-time the request was received (now, or earlier when first taken on paper). */
      diterimaPada: z.iso
        .datetime({ offset: true, message: 'Tanggal dan jam terima tidak valid.' })
        .refine((v) => new Date(v).getTime() <= now.getTime() + 60_000, {
          message: 'Waktu terima tidak boleh di masa depan.',
        }),
      saluran: z.enum(SALURAN, { message: 'Pilih cara permintaan masuk.' }),
      kategori: required('Kategori', 60),
      /** The application concerned when the category is Aplikasi. */
      aplikasi: text('Aplikasi', 60),
      perangkat: text('Perangkat', 160),
      /** The device in the inventory the request is about, when it is one. */
      deviceId: z.string().min(1).nullable().default(null),
      uraian: required('Uraian permintaan', 2000),
      urgensiPemohon: levelSchema,
      /** The letter, when the request arrived as one (absent on older requests). */
      surat: letterRefSchema.nullable().default(null),
    })
    .superRefine(
      (r, ctx) => {
        if (r.saluran === 'surat' && !r.surat) {
          ctx.addIssue({
            code: 'custom',
            path: ['surat'],
            message: 'Isi nomor dan tanggal surat permintaan.',
          });
        }
        if (r.surat && r.surat.tanggal > toIsoDate(new Date(r.diterimaPada))) {
          ctx.addIssue({
            code: 'custom',
            path: ['surat', 'tanggal'],
            message: 'Tanggal surat tidak boleh sesudah tanggal diterima.',
          });
        }
        if (r.kategori === 'Aplikasi' && !r.aplikasi) {
          ctx.addIssue({
            code: 'custom',
            path: ['aplikasi'],
            message: 'Pilih aplikasi yang bermasalah.',
          });
        }
      },
      // Also when other fields fail, so every problem shows at once.
      { when: () => true },
    );
}
export type Reception = z.output<ReturnType<typeof receptionSchema>>;
export type ReceptionInput = z.input<ReturnType<typeof receptionSchema>>;

export const SIFAT = ['biasa', 'rahasia', 'sangatRahasia'] as const;
export const SIFAT_LABELS: Record<(typeof SIFAT)[number], string> = {
  biasa: 'Biasa',
  rahasia: 'Rahasia',
  sangatRahasia: 'Sangat Rahasia',
};
export const KECEPATAN = ['biasa', 'segera', 'sangatSegera'] as const;
export const KECEPATAN_LABELS: Record<(typeof KECEPATAN)[number], string> = {
  biasa: 'Biasa',
  segera: 'Segera',
  sangatSegera: 'Sangat Segera',
};
export const DEFAULT_PETUNJUK: readonly string[] = [
  'Setuju',
  'Tolak',
  'Teliti dan pendapat',
  'Selesaikan',
  'Proses lebih lanjut',
  'Koordinasikan',
  'Untuk diketahui',
  'Bicarakan dengan saya',
  'Simpan',
];

/** The Lembar Disposisi of a request. */
export const dispositionSchema = z.object({
  dariPersonId: z.string().min(1, 'Pilih pemberi disposisi.'),
  tanggal: z.iso.datetime({ offset: true }),
  sifat: z.enum(SIFAT),
  kecepatan: z.enum(KECEPATAN),
  diteruskanKepada: z.array(z.string()).min(1, 'Pilih minimal satu penerima disposisi.'),
  petunjuk: z.array(z.string()),
  catatan: text('Catatan', 1000),
  /** When a Plh./Plt. gave it on the official's behalf (absent on older dispositions). */
  atasNama: atasNamaSchema.nullable().optional(),
});
export type Disposition = z.output<typeof dispositionSchema>;

/** The register number as claimed: running number within its year and the printed form. */
export const registerNumberSchema = z.object({
  tahun: z.number().int().min(2000).max(2999),
  urut: z.number().int().positive(),
  nomor: z.string().min(1),
});
export type RegisterNumber = z.output<typeof registerNumberSchema>;

/** What a step record says about a decision step (consideration, approval). */
export const DECISIONS = ['lanjut', 'tolak'] as const;
export type Decision = (typeof DECISIONS)[number];

/** One SOP step done on a request: who, when, and what came of it. */
export const stepRecordSchema = z
  .object({
    requestId: z.string().min(1),
    /** The step's number in the SOP procedure the request runs on. */
    stepNo: z.number().int().positive(),
    personId: z.string().min(1, 'Pilih petugas yang mengerjakan langkah ini.'),
    /** When the step was finished (its real time, also when recorded after the fact). */
    selesaiPada: z.iso.datetime({ offset: true }),
    catatan: text('Catatan', 2000),
    output: text('Output', 300),
    /** For decision steps: go on, or reject (which closes the request). */
    keputusan: z.enum(DECISIONS).nullable(),
    alasanTolak: text('Alasan penolakan', 1000),
    /** Handling: what was done, parts used, the result. */
    tindakan: text('Tindakan', 2000),
    sukuCadang: text('Suku cadang', 500),
    hasil: text('Hasil', 1000),
  })
  .superRefine(refusalNeedsReason);
export type StepRecordInput = z.input<typeof stepRecordSchema>;
export type StepRecord = z.output<typeof stepRecordSchema>;

/** The requester's confirmation that closes a finished request. */
export const closureSchema = z.object({
  dikonfirmasiPada: z.iso.datetime({ offset: true }),
  dikonfirmasiOleh: required('Nama yang mengonfirmasi', 120),
  puas: z.boolean(),
  catatan: text('Catatan', 1000),
});
export type Closure = z.output<typeof closureSchema>;
