import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../validation/text';

/**
 * A review of the website's visitor activity (SOP F: "memonitoring secara berkala aktivitas
 * pengunjung ... deteksi dini aktivitas yang mencurigakan"): the period looked at, what was
 * found and whether anything looked suspicious.
 */
export const visitorReviewSchema = z
  .object({
    siteId: z.string().min(1, 'Pilih layanan.'),
    dariTanggal: isoDateSchema,
    sampaiTanggal: isoDateSchema,
    jumlahKunjungan: z
      .number({ message: 'Jumlah kunjungan berupa angka.' })
      .int('Jumlah kunjungan berupa bilangan bulat.')
      .min(0, 'Jumlah kunjungan tidak boleh negatif.')
      .max(1_000_000_000, 'Jumlah kunjungan terlalu besar.')
      .nullable(),
    temuan: requiredText('Temuan', 2000),
    mencurigakan: z.boolean(),
    catatan: optionalText('Catatan', 1000),
  })
  .refine((v) => v.sampaiTanggal >= v.dariTanggal, {
    message: 'Akhir periode tidak boleh sebelum awalnya.',
    path: ['sampaiTanggal'],
  })
  .refine((v) => !v.mencurigakan || v.catatan.length > 0, {
    message: 'Tuliskan tindakan atas aktivitas yang mencurigakan.',
    path: ['catatan'],
  });
export type VisitorReviewFields = z.output<typeof visitorReviewSchema>;
export type VisitorReviewInput = z.input<typeof visitorReviewSchema>;
