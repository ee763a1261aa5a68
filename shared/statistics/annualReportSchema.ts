import { z } from 'zod';
import { officeSchema } from '../office/office';
import { PAPER_SIZE_IDS } from '../pdf/paper';
import { signerSchema } from '../pdf/signer';
import { statPeriodSchema } from './period';

/**
 * The Laporan Tahunan TI (a year, or a quarter) as the renderer asks main to print it: the
 * statistics already counted into print-ready tables, so the definition only lays them out.
 * The caps keep a hostile payload from exhausting main.
 */
const text = (max: number) => z.string().trim().max(max);
const cell = z.union([text(300), z.number().finite(), z.null()]);

export const statTableSchema = z.object({
  id: text(40),
  judul: text(200),
  kolom: z.array(text(60)).min(1).max(10),
  baris: z.array(z.array(cell).max(10)).max(400),
  grafik: z.object({
    jenis: z.enum(['batang', 'donat']),
    seri: z.array(z.number().int().min(0).max(9)).max(5),
    bertumpuk: z.boolean().optional(),
  }),
});

export const annualReportRequestSchema = z.object({
  kind: z.literal('laporanTahunan'),
  office: officeSchema,
  paper: z.enum(PAPER_SIZE_IDS),
  printedAt: z.iso.datetime({ offset: true }),
  periode: statPeriodSchema,
  /** The date over the signatures, 'YYYY-MM-DD'. */
  tanggalLaporan: z.iso.date(),
  ringkasan: z.array(z.object({ label: text(60), nilai: text(60) })).max(12),
  /** The SOP the figures answer to, e.g. "SOP/AS/32 Pengelolaan Teknologi Informasi". */
  sop: text(400),
  tabel: z.array(statTableSchema).max(20),
  penandatangan: z.object({
    dibuat: signerSchema,
    diperiksa: signerSchema,
    mengetahui: signerSchema,
  }),
});
export type AnnualReportRequest = z.infer<typeof annualReportRequestSchema>;
