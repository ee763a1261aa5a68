import { z } from 'zod';
import { attachmentListSchema } from '../attachments/schema';
import { atasNamaSchema } from '../office/stepActors';
import { isoDateSchema, optionalText, requiredText } from '../validation/text';
import { refusalNeedsReason } from '../validation/refusal';

/**
 * The records SOP A (Perumusan Kebijakan TI) asks for: the units' proposals (Form Usulan
 * Program Kerja dan Anggaran TI), the year's Rencana Program TI carried through A's steps to
 * its adoption, the SK Tim TI, and the register of IT regulations the collecting step updates.
 */

const notFuture = (today: string) =>
  isoDateSchema.refine((d) => d <= today, 'Tanggal tidak boleh di masa depan.');
const tahunSchema = z
  .number({ message: 'Isi tahun.' })
  .int('Tahun harus bilangan bulat.')
  .min(2000, 'Tahun paling awal 2000.')
  .max(2999, 'Tahun tidak valid.');
/** Rupiah without decimals: the papers print whole rupiah. */
const rupiahSchema = z
  .number({ message: 'Isi perkiraan biaya dalam rupiah.' })
  .int('Biaya ditulis dalam rupiah tanpa desimal.')
  .min(0, 'Biaya tidak boleh negatif.')
  .max(1_000_000_000_000, 'Biaya terlalu besar.');

export const USULAN_STATUSES = ['diterima', 'diakomodasi', 'tidakDiakomodasi'] as const;
export type UsulanStatus = (typeof USULAN_STATUSES)[number];
export const USULAN_STATUS_LABELS: Record<UsulanStatus, string> = {
  diterima: 'Diterima',
  diakomodasi: 'Diakomodasi dalam rencana program',
  tidakDiakomodasi: 'Tidak diakomodasi',
};

/** A received Form Usulan Program Kerja dan Anggaran TI from a unit. */
export function usulanSchema(today: string) {
  return z.object({
    unit: requiredText('Unit pengusul', 150),
    judul: requiredText('Judul usulan', 200),
    uraian: optionalText('Uraian', 3000),
    perkiraanBiaya: rupiahSchema,
    tahun: tahunSchema,
    diterimaPada: notFuture(today),
    status: z.enum(USULAN_STATUSES, { message: 'Pilih status usulan.' }),
  });
}
export type UsulanFields = z.output<ReturnType<typeof usulanSchema>>;
export type UsulanInput = z.input<ReturnType<typeof usulanSchema>>;

export const TRIWULAN = [1, 2, 3, 4] as const;
export const PROGRAM_ITEM_STATUSES = ['direncanakan', 'berjalan', 'selesai', 'batal'] as const;
export type ProgramItemStatus = (typeof PROGRAM_ITEM_STATUSES)[number];
export const PROGRAM_ITEM_STATUS_LABELS: Record<ProgramItemStatus, string> = {
  direncanakan: 'Direncanakan',
  berjalan: 'Berjalan',
  selesai: 'Selesai',
  batal: 'Batal',
};

/** One programme of the year's Rencana Program TI. */
export const programItemSchema = z.object({
  programId: z.string().min(1),
  program: requiredText('Nama program', 200),
  tujuan: requiredText('Tujuan', 1000),
  output: requiredText('Output', 500),
  perkiraanBiaya: rupiahSchema,
  triwulan: z
    .array(z.number().int().min(1).max(4))
    .min(1, 'Pilih paling sedikit satu triwulan.')
    .max(4),
  penanggungJawabId: z.string().min(1, 'Pilih penanggung jawab.'),
  usulanId: z.string().min(1).nullable(),
  status: z.enum(PROGRAM_ITEM_STATUSES, { message: 'Pilih status program.' }),
  realisasiBiaya: rupiahSchema.nullable(),
  realisasi: optionalText('Realisasi', 1000),
  urut: z.number().int().nonnegative(),
});
export type ProgramItemFields = z.output<typeof programItemSchema>;
export type ProgramItemInput = z.input<typeof programItemSchema>;

export const PROGRAM_STATUSES = ['disusun', 'ditetapkan', 'ditolak'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export const PROGRAM_STATUS_LABELS: Record<ProgramStatus, string> = {
  disusun: 'Sedang disusun',
  ditetapkan: 'Ditetapkan',
  ditolak: 'Ditolak',
};

/** The year's Rencana Program TI as it runs through procedure A. */
export const programFieldsSchema = z.object({
  tahun: tahunSchema,
  judul: requiredText('Judul rencana program', 200),
  /** The SOP and revision of procedure A the programme runs under, fixed when it starts. */
  sopId: z.string().min(1),
  sopRevision: z.number().int().nonnegative(),
  dimulaiPada: z.iso.datetime({ offset: true }),
  status: z.enum(PROGRAM_STATUSES),
  langkahTerakhir: z.number().int().nonnegative(),
  adaTerlambat: z.boolean(),
  ditetapkanPada: z.iso.datetime({ offset: true }).nullable(),
});
export type ProgramFields = z.output<typeof programFieldsSchema>;

/** One step of procedure A recorded on a programme. */
export const policyStepSchema = z
  .object({
    programId: z.string().min(1),
    stepNo: z.number().int().positive(),
    personId: z.string().min(1, 'Pilih petugas yang mengerjakan langkah ini.'),
    selesaiPada: z.iso.datetime({ offset: true }),
    catatan: optionalText('Catatan', 2000),
    output: optionalText('Output', 300),
    keputusan: z.enum(['lanjut', 'tolak']).nullable(),
    alasanTolak: optionalText('Alasan penolakan', 1000),
  })
  .superRefine(refusalNeedsReason);
export type PolicyStepInput = z.input<typeof policyStepSchema>;
export type PolicyStepFields = z.output<typeof policyStepSchema>;

/** What the write path adds to a step: its time against the standard, on whose behalf. */
export const policyStepExtrasSchema = z.object({
  menitKerja: z.number().int().nonnegative(),
  standarMenit: z.number().int().nonnegative().nullable(),
  terlambat: z.boolean(),
  atasNama: atasNamaSchema.nullable(),
  /** The regulations this step added or changed (the collecting step). */
  regulasiIds: z.array(z.string().min(1)).max(500),
});
export type PolicyStepExtras = z.output<typeof policyStepExtrasSchema>;

export const REGULASI_STATUSES = ['berlaku', 'dicabut', 'diubah'] as const;
export type RegulasiStatus = (typeof REGULASI_STATUSES)[number];
export const REGULASI_STATUS_LABELS: Record<RegulasiStatus, string> = {
  berlaku: 'Berlaku',
  dicabut: 'Dicabut',
  diubah: 'Diubah',
};
export const JENIS_REGULASI = [
  'Undang-Undang',
  'Peraturan Pemerintah',
  'Peraturan Presiden',
  'Peraturan Menteri',
  'Peraturan Mahkamah Agung',
  'Surat Edaran Mahkamah Agung',
  'Keputusan Ketua Mahkamah Agung',
  'Keputusan Sekretaris Mahkamah Agung',
  'Keputusan Direktur Jenderal',
  'Surat Edaran',
  'Keputusan Ketua Pengadilan',
  'Lainnya',
] as const;

/** One regulation in the register of IT regulations. */
export const regulasiSchema = z
  .object({
    jenis: requiredText('Jenis peraturan', 120),
    nomor: requiredText('Nomor', 60),
    tahun: tahunSchema,
    tentang: requiredText('Tentang', 500),
    status: z.enum(REGULASI_STATUSES, { message: 'Pilih status peraturan.' }),
    /** What revoked or amended it, e.g. "PERMA Nomor 7 Tahun 2022". */
    diubahOleh: optionalText('Dicabut/diubah oleh', 300),
    /** The file's name or place, e.g. "\\\\server\\regulasi\\perma-7-2022.pdf". */
    berkas: optionalText('Berkas', 500),
    /** The regulation's own files (a scan, the PDF), carried to the other PCs. */
    lampiran: attachmentListSchema.default([]),
  })
  .superRefine((r, ctx) => {
    if (r.status !== 'berlaku' && !r.diubahOleh) {
      ctx.addIssue({
        code: 'custom',
        path: ['diubahOleh'],
        message: 'Sebutkan peraturan yang mencabut atau mengubahnya.',
      });
    }
  });
export type RegulasiFields = z.output<typeof regulasiSchema>;
export type RegulasiInput = z.input<typeof regulasiSchema>;

/** A member of the Tim TI with the position in the team and the duties. */
export const anggotaTimSchema = z.object({
  personId: z.string().min(1, 'Pilih pegawai.'),
  kedudukan: requiredText('Kedudukan dalam tim', 100),
  tugas: optionalText('Tugas', 1000),
});
export type AnggotaTim = z.output<typeof anggotaTimSchema>;

/** The SK Tim TI of a year, drafted for the Ketua's signature. */
export const skTimSchema = z.object({
  tahun: tahunSchema,
  nomor: optionalText('Nomor keputusan', 100),
  tanggal: isoDateSchema,
  menimbang: z
    .array(requiredText('Menimbang', 1000))
    .min(1, 'Isi paling sedikit satu pertimbangan.')
    .max(10),
  mengingat: z
    .array(requiredText('Mengingat', 1000))
    .min(1, 'Isi paling sedikit satu dasar hukum.')
    .max(20),
  anggota: z.array(anggotaTimSchema).min(1, 'Tambahkan paling sedikit satu anggota tim.').max(50),
  /** The team's duties, one per line, printed in the KEDUA diktum. */
  tugasTim: z
    .array(requiredText('Tugas tim', 1000))
    .min(1, 'Isi paling sedikit satu tugas tim.')
    .max(20),
});
export type SkTimFields = z.output<typeof skTimSchema>;
export type SkTimInput = z.input<typeof skTimSchema>;
