import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../validation/text';

/**
 * The records SOP F (Pemeliharaan Website) keeps about the office's websites and the services
 * they depend on: each site or service with its current contract, and every renewal recorded
 * with its invoice as a new contract period.
 */

export const SITE_KINDS = ['domain', 'hosting', 'koneksiInternet', 'lainnya'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  domain: 'Domain',
  hosting: 'Hosting',
  koneksiInternet: 'Koneksi internet',
  lainnya: 'Lainnya',
};

/** Rupiah without decimals: the papers print whole rupiah. */
const rupiahSchema = z
  .number({ message: 'Isi biaya dalam rupiah.' })
  .int('Biaya ditulis dalam rupiah tanpa desimal.')
  .min(0, 'Biaya tidak boleh negatif.')
  .max(1_000_000_000_000, 'Biaya terlalu besar.');

const urlSchema = z
  .string()
  .trim()
  .max(300, 'Alamat terlalu panjang.')
  .refine((s) => s === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s), {
    message: 'Alamat harus diawali http:// atau https://.',
  });

/** One contract period: when it starts and ends, what it costs, and its invoice. */
const periodShape = {
  mulaiKontrak: isoDateSchema,
  akhirKontrak: isoDateSchema,
  biaya: rupiahSchema,
  nomorTagihan: optionalText('Nomor tagihan/invoice', 100),
};

function periodInOrder(v: { mulaiKontrak: string; akhirKontrak: string }): boolean {
  return v.akhirKontrak >= v.mulaiKontrak;
}
const periodOrderMessage = {
  message: 'Akhir kontrak tidak boleh sebelum mulai kontrak.',
  path: ['akhirKontrak'],
};

/** A website or service of the office with its current contract period. */
export const siteSchema = z
  .object({
    jenis: z.enum(SITE_KINDS, { message: 'Pilih jenis layanan.' }),
    nama: requiredText('Nama', 150),
    alamatUrl: urlSchema,
    penyedia: requiredText('Penyedia', 150),
    ...periodShape,
  })
  .refine(periodInOrder, periodOrderMessage);
export type SiteFields = z.output<typeof siteSchema>;
export type SiteInput = z.input<typeof siteSchema>;

/** A renewal: the new period, recorded with its invoice; it becomes the site's contract. */
export const renewalSchema = z
  .object({
    siteId: z.string().min(1, 'Pilih layanan.'),
    ...periodShape,
    nomorTagihan: requiredText('Nomor tagihan/invoice', 100),
  })
  .refine(periodInOrder, periodOrderMessage);
export type RenewalFields = z.output<typeof renewalSchema>;

export const CHECK_METHODS = ['otomatis', 'manual'] as const;
export type CheckMethod = (typeof CHECK_METHODS)[number];
export const CHECK_METHOD_LABELS: Record<CheckMethod, string> = {
  otomatis: 'Otomatis',
  manual: 'Manual',
};

/**
 * One availability check of a site. A check that got no answer has `statusHttp` null and the
 * reason in `catatan`; `tlsBerakhir` is the certificate's valid-to date when one was seen.
 */
export const availabilityCheckSchema = z.object({
  siteId: z.string().min(1, 'Pilih layanan.'),
  waktu: z.iso.datetime({ message: 'Waktu tidak valid.' }),
  statusHttp: z
    .number()
    .int('Status HTTP tidak valid.')
    .min(100, 'Status HTTP tidak valid.')
    .max(599, 'Status HTTP tidak valid.')
    .nullable(),
  waktuResponsMs: z
    .number()
    .int('Waktu respons ditulis dalam milidetik bulat.')
    .min(0, 'Waktu respons tidak boleh negatif.')
    .max(600_000, 'Waktu respons terlalu besar.')
    .nullable(),
  tlsBerakhir: isoDateSchema.nullable(),
  cara: z.enum(CHECK_METHODS, { message: 'Pilih cara pemeriksaan.' }),
  catatan: optionalText('Catatan', 500),
});
export type AvailabilityCheck = z.output<typeof availabilityCheckSchema>;

/** A site counts as up when it answered with a status below 400. */
export function isUp(check: Pick<AvailabilityCheck, 'statusHttp'>): boolean {
  return check.statusHttp !== null && check.statusHttp < 400;
}
