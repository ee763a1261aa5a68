import { z } from 'zod';
import { officeSchema } from '../../../office/office';
import { PAPER_SIZE_IDS } from '../../paper';
import { signerSchema } from '../../signer';

/**
 * The printed documents of SOP A (Perumusan Kebijakan TI). The renderer resolves names,
 * labels and amounts first, so these carry print-ready strings and the definitions lay them out.
 */

const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().max(max);
const filled = (max: number) => z.string().trim().min(1).max(max);
const nipOrEmpty = z.string().regex(/^(\d{18})?$/);

const base = {
  office: officeSchema,
  paper: z.enum(PAPER_SIZE_IDS),
  printedAt: isoDateTime,
};

/** The blank Form Usulan Program Kerja dan Anggaran TI a unit fills in by hand. */
export const formUsulanRequestSchema = z.object({
  kind: z.literal('formUsulan'),
  ...base,
  /** The programme year the form asks proposals for. */
  tahun: z.number().int().min(2000).max(2999),
});
export type FormUsulanRequest = z.infer<typeof formUsulanRequestSchema>;

export const programRowSchema = z.object({
  program: filled(200),
  tujuan: text(1000),
  output: text(500),
  /** Whole rupiah. */
  perkiraanBiaya: z.number().int().min(0),
  /** Quarters 1..4. */
  triwulan: z.array(z.number().int().min(1).max(4)).max(4),
  penanggungJawab: text(200),
  /** "Kepaniteraan: Pengadaan pemindai", or '' when the line has no proposal. */
  usulanAsal: text(400),
  status: text(60),
  realisasi: text(1200),
});
export type ProgramRow = z.infer<typeof programRowSchema>;

/** The year's Rencana Program TI as a landscape table with its signatures. */
export const rencanaProgramRequestSchema = z.object({
  kind: z.literal('rencanaProgram'),
  ...base,
  tahun: z.number().int().min(2000).max(2999),
  judul: filled(200),
  /** "Ditetapkan" or "Sedang disusun", printed under the title. */
  status: text(60),
  /** The date over the signatures, 'YYYY-MM-DD'. */
  tanggal: z.iso.date(),
  rows: z.array(programRowSchema).max(500),
  /** Who drew it up (the Kasubag) and who adopted it (the Ketua or Wakil Ketua). */
  penyusun: signerSchema.nullable(),
  pengesah: signerSchema.nullable(),
});
export type RencanaProgramRequest = z.infer<typeof rencanaProgramRequestSchema>;

export const anggotaRowSchema = z.object({
  nama: filled(120),
  nip: nipOrEmpty,
  jabatan: text(160),
  kedudukan: filled(100),
  tugas: text(1000),
});
export type AnggotaRow = z.infer<typeof anggotaRowSchema>;

/** The SK Tim TI, a draft Keputusan Ketua with its Lampiran. */
export const skTimRequestSchema = z.object({
  kind: z.literal('skTim'),
  ...base,
  tahun: z.number().int().min(2000).max(2999),
  /** The decree's number, or '' to leave dots for the registry to fill. */
  nomor: text(100),
  tanggal: z.iso.date(),
  menimbang: z.array(filled(1000)).min(1).max(10),
  mengingat: z.array(filled(1000)).min(1).max(20),
  tugasTim: z.array(filled(1000)).min(1).max(20),
  anggota: z.array(anggotaRowSchema).min(1).max(50),
  /** The Ketua (or a Plh.) who signs; dots when the office has none on record. */
  ketua: signerSchema.nullable(),
});
export type SkTimRequest = z.infer<typeof skTimRequestSchema>;
