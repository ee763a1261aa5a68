import { z } from 'zod';
import { requiredText } from '../validation/text';

/**
 * An attachment of a record (a photo or a PDF of a website content item, an invoice...), kept
 * apart from the record: the row holds only this reference; the bytes are stored once by their
 * SHA-256 (content-addressed), encrypted in the shared folder's `lampiran/` and fetched by
 * another PC when it is opened (renderer/features/attachments/).
 */

/** The largest attachment taken, in bytes (20 MB). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** The most attachments one record holds. */
export const MAX_ATTACHMENTS_PER_RECORD = 20;

export const attachmentHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'Sidik lampiran tidak valid.');

export const attachmentRefSchema = z.object({
  hash: attachmentHashSchema,
  nama: requiredText('Nama berkas', 200),
  tipe: z.string().max(100, 'Jenis berkas terlalu panjang.'),
  ukuran: z
    .number()
    .int('Ukuran berkas tidak valid.')
    .min(1, 'Berkas kosong.')
    .max(MAX_ATTACHMENT_BYTES, 'Berkas lebih dari 20 MB.'),
});
export type AttachmentRef = z.output<typeof attachmentRefSchema>;

export const attachmentListSchema = z
  .array(attachmentRefSchema)
  .max(MAX_ATTACHMENTS_PER_RECORD, `Paling banyak ${MAX_ATTACHMENTS_PER_RECORD} lampiran.`);

/** How much attachment data this PC keeps in all (2 GB): shown beside every attachment field. */
export const ATTACHMENT_STORE_LIMIT_BYTES = 2 * 1024 ** 3;
