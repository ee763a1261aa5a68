import { z } from 'zod';
import { officeSchema } from '../../../office/office';
import { PAPER_SIZE_IDS } from '../../paper';
import { signerSchema } from '../../signer';

/**
 * The month's Laporan Situasi dan Kondisi Website (SOP F) for the PJ or the Sekretaris. The
 * renderer resolves names, dates and figures first, so rows carry print-ready strings.
 */

const text = (max: number) => z.string().trim().max(max);

export const laporanWebsiteRequestSchema = z.object({
  kind: z.literal('laporanWebsite'),
  office: officeSchema,
  paper: z.enum(PAPER_SIZE_IDS),
  printedAt: z.iso.datetime({ offset: true }),
  /** "Desember 2026". */
  periode: text(40).min(1),
  /** The date over the signatures, 'YYYY-MM-DD'. */
  tanggal: z.iso.date(),
  ketersediaan: z
    .array(
      z.object({
        layanan: text(150),
        alamat: text(300),
        pemeriksaan: z.number().int().min(0),
        tersedia: z.number().int().min(0),
        persen: text(20),
      }),
    )
    .max(200),
  masalah: z
    .array(
      z.object({
        layanan: text(150),
        masalah: text(500),
        waktu: text(120),
        penanganan: text(2000),
        pihakKetiga: z.array(text(1700)).max(20),
        pemulihan: text(1200),
        status: text(40),
      }),
    )
    .max(500),
  berakhir: z
    .array(
      z.object({
        layanan: text(150),
        penyedia: text(150),
        akhirKontrak: text(40),
        keterangan: text(80),
      }),
    )
    .max(200),
  pencadangan: z
    .array(
      z.object({
        tanggal: text(40),
        media: text(80),
        lokasi: text(200),
        petugas: text(120),
        ujiPemulihan: text(60),
      }),
    )
    .max(200),
  pengunjung: z
    .array(
      z.object({
        layanan: text(150),
        periode: text(80),
        temuan: text(2000),
        mencurigakan: text(1100),
      }),
    )
    .max(100),
  konten: z
    .array(
      z.object({
        judul: text(300),
        jenis: text(100),
        url: text(500),
        tanggal: text(40),
      }),
    )
    .max(1000),
  situasi: text(4000),
  dibuat: signerSchema,
  mengetahui: signerSchema,
});
export type LaporanWebsiteRequest = z.infer<typeof laporanWebsiteRequestSchema>;
